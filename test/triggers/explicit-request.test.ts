import { describe, expect, it } from "vitest";
import { detectExplicitRequest } from "../../worker/triggers/explicit-request.ts";
import { Conversation, firstMessage, onVisitor } from "./conversation.ts";

const asks = (text: string) => detectExplicitRequest(text) !== null;

describe("explicit request for a person", () => {
  it.each([
    "can I talk to someone?",
    "I need to speak to a representative",
    "get me a live agent",
    "let me chat with a real person please",
    "connect me with an operator",
    "I'd like to chat with customer service",
    "is there a human I can talk to?",
    "can a real person help me?",
    "please call me back tomorrow",
    "I don't know how to reach a human",
    "why can't I talk to an agent",
    "what do I need to do to speak with somebody",
    "let me talk to your manager",
  ])("hears %j", (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each(["Human!!", "agent please", "a real person", "operator"])("hears the bare request %j", (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    "can I tlak to someone",
    "i want to speek with a humna",
    "how to speak tosomebody",
    "assistance chatting wiht a representatve",
    "I'm trying to talkk to somone",
    "taok to an agent",
  ])("forgives the typos in %j", (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    ["es", "Quiero hablar con un agente"],
    ["es", "¿Puedo hablar con una persona real?"],
    ["es", "pásame con un humano por favor"],
    ["fr", "Je voudrais parler à un conseiller"],
    ["fr", "Puis-je parler à quelqu'un ?"],
    ["fr", "un humain svp"],
    ["de", "Ich möchte mit einem Mitarbeiter sprechen"],
    ["de", "Verbinden Sie mich bitte mit einem Berater"],
    ["de", "Kann ich mit einem Support-Mitarbeiter sprechen?"],
    ["pt", "Quero falar com um atendente"],
    ["pt", "Posso falar com alguém?"],
    ["it", "Vorrei parlare con un operatore"],
    ["it", "Posso parlare con qualcuno?"],
    ["nl", "Ik wil graag met een medewerker praten"],
    ["nl", "Kan ik iemand spreken?"],
    ["es", "llámame por favor"],
    ["fr", "rappelez-moi s'il vous plaît"],
  ])("hears it in %s: %j", (_language, text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    "I don't need a human, just tell me the return window",
    "no need for a person, thanks",
    "I would rather not speak with an agent",
    "without talking to a person, what does it cost?",
    "do I have to talk to an agent to cancel?",
    "don't transfer me to an operator",
    "No quiero hablar con un agente, solo dime el precio",
    "Je ne veux pas parler à un humain",
    "Ich brauche keinen Menschen, nur die Info",
    "Não preciso de um atendente",
    "Non voglio parlare con un operatore",
    "Ik wil geen medewerker spreken",
  ])("does not hear a negation: %j", (text) => {
    expect(asks(text)).toBe(false);
  });

  it.each([
    "the agent on the phone said my parcel was shipped",
    "is the agent who helped me yesterday working today?",
    "I spoke to an agent yesterday and nothing happened",
    "My friend talked to someone at your store",
    "the representative was very kind",
    "Are you a human?",
    "You can call me Anna",
    "transfer my order to another person",
    "I want someone to explain the warranty",
    "what hours can I call customer service?",
    "how do I change the delivery address on my order?",
    "I need a two-person tent",
    "Am I talking to a real person?",
    "J'ai parlé à un conseiller hier, il m'a dit d'attendre",
    "Hablé con un agente ayer",
    "can I get a 3 person tent delivered by Friday?",
    "what is the price per person for the kayak course?",
  ])("does not hear a mention: %j", (text) => {
    expect(asks(text)).toBe(false);
  });

  it("quotes the words that asked", () => {
    expect(detectExplicitRequest("Hi there. Could I speak to a person about my order?")?.evidence).toBe("speak to a person");
    expect(detectExplicitRequest("I don't want a bot, I want a human")?.evidence).toBe("want a human");
  });

  it("hands off at once, with the request as the reason", () => {
    const decision = firstMessage("can I talk to someone");
    expect(decision.action).toBe("handoff");
    expect(decision.signals[0]).toMatchObject({ name: "explicit_request", action: "handoff", score: 1, evidence: ["“talk to someone”"] });
    expect(decision.reason).toBe("Asked for a person: “talk to someone”");
  });

  it("takes a yes to the AI's own offer of a person as the request", () => {
    const conversation = new Conversation().visitor("do you sell kayak paddles?").declined().visitor("yes please");
    const decision = onVisitor(conversation);
    expect(decision.action).toBe("handoff");
    expect(decision.signals[0]?.name).toBe("explicit_request");
    expect(decision.reason).toContain("Accepted the offer of a person");
  });

  it("does not take a yes to anything else as a request", () => {
    const conversation = new Conversation().visitor("do you ship to Norway?").ai("We do. Would you like the delivery times?").visitor("yes please");
    expect(onVisitor(conversation).action).toBe("stay");
  });
});
