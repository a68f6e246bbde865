/** What the system tells people in the chat; honest about what happens next. */
export const NOTICES = {
  connecting:
    "Connecting you with a teammate… They will see this whole conversation, so you won't need to repeat anything. You can keep writing here.",
  /** Said once per conversation, whatever refreshes the queue entry afterwards. */
  nobodyOnline:
    "Nobody from our team is online right now, so you won't wait in an empty queue. Leave your email with “Email me instead” and a teammate will answer there, with this whole conversation in front of them. You can also keep writing here.",
  closed: (back: string | null) =>
    `Our team is away right now${back ? ` and back ${back}` : ""}. Leave your email with “Email me instead” and a teammate will answer there, with this whole conversation in front of them.`,
  emailNoted: (email: string) =>
    `Thanks! A teammate will answer by email at ${email}. You can close this page: the answer and a link back to this conversation will be in your inbox.`,
  troubleRetrying: "Sorry, I couldn't reach our systems just now. I'll try again in a moment — or use “Talk to a person”.",
  troubleGivingUp: "I still can't reach our systems. A teammate can help you: use “Talk to a person”.",
  joined: (name: string) => `${name} joined the conversation.`,
  resolved: (name: string) => `${name} marked this conversation as resolved. Write again any time to continue.`,
  handedBack: (name: string) => `${name} handed the conversation back to the assistant.`,
  released: (name: string, why: "away" | "unanswered" | "deactivated") =>
    why === "unanswered"
      ? `${name} couldn't get back to you in time. You keep your place in line: the next teammate will see this whole conversation.`
      : `${name} is no longer available. You keep your place in line: the next teammate will see this whole conversation.`,
  movedToTeam: (team: string) => `Moving you to our ${team} team. They will see this whole conversation.`,
  movedToAgent: (from: string, to: string) => `${from} passed this conversation to ${to}, who can see everything so far.`,
} as const;
