import type { CannedResponse } from "../api/canned-api.ts";

interface Props {
  query: string;
  items: CannedResponse[];
  selected: number;
  loading: boolean;
  error: string | null;
  onPick: (canned: CannedResponse) => void;
  onHover: (index: number) => void;
}

/** The list above the reply box while "/word" is typed: ↑↓ to move, Enter or Tab to insert, Esc to close. */
export function CannedPicker({ query, items, selected, loading, error, onPick, onHover }: Props) {
  return (
    <div class="canned-picker" role="listbox" aria-label="Canned responses" data-testid="canned-picker">
      <div class="canned-head">
        <span>Canned responses{query ? ` matching “${query}”` : ""}</span>
        <span class="muted">↑↓ · Enter · Esc</span>
      </div>
      {error && <p class="canned-note text-bad">{error}</p>}
      {!error && items.length === 0 && (
        <p class="canned-note muted" data-testid="canned-empty">
          {loading ? "Loading…" : query ? "None match. Keep typing, or press Esc." : "No canned responses yet: admins add them in Settings."}
        </p>
      )}
      <ul>
        {items.map((canned, index) => (
          <li
            key={canned.id}
            role="option"
            aria-selected={index === selected}
            class={`canned-option ${index === selected ? "is-selected" : ""}`}
            data-testid="canned-option"
            data-shortcut={canned.shortcut}
            // Mouse down, not click: the textarea must keep its focus and caret.
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(canned);
            }}
            onMouseEnter={() => onHover(index)}
          >
            <span class="canned-shortcut">/{canned.shortcut}</span>
            <span class="canned-title">{canned.title}</span>
            <span class="canned-text muted">{canned.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
