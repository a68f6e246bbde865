/** What the system tells people in the chat; honest about what happens next. */
export const NOTICES = {
  connecting:
    "Connecting you with a teammate… They will see this whole conversation, so you won't need to repeat anything. You can keep writing here.",
  nobodyOnline:
    "Our team isn't online right now. Leave your question here: a teammate will answer in this chat as soon as someone is available.",
  joined: (name: string) => `${name} joined the conversation.`,
  resolved: (name: string) => `${name} marked this conversation as resolved. Write again any time to continue.`,
  handedBack: (name: string) => `${name} handed the conversation back to the assistant.`,
  released: (name: string) =>
    `${name} is no longer available. You keep your place: the next teammate will see this whole conversation.`,
} as const;
