import type { Translation } from "../texts.ts";

/** Spanish (tú, as most Spanish-language shops write to customers). */
export const ES: Translation = {
  words: {
    "Chat": "Chat",
    "Hi! How can we help you today?": "¡Hola! ¿En qué podemos ayudarte?",
    "Open chat": "Abrir el chat",
    "Open chat ({0} new)": "Abrir el chat ({0} sin leer)",
    "Close chat": "Cerrar el chat",
    "Connecting…": "Conectando…",
    "You're offline. Messages will be sent when you're back.": "Estás sin conexión. Los mensajes se enviarán cuando vuelvas a tenerla.",
    "The chat isn't available right now.": "El chat no está disponible en este momento.",
    "Would you like a teammate to take it from here?": "¿Quieres que una persona del equipo siga contigo?",
    "Asking for a person…": "Buscando a una persona…",
    "Talk to a person": "Hablar con una persona",
    "AI assistant · A person is one click away": "Asistente de IA · Una persona a un clic",
    "Waiting for a teammate": "Esperando a una persona del equipo",
    "Support team · Here to help": "Atención al cliente · Aquí para ayudarte",
    "Resolved · Write again any time": "Resuelto · Escríbenos cuando quieras",
    "A teammate will answer later": "Te responderemos más tarde",
    "Connecting you with a teammate…": "Te estamos conectando con una persona del equipo…",
    "You're {0} in line": "Estás en el puesto {0} de la cola",
    "less than a minute": "menos de un minuto",
    "up to {0} minutes": "hasta {0} minutos",
    "about {0}–{1} minutes": "unos {0}–{1} minutos",
    "A teammate will get back to you here. Leave your email to get the answer even if you close this page.": "Una persona del equipo te responderá aquí. Deja tu correo para recibir la respuesta aunque cierres esta página.",
    "We'll answer by email at {0}. You can close this page.": "Te responderemos por correo a {0}. Puedes cerrar esta página.",
    "Email me instead": "Recibir respuesta por correo",
    "Message": "Mensaje",
    "Send message": "Enviar mensaje",
    "Type your message…": "Escribe tu mensaje…",
    "Reply to {0}…": "Responder a {0}…",
    "Teammate": "Agente",
    "Your teammate": "Tu agente",
    "Assistant": "Asistente",
    "Sending…": "Enviando…",
    "Not sent: {0}": "No enviado: {0}",
    "Sources": "Fuentes",
    "Source:": "Fuente:",
    "Conversation": "Conversación",
    "{0} is typing…": "{0} está escribiendo…",
    "Leave your email and a teammate will answer there, with this whole conversation in front of them.": "Deja tu correo y una persona del equipo te responderá allí, con toda esta conversación delante.",
    "Your email": "Tu correo electrónico",
    "Your name (optional)": "Tu nombre (opcional)",
    "Please enter a valid email address.": "Escribe una dirección de correo válida.",
    "That didn't work. Please check the address and try again.": "No ha funcionado. Revisa la dirección e inténtalo de nuevo.",
    "Send": "Enviar",
    "Cancel": "Cancelar",
  },
  notices: {
    connecting:
      "Te estamos conectando con una persona del equipo… Verá toda esta conversación, así que no tendrás que repetir nada. Puedes seguir escribiendo aquí.",
    nobodyOnline:
      "Ahora mismo no hay nadie del equipo conectado, así que no esperarás en una cola vacía. Deja tu correo con «Recibir respuesta por correo» y una persona del equipo te responderá allí, con toda esta conversación delante. También puedes seguir escribiendo aquí.",
    closed:
      "Nuestro equipo no está disponible ahora. Deja tu correo con «Recibir respuesta por correo» y una persona del equipo te responderá allí, con toda esta conversación delante.",
    closedUntil:
      "Nuestro equipo no está disponible ahora y vuelve el {at}. Deja tu correo con «Recibir respuesta por correo» y una persona del equipo te responderá allí, con toda esta conversación delante.",
    emailNoted:
      "¡Gracias! Una persona del equipo te responderá por correo a {email}. Puedes cerrar esta página: la respuesta y un enlace a esta conversación llegarán a tu bandeja de entrada.",
    joined: "{name} se ha unido a la conversación.",
    resolved: "{name} ha marcado esta conversación como resuelta. Escríbenos cuando quieras para continuar.",
    handedBack: "{name} ha devuelto la conversación al asistente.",
    releasedUnanswered:
      "{name} no ha podido responderte a tiempo. Conservas tu puesto en la cola: la siguiente persona del equipo verá toda esta conversación.",
    releasedGone: "{name} ya no está disponible. Conservas tu puesto en la cola: la siguiente persona del equipo verá toda esta conversación.",
    movedToTeam: "Te pasamos a nuestro equipo de {team}. Verán toda esta conversación.",
    movedToAgent: "{from} ha pasado esta conversación a {to}, que puede verla entera.",
    aiConversationLimit:
      "Ya he respondido todo lo que podía serte útil en esta conversación. Una persona del equipo puede continuar: usa «Hablar con una persona».",
    aiDailyLimit: "Nuestro asistente ha llegado a su límite de hoy. Usa «Hablar con una persona» y alguien del equipo te ayudará.",
  },
};
