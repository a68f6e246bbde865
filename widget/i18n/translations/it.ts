import type { Translation } from "../texts.ts";

/** Italian (tu, as Italian shops usually write in chat). */
export const IT: Translation = {
  words: {
    "Chat": "Chat",
    "Hi! How can we help you today?": "Ciao! Come possiamo aiutarti?",
    "Open chat": "Apri la chat",
    "Open chat ({0} new)": "Apri la chat ({0} da leggere)",
    "Close chat": "Chiudi la chat",
    "Connecting…": "Connessione…",
    "You're offline. Messages will be sent when you're back.": "Sei offline. I messaggi partiranno quando tornerai online.",
    "The chat isn't available right now.": "La chat non è disponibile al momento.",
    "Would you like a teammate to take it from here?": "Vuoi che una persona del team continui con te?",
    "Asking for a person…": "Stiamo chiamando una persona…",
    "Talk to a person": "Parla con una persona",
    "AI assistant · A person is one click away": "Assistente IA · Una persona a un clic",
    "Waiting for a teammate": "In attesa di una persona del team",
    "Support team · Here to help": "Assistenza clienti · Qui per aiutarti",
    "Resolved · Write again any time": "Risolto · Scrivici quando vuoi",
    "A teammate will answer later": "Il team ti risponderà più tardi",
    "Connecting you with a teammate…": "Ti stiamo mettendo in contatto con una persona del team…",
    "You're {0} in line": "Sei in posizione {0} nella coda",
    "less than a minute": "meno di un minuto",
    "up to {0} minutes": "fino a {0} minuti",
    "about {0}–{1} minutes": "circa {0}–{1} minuti",
    "A teammate will get back to you here. Leave your email to get the answer even if you close this page.": "Una persona del team ti risponderà qui. Lascia la tua email per ricevere la risposta anche se chiudi questa pagina.",
    "We'll answer by email at {0}. You can close this page.": "Ti risponderemo via email a {0}. Puoi chiudere questa pagina.",
    "Email me instead": "Ricevi la risposta via email",
    "Message": "Messaggio",
    "Send message": "Invia messaggio",
    "Type your message…": "Scrivi il tuo messaggio…",
    "Reply to {0}…": "Rispondi a {0}…",
    "Teammate": "Operatore",
    "Your teammate": "Il tuo operatore",
    "Assistant": "Assistente",
    "Sending…": "Invio…",
    "Not sent: {0}": "Non inviato: {0}",
    "Sources": "Fonti",
    "Source:": "Fonte:",
    "Conversation": "Conversazione",
    "{0} is typing…": "{0} sta scrivendo…",
    "Leave your email and a teammate will answer there, with this whole conversation in front of them.": "Lascia la tua email e una persona del team ti risponderà lì, con tutta questa conversazione sotto gli occhi.",
    "Your email": "La tua email",
    "Your name (optional)": "Il tuo nome (facoltativo)",
    "Please enter a valid email address.": "Inserisci un indirizzo email valido.",
    "That didn't work. Please check the address and try again.": "Non ha funzionato. Controlla l'indirizzo e riprova.",
    "Send": "Invia",
    "Cancel": "Annulla",
  },
  notices: {
    connecting:
      "Ti stiamo mettendo in contatto con una persona del team… Vedrà tutta questa conversazione, quindi non dovrai ripetere nulla. Puoi continuare a scrivere qui.",
    nobodyOnline:
      "Al momento nessuno del team è online, quindi non resterai in attesa in una coda vuota. Lascia la tua email con «Ricevi la risposta via email» e una persona del team ti risponderà lì, con tutta questa conversazione sotto gli occhi. Puoi anche continuare a scrivere qui.",
    closed:
      "Il nostro team al momento non è disponibile. Lascia la tua email con «Ricevi la risposta via email» e una persona del team ti risponderà lì, con tutta questa conversazione sotto gli occhi.",
    closedUntil:
      "Il nostro team al momento non è disponibile (rientro: {at}). Lascia la tua email con «Ricevi la risposta via email» e una persona del team ti risponderà lì, con tutta questa conversazione sotto gli occhi.",
    emailNoted:
      "Grazie! Una persona del team ti risponderà via email a {email}. Puoi chiudere questa pagina: la risposta e un link a questa conversazione arriveranno nella tua casella di posta.",
    troubleRetrying: "Scusa, non sono riuscito a raggiungere i nostri sistemi. Riprovo tra un momento, oppure usa «Parla con una persona».",
    troubleGivingUp: "Non riesco ancora a raggiungere i nostri sistemi. Qualcuno del team può aiutarti: usa «Parla con una persona».",
    joined: "{name} è ora nella conversazione.",
    resolved: "{name} ha segnato questa conversazione come risolta. Scrivi quando vuoi per continuare.",
    handedBack: "{name} ha restituito la conversazione all'assistente.",
    releasedUnanswered:
      "{name} non ha potuto risponderti in tempo. Mantieni il tuo posto in coda: la prossima persona del team vedrà tutta questa conversazione.",
    releasedGone:
      "{name} non è più disponibile. Mantieni il tuo posto in coda: la prossima persona del team vedrà tutta questa conversazione.",
    movedToTeam: "Ti stiamo passando al nostro team {team}. Vedrà tutta questa conversazione.",
    movedToAgent: "{from} ha passato questa conversazione a {to}, che vede tutto lo scambio finora.",
    aiConversationLimit:
      "Ho risposto a tutto ciò che potevo in modo utile in questa conversazione. Una persona del team può continuare: usa «Parla con una persona».",
    aiDailyLimit: "Il nostro assistente ha raggiunto il limite di oggi. Usa «Parla con una persona» e qualcuno del team ti aiuterà.",
  },
};
