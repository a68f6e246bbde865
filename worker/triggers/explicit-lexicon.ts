import { Lexicon } from "./lexicon.ts";

/**
 * Words for "let me talk to a person" in English, Spanish, French, German,
 * Portuguese, Italian and Dutch. Verbs are listed in the forms that ask
 * (infinitive, gerund, imperative), never the past: "I spoke to an agent
 * yesterday" is a story, not a request. First-person presents are left out
 * too: without accents "parlé" (spoke) reads as "parle", "hablé" as "hable".
 */

/** Getting in contact; with a person nearby, a request ("talk to someone", "mit einem Menschen sprechen"). */
export const TALK_VERBS = new Lexicon([
  // en
  "talk", "talking", "talkin", "speak", "speaking", "chat", "chatting", "contact", "contacting", "reach", "reaching",
  "get in touch", "getting in touch", "escalate", "escalating", "call", "calling",
  // es
  "hablar", "hablando", "chatear", "contactar", "contactarme", "comunicarme", "comunicar", "comunicarse",
  "pasame", "paseme", "pasarme", "transfiereme", "conectame", "llamar", "atienda", "atiendame",
  // fr
  "parler", "discuter", "contacter", "joindre", "echanger", "appeler", "mettre en relation", "en relation",
  // de
  "sprechen", "reden", "chatten", "kontaktieren", "erreichen", "in kontakt", "anrufen", "telefonieren",
  // pt
  "falar", "fale", "conversar", "converse", "contatar", "contactar", "ligar", "em contato", "em contacto",
  // it
  "parlare", "chattare", "contattare", "in contatto", "passami", "passatemi", "chiamare",
  // nl
  "praten", "spreken", "spreek", "chatten", "bellen", "contact opnemen", "in contact", "bereiken",
]);

/**
 * Short talk verbs are too close to other words for typo matching ("that",
 * "cat"), except right before "to"/"with" and a person: "taok to an agent",
 * "cat with a person".
 */
export const LOOSE_TALK_VERBS = ["talk", "chat"];
export const LOOSE_TALK_BLOCKED = new Set(["that", "what", "walk", "tall", "task", "tale", "cheat", "chart", "half", "than"]);
export const TALK_PREPOSITIONS = new Set(["to", "with", "wit", "w", "con", "avec", "mit", "com", "met", "tot"]);

/** Handing over; a request only with "me" close by ("transfer me", "verbinden Sie mich"), else "transfer my order". */
export const TRANSFER_VERBS = new Lexicon([
  "transfer", "connect", "put", "pass", "switch", "forward", "patch", "hand", "redirect", "direct", "route", "send",
  "transferir", "conectar", "pasar", "pase", "pasa", "transfiera", "passer", "passez", "transferer", "transferez", "mettez",
  "mettre", "verbinden", "verbindest", "weiterleiten", "durchstellen", "stellen", "transfira", "transfere", "passar", "passe",
  "conecte", "trasferire", "trasferisca", "passare", "passi", "collegare", "colleghi", "mettere", "doorverbinden", "verbind",
  "doorsturen",
]);
export const ME = new Lexicon(["me", "us", "moi", "nous", "mich", "uns", "mij", "ons", "mi", "ci", "nos", "m"]);

/** People a visitor may ask for; bare ("Human please") or wanted ("I want an agent") they are a request. */
export const STRONG_TARGETS = new Lexicon([
  "human", "humans", "human being", "person", "agent", "representative", "rep", "operator", "real person", "live person",
  "live agent", "actual person", "real human", "actual human",
  "humano", "humana", "ser humano", "persona", "persona real", "agente", "operador", "operadora", "representante", "asesor",
  "asesora", "humain", "humaine", "etre humain", "vraie personne", "conseiller", "conseillere", "operateur", "operatrice",
  "mensch", "menschen", "echten menschen", "mitarbeiter", "mitarbeiterin", "berater", "beraterin", "pessoa", "pessoa real",
  "atendente", "umano", "umana", "essere umano", "operatore", "persona vera", "mens", "medewerker", "persoon", "echt persoon",
  "echte persoon",
]);

/** People and teams one may want but would not name alone ("I need a manager", "je veux le service client"). */
export const MEDIUM_TARGETS = new Lexicon([
  "manager", "supervisor", "employee", "advisor", "adviser", "consultant", "specialist", "customer service",
  "customer support", "customer care", "customer assistance", "live chat", "live support", "support agent",
  "servicio al cliente", "atencion al cliente", "ejecutivo", "encargado", "service client", "service clientele",
  "responsable", "personne", "personne reelle", "kundenservice", "kundendienst", "ansprechpartner", "vertreter", "atendimento", "consultor",
  "servizio clienti", "assistenza clienti", "consulente", "klantenservice",
]);

/** Someone, anyone: a target only after a talk verb ("talk to someone"), never with "want" ("I want someone to explain"). */
export const WEAK_TARGETS = new Lexicon([
  "someone", "somebody", "anyone", "anybody", "people", "assistant", "support", "team", "staff", "help desk", "helpdesk",
  "alguien", "quelqu'un", "quelqu un", "jemand", "jemanden", "jemandem", "alguem", "qualcuno", "iemand",
]);

/** Wanting: a strong or medium target right after is a request ("I'd like a real person", "necesito un asesor"). */
export const DESIRES = new Lexicon([
  "want", "wanna", "need", "needs", "would like", "i'd like", "id like", "we'd like", "prefer", "request", "requesting",
  "ask for", "asking for", "demand",
  "require", "get me", "give me", "bring me", "find me", "can i have", "can i get", "may i have", "let me have",
  "looking for", "where is", "where are", "where's", "get",
  "quiero", "quisiera", "necesito", "me gustaria", "prefiero", "pido", "solicito", "busco", "dame", "deme",
  "veux", "voudrais", "aimerais", "besoin", "prefere", "demande", "cherche", "donnez moi",
  "mochte", "will", "brauche", "hatte gern", "suche", "verlange", "wunsche",
  "quero", "queria", "preciso", "gostaria", "prefiro", "peco", "solicito",
  "voglio", "vorrei", "bisogno", "preferisco", "chiedo", "cerco",
  "wil", "zou graag", "zoek", "graag",
]);

/** Asking whether a person is there; even "someone" counts ("is anyone there?"). */
export const EXISTENCE = new Lexicon([
  "is there", "are there", "is anyone", "is somebody", "is someone", "hay", "y a t il", "ist da", "gibt es", "tem", "c e",
  "is er",
]);

/** "Call me", "give me a call" and their kin. */
export const CALL_ME = new Lexicon([
  "call me", "give me a call", "phone me", "ring me", "callback", "call me back",
  "llamame", "llamenme", "me llamen", "me llame", "me llamais", "appelez moi", "appelle moi", "rappelez moi", "rappelle moi",
  "me rappeler", "me rappeller", "m appeler", "me appeler", "ruf mich an", "rufen sie mich an", "ruft mich an", "ruckruf",
  "zuruckrufen", "zurueckrufen", "me ligue", "me liguem", "ligue me", "liguem me", "ligar para mim", "me ligar",
  "chiamami", "chiamatemi", "richiamami", "richiamatemi", "mi chiami", "mi chiamate", "mi richiami", "bel me", "bel mij",
  "terugbellen", "terug bellen", "bel me terug",
]);

/** After a person ("can a real person help me?"), asking for their help is a request. */
export const HELP_ME = new Lexicon([
  "help me", "help us", "assist me", "ayudarme", "me ayude", "me ayuda", "m aider", "mir helfen", "me ajudar", "me ajude",
  "aiutarmi", "mi aiuti", "me helpen", "mij helpen",
]);

/** Who else calls a visitor: before "call me" in a clause, they are the ones calling ("the driver will ring me"). */
export const THIRD_PARTY = new Set([
  "courier", "driver", "delivery", "postman", "postie", "dpd", "dhl", "ups", "fedex", "he", "she", "they",
  // Not "el", "il", "lei": articles and the polite "you" ("Lei mi chiami") stand before a real request.
  "repartidor", "mensajero", "transportista", "cartero", "ella", "ellos",
  "livreur", "transporteur", "facteur", "elle", "ils",
  "bote", "paketbote", "fahrer", "zusteller", "postbote", "paketdienst", "er",
  "entregador", "motoboy", "transportadora", "carteiro", "motorista", "ele", "eles",
  "corriere", "fattorino", "postino", "lui",
  "bezorger", "koerier", "postbode", "vervoerder", "hij", "zij",
]);

/** What may follow an English "call me" that still asks for a call ("call me back", not "call me Anna"). */
export const CALL_ME_FOLLOW = new Set([
  "back", "please", "pls", "plz", "at", "on", "asap", "now", "today", "tomorrow", "tonight", "as", "when", "right",
  "urgently", "immediately", "later", "this", "in", "soon", "thanks", "thank", "instead", "whenever",
]);

/** Words that may surround a bare request ("a real person please", "un humain svp", "Mensch bitte"). */
export const BARE_FILLER = new Set([
  "a", "an", "one", "please", "pls", "plz", "now", "asap", "immediately", "right", "hi", "hello", "hey", "ok", "okay",
  "yes", "just", "only", "another", "real", "live", "actual", "un", "una", "uno", "une", "ein", "eine", "einen", "einem",
  "um", "uma", "een", "por", "favor", "porfa", "svp", "s", "il", "vous", "plait", "bitte", "per", "favore", "alstublieft",
  "aub", "graag", "ahora", "ya", "maintenant", "jetzt", "sofort", "agora", "adesso", "subito", "nu", "meteen", "vrai",
  "vraie", "echt", "echte", "echten", "echter", "reale", "vero", "vera", "hola", "bonjour", "salut", "hallo", "ciao", "hoi",
  "ola", "oi", "si", "oui", "ja", "sim",
]);

/** "Am I talking to a real person?" asks what the assistant is; these just before the verb say so. */
export const WHO_AM_I = [["am", "i"], ["are", "we"], ["estoy"], ["estou"], ["sto"], ["ben", "ik"], ["rede", "ich"]];

/** Before a person word, a capacity or a price, not a request: "a two-person tent", "price per person". */
export const COUNT_WORDS = new Set([
  // Not "un"/"una"/"um"/"een": those are articles far more often ("hablar con un agente").
  "one", "two", "three", "four", "five", "six", "eight", "ten", "per", "each", "dos", "tres", "cuatro", "deux", "trois",
  "quatre", "par", "zwei", "drei", "vier", "pro", "je", "duas", "dois", "due", "tre", "quattro", "twee", "drie", "vijf",
  "por",
]);

/** Asking about hours or numbers ("what hours can I call customer service?") is a question for the AI, not a request. */
export const INFO_WORDS = new Lexicon([
  "hours", "hour", "what time", "schedule", "opening", "open", "number", "phone number", "email", "e mail", "mail",
  "horario", "horarios", "heures", "horaires", "uhrzeit", "offnungszeiten", "orari", "orario", "openingstijden", "numero",
  "nummer", "telefonnummer", "telefoonnummer",
]);

/** Verbs after which an info word makes the clause a question about contact details. */
export const INFO_VERBS = new Lexicon([
  "call", "calling", "contact", "reach", "get in touch", "llamar", "contactar", "appeler", "contacter", "joindre", "anrufen",
  "kontaktieren", "erreichen", "ligar", "contatar", "chiamare", "contattare", "bellen", "bereiken",
]);
