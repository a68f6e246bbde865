import type { Translation } from "../texts.ts";

/** French (vous). */
export const FR: Translation = {
  words: {
    "Chat": "Chat",
    "Hi! How can we help you today?": "Bonjour ! Comment pouvons-nous vous aider ?",
    "Open chat": "Ouvrir le chat",
    "Open chat ({0} new)": "Ouvrir le chat ({0} non lus)",
    "Close chat": "Fermer le chat",
    "Connecting…": "Connexion…",
    "You're offline. Messages will be sent when you're back.": "Vous êtes hors ligne. Les messages partiront dès votre retour en ligne.",
    "The chat isn't available right now.": "Le chat n'est pas disponible pour le moment.",
    "Would you like a teammate to take it from here?": "Voulez-vous qu'un membre de l'équipe prenne le relais ?",
    "Asking for a person…": "Demande en cours…",
    "Talk to a person": "Parler à une personne",
    "AI assistant · A person is one click away": "Assistant IA · Une personne à un clic",
    "Waiting for a teammate": "En attente d'un membre de l'équipe",
    "Support team · Here to help": "Service client · À votre écoute",
    "Resolved · Write again any time": "Résolu · Écrivez-nous quand vous voulez",
    "A teammate will answer later": "Nous vous répondrons plus tard",
    "Connecting you with a teammate…": "Mise en relation avec un membre de l'équipe…",
    "You're {0} in line": "Vous êtes en position {0} dans la file",
    "less than a minute": "moins d'une minute",
    "up to {0} minutes": "jusqu'à {0} minutes",
    "about {0}–{1} minutes": "environ {0} à {1} minutes",
    "A teammate will get back to you here. Leave your email to get the answer even if you close this page.": "Un membre de l'équipe vous répondra ici. Laissez votre e-mail pour recevoir la réponse même si vous fermez cette page.",
    "We'll answer by email at {0}. You can close this page.": "Nous vous répondrons par e-mail à {0}. Vous pouvez fermer cette page.",
    "Email me instead": "Recevoir la réponse par e-mail",
    "Message": "Message",
    "Send message": "Envoyer le message",
    "Type your message…": "Écrivez votre message…",
    "Reply to {0}…": "Répondre à {0}…",
    "Teammate": "Conseiller",
    "Your teammate": "Votre conseiller",
    "Assistant": "Assistant",
    "Sending…": "Envoi…",
    "Not sent: {0}": "Non envoyé : {0}",
    "Sources": "Sources",
    "Source:": "Source :",
    "Conversation": "Conversation",
    "{0} is typing…": "{0} est en train d'écrire…",
    "Leave your email and a teammate will answer there, with this whole conversation in front of them.": "Laissez votre e-mail : un membre de l'équipe vous répondra, avec toute cette conversation sous les yeux.",
    "Your email": "Votre e-mail",
    "Your name (optional)": "Votre nom (facultatif)",
    "Please enter a valid email address.": "Veuillez saisir une adresse e-mail valide.",
    "That didn't work. Please check the address and try again.": "Cela n'a pas fonctionné. Vérifiez l'adresse et réessayez.",
    "Send": "Envoyer",
    "Cancel": "Annuler",
  },
  notices: {
    connecting:
      "Mise en relation avec un membre de l'équipe… Il verra toute cette conversation : inutile de vous répéter. Vous pouvez continuer à écrire ici.",
    nobodyOnline:
      "Personne de l'équipe n'est en ligne pour le moment : vous n'attendrez pas dans une file vide. Laissez votre e-mail avec « Recevoir la réponse par e-mail » et un membre de l'équipe vous répondra, avec toute cette conversation sous les yeux. Vous pouvez aussi continuer à écrire ici.",
    closed:
      "Notre équipe est absente pour le moment. Laissez votre e-mail avec « Recevoir la réponse par e-mail » et un membre de l'équipe vous répondra, avec toute cette conversation sous les yeux.",
    closedUntil:
      "Notre équipe est absente pour le moment (de retour {at}). Laissez votre e-mail avec « Recevoir la réponse par e-mail » et un membre de l'équipe vous répondra, avec toute cette conversation sous les yeux.",
    emailNoted:
      "Merci ! Un membre de l'équipe vous répondra par e-mail à {email}. Vous pouvez fermer cette page : la réponse et un lien vers cette conversation arriveront dans votre boîte de réception.",
    troubleRetrying: "Désolé, je n'ai pas pu joindre nos systèmes. Je réessaie dans un instant, ou utilisez « Parler à une personne ».",
    troubleGivingUp: "Je n'arrive toujours pas à joindre nos systèmes. Un membre de l'équipe peut vous aider : utilisez « Parler à une personne ».",
    joined: "{name} a rejoint la conversation.",
    resolved: "{name} a marqué cette conversation comme résolue. Écrivez-nous quand vous voulez pour la reprendre.",
    handedBack: "{name} a rendu la conversation à l'assistant.",
    releasedUnanswered:
      "{name} n'a pas pu vous répondre à temps. Vous gardez votre place dans la file : le prochain membre de l'équipe verra toute cette conversation.",
    releasedGone:
      "{name} n'est plus disponible. Vous gardez votre place dans la file : le prochain membre de l'équipe verra toute cette conversation.",
    movedToTeam: "Nous vous transférons à notre équipe {team}. Elle verra toute cette conversation.",
    movedToAgent: "{from} a transmis cette conversation à {to}, qui voit tout l'échange.",
    aiConversationLimit:
      "J'ai répondu à tout ce que je pouvais utilement dans cette conversation. Un membre de l'équipe peut prendre le relais : utilisez « Parler à une personne ».",
    aiDailyLimit: "Notre assistant a atteint sa limite pour aujourd'hui. Utilisez « Parler à une personne » et un membre de l'équipe vous aidera.",
  },
};
