import { describe, expect, it } from "vitest";
import { fillPlaceholders, unknownPlaceholders } from "../../worker/protocol/index.ts";

describe("canned-response placeholders", () => {
  it("fills what is known", () => {
    expect(fillPlaceholders("Hi {visitor.name}, {agent.name} from {site.name} here.", { "visitor.name": "Ana", "agent.name": "Sam", "site.name": "Kestrel" })).toBe(
      "Hi Ana, Sam from Kestrel here.",
    );
  });

  it("leaves out an unknown value with the space before it, so the sentence still reads", () => {
    expect(fillPlaceholders("Hi {visitor.name}, thanks!", { "visitor.name": null })).toBe("Hi, thanks!");
    expect(fillPlaceholders("{visitor.name} hello", {})).toBe(" hello");
  });

  it("keeps braces that are not placeholders, and names the unknown ones once", () => {
    expect(fillPlaceholders("Use code {SAVE10}", { "visitor.name": "Ana" })).toBe("Use code {SAVE10}");
    expect(unknownPlaceholders("{a.b} {visitor.name} {a.b} {Agent.Name}")).toEqual(["a.b", "Agent.Name"]);
    expect(unknownPlaceholders("JSON like {\"a\": 1} is not a placeholder")).toEqual([]);
  });
});
