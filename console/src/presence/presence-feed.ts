import type { AgentStatus, ServerFrame, TeamLoad } from "../../../worker/protocol/index.ts";
import { socketPath } from "../api/workspace-path.ts";
import { Observable } from "../lib/observable.ts";
import { LiveSocket, type LinkStatus } from "../net/live-socket.ts";

/**
 * The agent's presence in the workspace: while this socket is open the agent
 * counts as online (and, if their status says so, gets conversations). It
 * brings their status, their load ("2 / 3") and their teams' online counts.
 */
export class PresenceFeed extends Observable {
  status: AgentStatus = "online";
  active = 0;
  capacity = 0;
  teams: TeamLoad[] = [];
  loaded = false;
  link: LinkStatus = "connecting";
  private readonly socket: LiveSocket;

  constructor(onRefused: () => void) {
    super();
    this.socket = new LiveSocket({
      path: () => socketPath("/presence"),
      onFrame: (frame) => this.onFrame(frame),
      onStatus: (status) => {
        this.link = status;
        this.changed();
      },
      onRefused,
    });
  }

  start(): void {
    this.socket.start();
  }

  stop(): void {
    this.socket.stop();
  }

  /** Online takes new conversations; away keeps yours and takes none; offline too, and says so to your team. */
  setStatus(status: AgentStatus): void {
    if (this.socket.send({ type: "set_status", status })) {
      this.status = status;
      this.changed();
    }
  }

  /** Agents online across the agent's teams, each counted once (the everyone-team holds them all). */
  get agentsOnline(): number {
    return this.teams.find((t) => t.teamId === "all")?.online ?? Math.max(0, ...this.teams.map((t) => t.online));
  }

  private onFrame(frame: ServerFrame): void {
    if (frame.type !== "roster") return;
    this.status = frame.me.status;
    this.active = frame.me.active;
    this.capacity = frame.me.capacity;
    this.teams = frame.teams;
    this.loaded = true;
    this.changed();
  }
}
