import { Component, createRef } from "preact";
import { t } from "../i18n/words.ts";
import { MessageItem } from "./message-item.tsx";
import type { Row } from "./rows.ts";

interface LogProps {
  rows: Row[];
  typing: string | null;
  open: boolean;
}

/** How close to the bottom still counts as "following the conversation". */
const STICK_PX = 48;

/**
 * The conversation, announced politely to screen readers. Follows new
 * messages unless the visitor has scrolled up to read; their own message
 * always brings them back down.
 */
export class MessageLog extends Component<LogProps> {
  private readonly scroller = createRef<HTMLDivElement>();
  private stick = true;

  override componentDidMount(): void {
    this.toBottom();
  }

  override componentDidUpdate(previous: LogProps): void {
    const mine = this.props.rows.length > previous.rows.length && this.props.rows.at(-1)?.role === "visitor";
    if (this.stick || mine || (this.props.open && !previous.open)) this.toBottom();
  }

  override render({ rows, typing }: LogProps) {
    return (
      <div class="scroll" ref={this.scroller} onScroll={this.onScroll}>
        <div class="log" role="log" aria-live="polite" aria-label={t("Conversation")} data-testid="baton-log">
          {rows.map((row) => (
            <MessageItem key={row.key} row={row} />
          ))}
        </div>
        {typing && (
          <div class="typing" data-testid="baton-typing">
            <span class="dots" aria-hidden="true">
              <i />
              <i />
              <i />
            </span>
            {typing}
          </div>
        )}
      </div>
    );
  }

  private readonly onScroll = (): void => {
    const el = this.scroller.current;
    if (el) this.stick = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_PX;
  };

  private toBottom(): void {
    const el = this.scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
    this.stick = true;
  }
}
