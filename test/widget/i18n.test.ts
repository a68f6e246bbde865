import { describe, expect, it } from "vitest";
import { NOTICES, type Notice } from "../../worker/conversation/notices.ts";
import { englishOrdinal, fill, noticeText, say, waitLine } from "../../widget/i18n/format.ts";
import { chooseLanguage } from "../../widget/i18n/language.ts";
import { TRANSLATIONS } from "../../widget/i18n/translations/index.ts";

/** The widget's words as plain functions (no DOM), run here in workerd like the rest. */
describe("the visitor's language", () => {
  it("data-lang first, then the page's <html lang>, then the browser's; English when none is spoken", () => {
    expect(chooseLanguage(["es", "fr", "de"])).toBe("es");
    expect(chooseLanguage([undefined, "pt-BR", "en-US"])).toBe("pt");
    expect(chooseLanguage(["", "ja", "nl-BE", "de"])).toBe("nl");
    expect(chooseLanguage(["de_CH"])).toBe("de");
    expect(chooseLanguage([" IT "])).toBe("it");
    expect(chooseLanguage(["ja", "zh-CN"])).toBe("en");
    expect(chooseLanguage([])).toBe("en");
  });

  it("English ordinals", () => {
    const cases: [number, string][] = [[1, "1st"], [2, "2nd"], [3, "3rd"], [4, "4th"], [11, "11th"], [12, "12th"], [13, "13th"], [21, "21st"], [22, "22nd"], [23, "23rd"], [100, "100th"], [101, "101st"], [111, "111th"], [112, "112th"]];
    for (const [n, text] of cases) expect(englishOrdinal(n)).toBe(text);
  });

  it("the place in line and the estimate, as the server's describeEstimate words them", () => {
    expect(waitLine({}, "en", 3, { lowMinutes: 4, highMinutes: 6 })).toBe("You're 3rd in line — about 4–6 minutes");
    expect(waitLine({}, "en", 1, { lowMinutes: 0, highMinutes: 1 })).toBe("You're 1st in line — less than a minute");
    expect(waitLine({}, "en", 2, { lowMinutes: 0, highMinutes: 3 })).toBe("You're 2nd in line — up to 3 minutes");
    expect(waitLine({}, "en", 12, null)).toBe("You're 12th in line");
    expect(waitLine(TRANSLATIONS.es.words, "es", 2, { lowMinutes: 4, highMinutes: 6 })).toBe("Estás en el puesto 2 de la cola — unos 4–6 minutos");
    expect(waitLine(TRANSLATIONS.de.words, "de", 3, null)).toBe("Sie sind auf Platz 3 der Warteschlange");
  });

  it("fills positional and named values, leaving nothing for a missing one", () => {
    expect(fill("{0} is typing…", ["Sam"])).toBe("Sam is typing…");
    expect(fill("{from} → {to}", { from: "Sam", to: "Alex" })).toBe("Sam → Alex");
    expect(fill("hi {name}", {})).toBe("hi ");
    expect(say({}, "Talk to a person")).toBe("Talk to a person");
    expect(say(TRANSLATIONS.fr.words, "Talk to a person")).toBe("Parler à une personne");
  });

  it("every translation keeps the English text's placeholders", () => {
    for (const [lang, translation] of Object.entries(TRANSLATIONS)) {
      for (const [english, translated] of Object.entries(translation.words)) {
        expect(placeholders(translated), `${lang}: ${english}`).toEqual(placeholders(english));
      }
    }
  });

  it("every system notice is translated, with only the parameters the server sends", () => {
    const said = sampleNotices();
    for (const [lang, translation] of Object.entries(TRANSLATIONS)) {
      for (const notice of said) {
        const template = translation.notices[notice.notice.key as keyof typeof translation.notices];
        expect(template, `${lang}: ${notice.notice.key}`).toBeTruthy();
        for (const name of placeholders(template)) expect(Object.keys(notice.notice.params), `${lang}: ${notice.notice.key} {${name}}`).toContain(name);
        // Filled in, no placeholder is left, and the values show.
        const text = noticeText(translation.notices, lang as keyof typeof TRANSLATIONS, notice.notice) ?? "";
        expect(text, `${lang}: ${notice.notice.key}`).not.toMatch(/\{\w+\}/);
        for (const [name, value] of Object.entries(notice.notice.params)) if (name !== "at" && name !== "timeZone") expect(text).toContain(value);
      }
    }
  });

  it("a moment in a notice is written in the visitor's language and the site's time zone", () => {
    // Monday 7 December 2026, 08:00 UTC = 09:00 in Madrid.
    const ref = { key: "closedUntil", params: { at: String(Date.UTC(2026, 11, 7, 8, 0)), timeZone: "Europe/Madrid" } };
    expect(noticeText(TRANSLATIONS.es.notices, "es", ref)).toMatch(/vuelve el lunes,? 09:00\./);
    expect(noticeText(TRANSLATIONS.de.notices, "de", ref)).toMatch(/ab Montag,? 09:00 wieder erreichbar/);
    // An unknown key (a newer server) leaves the English text to the caller.
    expect(noticeText(TRANSLATIONS.es.notices, "es", { key: "somethingNew", params: {} })).toBeNull();
  });
});

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

/** One of every notice the server says, with sample values. */
function sampleNotices(): Notice[] {
  const n = NOTICES;
  return [
    n.connecting,
    n.nobodyOnline,
    n.closed(null),
    n.closed({ text: "Monday at 09:00", at: Date.UTC(2026, 11, 7, 8), timeZone: "Europe/Madrid" }),
    n.emailNoted("ana@example.test"),
    n.joined("Sam"),
    n.resolved("Sam"),
    n.handedBack("Sam"),
    n.released("Sam", "unanswered"),
    n.released("Sam", "away"),
    n.movedToTeam("billing"),
    n.movedToAgent("Sam", "Alex"),
    n.aiConversationLimit,
    n.aiDailyLimit,
  ];
}
