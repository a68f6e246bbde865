/**
 * Support phrases shoppers word in many ways, each rewritten to the words a
 * shop's help centre uses for it ("sold out" → "out of stock", "send it
 * back" → "return", "file a complaint" → "make a complaint"). The question
 * is searched and read in those words, and a knowledge-base sentence using
 * one of the phrases also carries the words it stands for, so either side
 * may use either wording. About the domain — online shops, their orders,
 * deliveries, returns, payments and accounts — not about any one question.
 */
import { stemSet } from "./words.ts";

const IT = "(?:it|them|this|that|these|those|the \\w+|my \\w+)";

/** Phrases and the words help centres write for them. */
const PHRASES: [RegExp, string][] = [
  // Chat spellings.
  [/\btill?\b(?= (?:my|it|the|i|we|you|they|when)\b)/gi, "until"],
  [/\bu\b/gi, "you"],
  [/\bur\b/gi, "your"],
  [/\bwanna\b/gi, "want to"],
  // Sending something back is returning it; getting a payment back is a refund.
  [/\b(?:send|sent|sending|take|took|bring|brought|ship|post|mail)\s+(?:it|them|this|that|these|those|\w+)?\s*back\b/gi, "return"],
  [/\bmoney back\b|\breimburse(?:d|ment)?\b|\brepa(?:y|id)\b/gi, "refund"],
  [new RegExp(`\\b(?:get|got|getting|receive|see)\\s+(${IT})\\s+back\\b`, "gi"), "refund $1"],
  [/\bsold out\b|\bnot in stock\b|\bno longer (?:available|in stock)\b|\b(?:is|are|isn't|aren't) (?:not )?available any ?more\b|\bunavailable\b/gi, "out of stock"],
  [/\b(?:do|does|will|would|can) you (?:guys )?take\b/gi, "do you accept"],
  [/\bpay (?:in )?cash (?:at the door|on delivery|when (?:it|the parcel|the package|my order|the order) (?:arrives|comes|is delivered))\b|\bpay (?:at|on) the door\b/gi, "cash on delivery"],
  [/\b(?:money|payment|amount) (?:is |gets |get )?(?:taken|debited|deducted|withdrawn)\b/gi, "charged"],
  [/\bget in touch\b|\bspeak (?:to|with)\b|\btalk (?:to|with)\b/gi, "contact"],
  [/\b(?:a |an )?(?:real|actual|live) (?:person|human|agent)\b/gi, "a person"],
  [/\bopt(?:ed)? out\b|\bstop (?:getting|receiving)\b|\bstop (?:the |these |your |all )?(?:\w+ )?(?:e-?mails|newsletters?|mailings?)\b/gi, "unsubscribe"],
  [/\bmailing list\b/gi, "newsletter"],
  [/\bhow many times (?:a|per|each|every) (?:day|week|month|year)\b/gi, "how often"],
  [/\b(?:never|not|n't)\s+(?:yet\s+|even\s+)?(?:got|gotten|received?)\b/gi, "did not receive"],
  [/\b(?:can'?t|cannot|can no longer|lost access to|no access to|no longer have access to)\s+(?:open|access|get into|use|log into|into)?\s*(?:my\s+)?(?:old\s+)?(?:mailbox|inbox|email(?: account| address)?)\b/gi, "no longer have access to my email address"],
  [/\b(?:head )?office address\b|\bheadquarters\b|\bhead office\b/gi, "postal address"],
  [/\bcheck(?:ing|ed)? out\b/gi, "checkout"],
  [/\bbetween (?:two |2 )?(?:sizes?|(?:sizes? )?(?:xxs|xs|s|m|l|xl|xxl|\d+(?:\.\d)?) and (?:xxs|xs|s|m|l|xl|xxl|\d+(?:\.\d)?))\b/gi, "between two sizes"],
  [/\b(?:is|are|does|do|did|was|were) ?n[o']?t work(?:ing)?\b|\bwon'?t work\b|\bstopped working\b/gi, "problems"],
  [/\bwhat'?s in it for me\b|\bperks?\b|\badvantages?\b/gi, "benefits"],
  [/\b(?:instagram|facebook|twitter|tiktok|youtube|linkedin|whatsapp)\b/gi, "social media"],
  [/\b(?:just |only )?(?:a )?part of (?:an|the|my|our) order\b/gi, "some of the items"],
  [/\bzip ?codes?\b|\bpostal codes?\b|\bpost codes?\b/gi, "postcode"],
  [/\b(?:put|entered|typed|wrote|gave|filled in)\s+(?:in\s+)?(?:the|a|an)\s+wrong\b/gi, "made a typo in the"],
  [/\b(?:goes|go|went|going) (?:live|online|up)\b/gi, "is published"],
  [/\bstuck\b|\bnot moving\b|\bhas ?n[o']?t moved\b|\bno movement\b/gi, "no tracking updates"],
  [/\b(?:get|collect|gain|receive|earn)\s+((?:\w+\s+)?)points?\b/gi, "earn $1points"],
  [/\bpoints? (?:do|will|would|can) (?:i|you|we) (?:get|collect|receive|earn)\b/gi, "earn points"],
  [/\b(?:leave|put|park)\s+(?:my|the|our)\s+(?:car|bike|bicycle)\b/gi, "parking"],
  [/\btoo (?:big|small|large|tight|loose|short|long)\b|\b(?:does ?n[o']?t|do ?n[o']?t|did ?n[o']?t) fit\b/gi, "wrong size"],
  [/\b(?:file|lodge|submit|raise|register|put in|open)\s+(?:a |an )?(?:formal |official )?(complaint|claim)\b/gi, "make a $1"],
  [/\b(?:existing|current|open|previous) order\b|\border (?:i|we) (?:have )?(?:already |just )?placed\b/gi, "order already placed"],
  [/\bnot (?:happy|satisfied|pleased)\b|\bdissatisfied\b|\b(?:does|do|did) ?n[o']?t (?:satisfy|please) (?:me|us)\b/gi, "unhappy"],
  // "I got the wrong size" is what was received; "find out where my return is" asks where it is.
  [/\b(?:got|get|getting|have got)\s+(?:the|a|an)\s+(wrong|damaged|broken|different|faulty|incorrect)\b/gi, "received the $1"],
  [/\b(?:find|figure|work) out\b|\blook up\b/gi, ""],
  [/\b(?:give|pass|send|move)\s+((?:my |our |the )?(?:\w+ )?points)\s+(?:to|over to)\b/gi, "transfer $1 to"],
  [/\brun(?:s|ning)? out\b|\blapse[sd]?\b/gi, "expire"],
  [/\bclos(?:e|ing) (?:my |the |your |an |our )?account\b/gi, "delete account"],
  [/\bstack(?:ed|ing)?\b|\b(?:use|using|add|apply) (?:two|2|multiple|several|more than one) (?:discount |promo |voucher )?codes\b/gi, "combine codes"],
  [/\bhow old (?:do|must|should|would|does|will) (?:i|you|we|they|he|she|my \w+) (?:have to |need to )?be\b/gi, "minimum age"],
  [/\banother (?:shop|store|website|site|seller|retailer)\b|\b(?:other|different) (?:shops|stores|websites|sellers|retailers)\b|\belsewhere\b/gi, "another retailer"],
  [/\b(?:ripped|torn|scratched|dented|cracked|crushed|smashed|bent|shattered)\b/gi, "damaged"],
];

/** The text in the help centre's words (the rest of it, capitals included, as written). */
export function rephrase(text: string): string {
  let out = text.replace(/[’‘]/g, "'");
  for (const [phrase, words] of PHRASES) out = out.replace(phrase, ` ${words} `);
  return out.replace(/ {2,}/g, " ").trim();
}

/**
 * The stems a knowledge-base text carries through the phrases it uses ("if
 * you are not happy" also says "unhappy"), besides its own; none for most texts.
 */
export function conceptStems(text: string): Set<string> {
  const uses = PHRASES.some(([phrase]) => {
    phrase.lastIndex = 0;
    return phrase.test(text);
  });
  return uses ? stemSet(rephrase(text)) : new Set();
}
