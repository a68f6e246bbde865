import { describe, expect, it } from "vitest";
import { readIntent } from "../../worker/triggers/model/classifier.ts";
import { firstMessage, policy } from "./conversation.ts";

/** Phrasings written for these tests: in none of the training, dev or test files. */
const RULES_ONLY = policy({ signals: { classifier: false } });

describe("the learned signal beside the rules", () => {
  it.each([
    ["en", "this needs somebody on your side to sort it out"],
    ["es", "mejor que lo vea alguien de vuestro personal"],
    ["fr", "je voudrais qu'un de vos conseillers me recontacte"],
    ["de", "ich möchte das lieber mit einem Ihrer Mitarbeiter klären"],
    ["pt", "quero tratar isto com alguém da vossa equipa"],
    ["it", "posso sentire qualcuno del servizio clienti?"],
    ["nl", "kan ik dit met een van jullie medewerkers bespreken?"],
  ])("hears a request for a person the rules miss (%s): %j", (_lang, text) => {
    const decision = firstMessage(text);
    const request = decision.signals.find((s) => s.name === "explicit_request");
    expect(request?.action).toBe("handoff");
    expect(request?.evidence[0]).toMatch(/^classifier: wants a person [01]\.\d\d$/);
    expect(firstMessage(text, RULES_ONLY).action).toBe("stay");
  });

  it.each([
    ["en", "third email this week and still not a word from you"],
    ["fr", "c'est la troisième fois que je vous écris, toujours rien"],
    ["pt", "isto é uma vergonha, ninguém resolve nada"],
    ["it", "ancora niente? ma state scherzando"],
  ])("hears frustration without complaint words (%s): %j, and offers a person", (_lang, text) => {
    const frustration = firstMessage(text).signals.find((s) => s.name === "frustration");
    expect(frustration?.action).toBe("offer_human");
    expect(frustration?.evidence.join(" ")).toMatch(/classifier: frustrated [01]\.\d\d/);
    expect(firstMessage(text, RULES_ONLY).signals.map((s) => s.name)).not.toContain("frustration");
  });

  it.each([
    "our tour operator wants the tents sent to the campsite, can you do that?",
    "the postman left a card, can I collect the parcel at the depot?",
    "el agente de viajes necesita la factura, ¿me la mandáis?",
    "die Dame in der Filiale meinte, ich kann online umtauschen",
  ])("keeps a routine question with a trap word with the AI: %j", (text) => {
    expect(firstMessage(text).action).toBe("stay");
  });

  it("quotes the visitor's own words that weighed most, for the agent", () => {
    const text = "je voudrais qu'un de vos conseillers me recontacte";
    const evidence = firstMessage(text).signals[0]?.evidence[1] ?? "";
    const words = /^“(.+)”$/.exec(evidence)?.[1] ?? "";
    expect(words.length).toBeGreaterThan(3);
    expect(text).toContain(words);
  });

  it("gives probabilities that add up, sure of a plain question", () => {
    const reading = readIntent("how long does delivery to Portugal take?");
    expect(reading.person + reading.upset + reading.routine).toBeCloseTo(1, 6);
    expect(reading.routine).toBeGreaterThan(0.9);
  });
});
