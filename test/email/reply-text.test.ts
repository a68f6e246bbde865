import { describe, expect, it } from "vitest";
import { replyTextOf } from "../../worker/email/reply-text.ts";

describe("the new text of an email reply", () => {
  it("cuts Gmail's quoted history, even when its attribution line wraps", () => {
    const body = [
      "Yes, it is KO-1234.",
      "",
      "Thanks!",
      "",
      "On Tue, 1 Dec 2026 at 10:00, Dana from Test Shop <",
      "reply+abc.def@reply.shop.test> wrote:",
      "",
      "> Could you send me your order number?",
    ].join("\r\n");
    expect(replyTextOf(body)).toBe("Yes, it is KO-1234.\n\nThanks!");
  });

  it("cuts Apple Mail's and other languages' attributions", () => {
    expect(replyTextOf("Parfait.\n\nLe 1 déc. 2026 à 10:00, Dana <x@y.test> a écrit :\n> Bonjour")).toBe("Parfait.");
    expect(replyTextOf("Danke.\n\nAm 01.12.2026 um 10:00 schrieb Dana <x@y.test>:\n> Hallo")).toBe("Danke.");
  });

  it("cuts Outlook's header block and its rules", () => {
    const outlook = "Here you go.\n\n________________________________\nFrom: Test Shop <reply+a.b@reply.shop.test>\nSent: Tuesday, December 1, 2026 10:00\nTo: Ana\nSubject: Re: your question\n\nOld text";
    expect(replyTextOf(outlook)).toBe("Here you go.");
    expect(replyTextOf("Fine.\n-----Original Message-----\nFrom: x\nOld")).toBe("Fine.");
    expect(replyTextOf("Fine.\n\nFrom: Test Shop <a@b.test>\nDate: Tue\n\nOld")).toBe("Fine.");
  });

  it("cuts signatures and phone footers", () => {
    expect(replyTextOf("See you.\n-- \nAna Visitor\nACME Ltd")).toBe("See you.");
    expect(replyTextOf("Ok!\n\nSent from my iPhone")).toBe("Ok!");
    expect(replyTextOf("Ok!\n\nGet Outlook for Android")).toBe("Ok!");
  });

  it("keeps inline answers and drops the quoted lines between them", () => {
    const inline = "> Which size?\nMedium.\n> Which colour?\nBlue, please.";
    expect(replyTextOf(inline)).toBe("Medium.\nBlue, please.");
  });

  it("keeps what only looks like a quote marker, and is empty when the email only quoted", () => {
    expect(replyTextOf("On Monday I ordered two tents.\nFrom: the Leeds shop, I think.")).toBe("On Monday I ordered two tents.\nFrom: the Leeds shop, I think.");
    expect(replyTextOf("\n\nOn Tue, 1 Dec 2026, Dana wrote:\n> Hi")).toBe("");
  });
});
