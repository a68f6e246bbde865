import { useEffect, useState } from "preact/hooks";
import { kbApi } from "../api/kb-api.ts";
import type { GapImpact, GapImpacts, GapList } from "../../../worker/protocol/index.ts";
import { GapGroupCard } from "./gap-group-card.tsx";
import { GapImpactRow } from "./gap-impact-row.tsx";
import type { KbStore } from "./kb-store.ts";

const PERIODS = [7, 28, 90] as const;

/**
 * Knowledge gaps (admins): what visitors asked that the AI declined, was
 * unsure of, or handed to a person, grouped by similarity, largest first;
 * a group becomes a draft article in one click; published ones show how
 * often their question is asked and handed over, before and after.
 */
export function GapsView({ store }: { store: KbStore }) {
  const [days, setDays] = useState<number>(28);
  const [list, setList] = useState<GapList | null>(null);
  const [impacts, setImpacts] = useState<GapImpacts | null>(null);
  const [drafting, setDrafting] = useState<string | null>(null);
  const siteId = store.siteId;

  useEffect(() => {
    if (!siteId) return;
    let live = true;
    setList(null);
    Promise.all([kbApi.gaps(siteId, days), kbApi.impact(siteId)])
      .then(([gaps, impact]) => {
        if (!live) return;
        setList(gaps);
        setImpacts(impact);
      })
      .catch((error: unknown) => live && store.fail(error));
    return () => void (live = false);
  }, [siteId, days]);

  const draft = async (key: string, refs: GapList["groups"][number]["refs"]) => {
    if (drafting) return;
    setDrafting(key);
    await store.draftFromGap(refs);
    setDrafting(null);
  };

  const tracked: GapImpact[] = impacts?.gaps ?? [];
  return (
    <section class="gaps" data-testid="gaps-view" aria-labelledby="gaps-heading">
      <header class="gaps-head">
        <div>
          <h2 id="gaps-heading">Knowledge gaps</h2>
          <p class="muted">
            Questions the assistant declined, answered unsure, or handed to a person, grouped by {list?.similarity === "lexical" || !list ? "shared words" : "meaning"}.
            {list && ` ${list.questions} such ${list.questions === 1 ? "question" : "questions"} in the period.`}
          </p>
        </div>
        <label class="gaps-period">
          <span class="briefing-label">Period</span>
          <select value={days} onChange={(e) => setDays(Number(e.currentTarget.value))} data-testid="gaps-period">
            {PERIODS.map((d) => (
              <option key={d} value={d}>
                Last {d} days
              </option>
            ))}
          </select>
        </label>
      </header>
      {tracked.length > 0 && (
        <div class="gaps-impact" data-testid="gaps-impact">
          <h3>Articles written from gaps</h3>
          <ul>
            {tracked.map((gap) => (
              <GapImpactRow key={gap.id} gap={gap} onOpen={(id) => store.open({ kind: "article", id })} />
            ))}
          </ul>
        </div>
      )}
      {!list ? (
        <p class="muted">Loading questions…</p>
      ) : list.groups.length === 0 ? (
        <p class="panel-empty" data-testid="gaps-empty">
          No repeated question went unanswered in the last {days} days.
        </p>
      ) : (
        <ol class="gaps-list" data-testid="gaps-list">
          {list.groups.map((group) => (
            <GapGroupCard key={group.key} group={group} busy={drafting === group.key} onDraft={() => void draft(group.key, group.refs)} onOpen={(id) => store.open({ kind: "article", id })} />
          ))}
        </ol>
      )}
    </section>
  );
}
