import { describe, expect, it } from "vitest";
import { compilePattern, matchPattern, prepareText } from "../../worker/triggers/phrase-pattern.ts";
import { clauses, tokenize } from "../../worker/triggers/text.ts";

const match = (pattern: string, text: string, loose = false) => matchPattern(compilePattern(pattern, loose), prepareText(text));

describe("topic patterns", () => {
  it("matches alternatives, other forms of a word, and quotes the visitor's words", () => {
    expect(match("file/lodge complaint", "I'd like to LODGE complaints")).toBe("LODGE complaints");
    expect(match("refund", "two refunds")).toBe("refunds");
  });

  it("matches prefixes, with accents and case ignored", () => {
    expect(match("reimburs*", "Reimbursement please")).toBe("Reimbursement");
    expect(match("donnees", "mes données")).toBe("données");
  });

  it("allows two words between pattern words, not counting swear words", () => {
    expect(match("charged twice", "you charged me twice")).toBe("charged me twice");
    expect(match("charged twice", "charged for the order and the bag twice")).toBeNull();
    expect(match("lodge claim", "lodge a damn customer claim")).toBe("lodge a damn customer claim");
  });

  it("matches `=word` exactly", () => {
    expect(match("not =helping", "you are not helping")).toBe("not helping");
    expect(match("not =helping", "I am not registered, help me")).toBeNull();
  });

  it("forgives typos in long words but not short ones that are other words", () => {
    expect(match("reimbursement", "my reimbursment")).toBe("reimbursment");
    expect(match("sue", "help using the app")).toBeNull();
    expect(match("police", "your policy")).toBeNull();
  });

  it("forgives a typo after an earlier word of the pattern matched", () => {
    expect(match("make claim", "making a claim")).toBe("making a claim");
    expect(match("make claim", "making a clain")).toBe("making a clain");
    expect(match("claim", "clain")).toBeNull();
  });

  it("is looser for exclusions: short-word typos and glued words", () => {
    expect(match("policy", "reimbursementpolicy", true)).toBe("reimbursementpolicy");
    expect(match("expect*", "i expct a rebate", true)).toBe("expct");
    expect(match("policy", "reimbursementpolicy")).toBeNull();
  });
});

describe("tokens and clauses", () => {
  it("splits French and Italian elisions, keeps English contractions", () => {
    expect(tokenize("je n'ai pas l'info, don't").map((t) => t.norm)).toEqual(["je", "n", "ai", "pas", "l", "info", "don't"]);
    expect(tokenize("quelqu'un").map((t) => t.norm)).toEqual(["quelqu'un"]);
  });

  it("splits clauses at punctuation and 'but'", () => {
    expect(clauses("I don't need a human, just tell me. But thanks").map((c) => c.text.trim())).toEqual([
      "I don't need a human",
      "just tell me",
      "thanks",
    ]);
  });
});
