import type { Translation } from "../texts.ts";

/** German (Sie). */
export const DE: Translation = {
  words: {
    "Chat": "Chat",
    "Hi! How can we help you today?": "Hallo! Wie können wir Ihnen helfen?",
    "Open chat": "Chat öffnen",
    "Open chat ({0} new)": "Chat öffnen ({0} neu)",
    "Close chat": "Chat schließen",
    "Connecting…": "Verbindung wird hergestellt…",
    "You're offline. Messages will be sent when you're back.": "Sie sind offline. Nachrichten werden gesendet, sobald Sie wieder online sind.",
    "The chat isn't available right now.": "Der Chat ist gerade nicht verfügbar.",
    "Would you like a teammate to take it from here?": "Möchten Sie, dass jemand aus unserem Team übernimmt?",
    "Asking for a person…": "Wir holen jemanden dazu…",
    "Talk to a person": "Mit einem Menschen sprechen",
    "AI assistant · A person is one click away": "KI-Assistent · Ein Mensch ist nur einen Klick entfernt",
    "Waiting for a teammate": "Warten auf unser Team",
    "Support team · Here to help": "Kundenservice · Für Sie da",
    "Resolved · Write again any time": "Gelöst · Schreiben Sie uns jederzeit wieder",
    "A teammate will answer later": "Unser Team antwortet Ihnen später",
    "Connecting you with a teammate…": "Wir verbinden Sie mit unserem Team…",
    "You're {0} in line": "Sie sind auf Platz {0} der Warteschlange",
    "less than a minute": "weniger als eine Minute",
    "up to {0} minutes": "bis zu {0} Minuten",
    "about {0}–{1} minutes": "etwa {0}–{1} Minuten",
    "A teammate will get back to you here. Leave your email to get the answer even if you close this page.": "Jemand aus unserem Team antwortet Ihnen hier. Hinterlassen Sie Ihre E-Mail-Adresse, dann erreicht Sie die Antwort auch, wenn Sie diese Seite schließen.",
    "We'll answer by email at {0}. You can close this page.": "Wir antworten Ihnen per E-Mail an {0}. Sie können diese Seite schließen.",
    "Email me instead": "Antwort per E-Mail",
    "Message": "Nachricht",
    "Send message": "Nachricht senden",
    "Type your message…": "Ihre Nachricht…",
    "Reply to {0}…": "Antwort an {0}…",
    "Teammate": "Support",
    "Your teammate": "Unser Team",
    "Assistant": "Assistent",
    "Sending…": "Wird gesendet…",
    "Not sent: {0}": "Nicht gesendet: {0}",
    "Sources": "Quellen",
    "Source:": "Quelle:",
    "Conversation": "Unterhaltung",
    "{0} is typing…": "{0} schreibt…",
    "Leave your email and a teammate will answer there, with this whole conversation in front of them.": "Hinterlassen Sie Ihre E-Mail-Adresse: Jemand aus unserem Team antwortet Ihnen dort und sieht diese ganze Unterhaltung.",
    "Your email": "Ihre E-Mail-Adresse",
    "Your name (optional)": "Ihr Name (optional)",
    "Please enter a valid email address.": "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
    "That didn't work. Please check the address and try again.": "Das hat nicht geklappt. Bitte prüfen Sie die Adresse und versuchen Sie es erneut.",
    "Send": "Senden",
    "Cancel": "Abbrechen",
  },
  notices: {
    connecting:
      "Wir verbinden Sie mit unserem Team… Es sieht diese ganze Unterhaltung, Sie müssen also nichts wiederholen. Sie können hier weiterschreiben.",
    nobodyOnline:
      "Gerade ist niemand aus unserem Team online, deshalb warten Sie nicht in einer leeren Warteschlange. Hinterlassen Sie Ihre E-Mail-Adresse über „Antwort per E-Mail“, dann antwortet Ihnen jemand aus dem Team dort – mit dieser ganzen Unterhaltung vor Augen. Sie können auch hier weiterschreiben.",
    closed:
      "Unser Team ist gerade nicht da. Hinterlassen Sie Ihre E-Mail-Adresse über „Antwort per E-Mail“, dann antwortet Ihnen jemand aus dem Team dort – mit dieser ganzen Unterhaltung vor Augen.",
    closedUntil:
      "Unser Team ist gerade nicht da und ab {at} wieder erreichbar. Hinterlassen Sie Ihre E-Mail-Adresse über „Antwort per E-Mail“, dann antwortet Ihnen jemand aus dem Team dort – mit dieser ganzen Unterhaltung vor Augen.",
    emailNoted:
      "Danke! Jemand aus unserem Team antwortet Ihnen per E-Mail an {email}. Sie können diese Seite schließen: Die Antwort und ein Link zurück zu dieser Unterhaltung kommen in Ihr Postfach.",
    troubleRetrying: "Entschuldigung, ich konnte unsere Systeme gerade nicht erreichen. Ich versuche es gleich noch einmal – oder nutzen Sie „Mit einem Menschen sprechen“.",
    troubleGivingUp: "Ich kann unsere Systeme immer noch nicht erreichen. Jemand aus unserem Team kann Ihnen helfen: Nutzen Sie „Mit einem Menschen sprechen“.",
    joined: "{name} ist der Unterhaltung beigetreten.",
    resolved: "{name} hat diese Unterhaltung als gelöst markiert. Schreiben Sie jederzeit wieder, um fortzufahren.",
    handedBack: "{name} hat die Unterhaltung an den Assistenten zurückgegeben.",
    releasedUnanswered:
      "{name} konnte nicht rechtzeitig antworten. Sie behalten Ihren Platz in der Warteschlange: Die nächste Person aus dem Team sieht diese ganze Unterhaltung.",
    releasedGone:
      "{name} ist nicht mehr verfügbar. Sie behalten Ihren Platz in der Warteschlange: Die nächste Person aus dem Team sieht diese ganze Unterhaltung.",
    movedToTeam: "Wir leiten Sie an unser Team {team} weiter. Es sieht diese ganze Unterhaltung.",
    movedToAgent: "{from} hat diese Unterhaltung an {to} übergeben. Alles Bisherige ist dort sichtbar.",
    aiConversationLimit:
      "Ich habe in dieser Unterhaltung so viel beantwortet, wie ich sinnvoll kann. Jemand aus unserem Team kann übernehmen: Nutzen Sie „Mit einem Menschen sprechen“.",
    aiDailyLimit: "Unser Assistent hat sein Tageslimit erreicht. Nutzen Sie „Mit einem Menschen sprechen“, dann hilft Ihnen jemand aus unserem Team.",
  },
};
