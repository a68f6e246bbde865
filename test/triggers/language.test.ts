import { describe, expect, it } from "vitest";
import { readFrustration } from "../../worker/triggers/frustration-score.ts";
import { messageLanguage, visitorLanguage } from "../../worker/triggers/language.ts";
import { Conversation, onVisitor } from "./conversation.ts";

describe("the visitor's language", () => {
  it.each([
    ["en", "could you tell me when the boots will be back in stock?"],
    ["es", "¿cuándo vuelven a tener las botas en stock?"],
    ["fr", "pouvez-vous me dire quand les chaussures seront de nouveau disponibles ?"],
    ["de", "können Sie mir sagen, wann die Schuhe wieder lieferbar sind?"],
    ["pt", "pode me dizer quando as botas voltam ao estoque?"],
    ["it", "potete dirmi quando tornano disponibili gli scarponi?"],
    ["nl", "kunt u me zeggen wanneer de schoenen weer op voorraad zijn?"],
  ])("is told per message: %s", (lang, text) => {
    expect(messageLanguage(text)).toBe(lang);
  });

  it("is not guessed from a word or two, and then is the conversation's", () => {
    expect(messageLanguage("ok")).toBeNull();
    const conversation = new Conversation().visitor("¿cuánto tarda un envío a Sevilla?").ai("De 2 a 4 días laborables.").visitor("vale");
    expect(visitorLanguage(conversation.history)).toBe("es");
    conversation.ai("Sí, claro.").visitor("persona por favor");
    expect(onVisitor(conversation)).toMatchObject({ action: "handoff", language: "es" });
  });

  it("keeps the English sentiment lexicon off other languages ('die' is German for 'the')", () => {
    const text = "die Lieferung ist heute angekommen, danke";
    expect(readFrustration(text, { earlierLengths: [], language: "de" }).score).toBe(0);
    expect(readFrustration(text, { earlierLengths: [], language: "en" }).evidence.join(" ")).toContain("negative words: die");
  });
});
