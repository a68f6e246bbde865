import type { Translation } from "../texts.ts";

/** Portuguese (Brazilian, você). */
export const PT: Translation = {
  words: {
    "Chat": "Chat",
    "Hi! How can we help you today?": "Olá! Como podemos ajudar?",
    "Open chat": "Abrir o chat",
    "Open chat ({0} new)": "Abrir o chat ({0} não lidas)",
    "Close chat": "Fechar o chat",
    "Connecting…": "Conectando…",
    "You're offline. Messages will be sent when you're back.": "Você está sem conexão. As mensagens serão enviadas quando ela voltar.",
    "The chat isn't available right now.": "O chat não está disponível no momento.",
    "Would you like a teammate to take it from here?": "Quer que uma pessoa da equipe continue o atendimento?",
    "Asking for a person…": "Chamando uma pessoa…",
    "Talk to a person": "Falar com uma pessoa",
    "AI assistant · A person is one click away": "Assistente de IA · Uma pessoa a um clique",
    "Waiting for a teammate": "Aguardando uma pessoa da equipe",
    "Support team · Here to help": "Atendimento · Aqui para ajudar",
    "Resolved · Write again any time": "Resolvido · Escreva quando quiser",
    "A teammate will answer later": "Nossa equipe responderá mais tarde",
    "Connecting you with a teammate…": "Conectando você com uma pessoa da equipe…",
    "You're {0} in line": "Você está na posição {0} da fila",
    "less than a minute": "menos de um minuto",
    "up to {0} minutes": "até {0} minutos",
    "about {0}–{1} minutes": "cerca de {0}–{1} minutos",
    "A teammate will get back to you here. Leave your email to get the answer even if you close this page.": "Uma pessoa da equipe vai responder aqui. Deixe seu e-mail para receber a resposta mesmo se fechar esta página.",
    "We'll answer by email at {0}. You can close this page.": "Vamos responder por e-mail para {0}. Você pode fechar esta página.",
    "Email me instead": "Receber a resposta por e-mail",
    "Message": "Mensagem",
    "Send message": "Enviar mensagem",
    "Type your message…": "Digite sua mensagem…",
    "Reply to {0}…": "Responder a {0}…",
    "Teammate": "Atendente",
    "Your teammate": "Seu atendente",
    "Assistant": "Assistente",
    "Sending…": "Enviando…",
    "Not sent: {0}": "Não enviada: {0}",
    "Sources": "Fontes",
    "Source:": "Fonte:",
    "Conversation": "Conversa",
    "{0} is typing…": "{0} está digitando…",
    "Leave your email and a teammate will answer there, with this whole conversation in front of them.": "Deixe seu e-mail e uma pessoa da equipe vai responder por lá, com toda esta conversa em mãos.",
    "Your email": "Seu e-mail",
    "Your name (optional)": "Seu nome (opcional)",
    "Please enter a valid email address.": "Digite um endereço de e-mail válido.",
    "That didn't work. Please check the address and try again.": "Não deu certo. Confira o endereço e tente de novo.",
    "Send": "Enviar",
    "Cancel": "Cancelar",
  },
  notices: {
    connecting:
      "Conectando você com uma pessoa da equipe… Ela verá toda esta conversa, então você não precisa repetir nada. Pode continuar escrevendo aqui.",
    nobodyOnline:
      "Não há ninguém da equipe online agora, então você não vai esperar numa fila vazia. Deixe seu e-mail em “Receber a resposta por e-mail” e uma pessoa da equipe vai responder por lá, com toda esta conversa em mãos. Você também pode continuar escrevendo aqui.",
    closed:
      "Nossa equipe não está disponível agora. Deixe seu e-mail em “Receber a resposta por e-mail” e uma pessoa da equipe vai responder por lá, com toda esta conversa em mãos.",
    closedUntil:
      "Nossa equipe não está disponível agora (volta: {at}). Deixe seu e-mail em “Receber a resposta por e-mail” e uma pessoa da equipe vai responder por lá, com toda esta conversa em mãos.",
    emailNoted:
      "Obrigado! Uma pessoa da equipe vai responder por e-mail para {email}. Você pode fechar esta página: a resposta e um link para esta conversa chegarão à sua caixa de entrada.",
    joined: "{name} entrou na conversa.",
    resolved: "{name} marcou esta conversa como resolvida. Escreva quando quiser para continuar.",
    handedBack: "{name} devolveu a conversa ao assistente.",
    releasedUnanswered:
      "{name} não conseguiu responder a tempo. Você mantém seu lugar na fila: a próxima pessoa da equipe verá toda esta conversa.",
    releasedGone: "{name} não está mais disponível. Você mantém seu lugar na fila: a próxima pessoa da equipe verá toda esta conversa.",
    movedToTeam: "Transferindo você para nossa equipe de {team}. Ela verá toda esta conversa.",
    movedToAgent: "{from} passou esta conversa para {to}, que pode ver tudo até agora.",
    aiConversationLimit:
      "Já respondi tudo o que podia ser útil nesta conversa. Uma pessoa da equipe pode continuar: use “Falar com uma pessoa”.",
    aiDailyLimit: "Nosso assistente atingiu o limite de hoje. Use “Falar com uma pessoa” e alguém da equipe vai ajudar você.",
  },
};
