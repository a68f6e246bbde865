/**
 * Words that say the same thing in shop language, as stems ("postage",
 * "shipping", "delivery"), and the broader word a help centre uses for a
 * kind of thing ("a sleeping bag", "a tent" → "an item", "a product"): a
 * policy about items answers a question about a tent. About the domain —
 * online shops and outdoor gear — not about particular questions.
 */
import { stem } from "./words.ts";

const SYNONYMS = [
  // Orders, delivery and parcels.
  ["postag", "ship", "deliveri", "send", "post"],
  ["arriv", "deliv", "receiv", "come", "reach"],
  ["parcel", "packag", "box", "shipment"],
  ["carrier", "courier", "driver", "dhl", "ups", "dpd", "fedex", "usp", "postnl"],
  ["track", "trace", "follow"],
  ["late", "delai"],
  ["order", "purchase", "bui"],
  ["cancel", "stop"],
  ["chang", "edit", "modifi", "amend", "alter", "updat"],
  ["fix", "correct", "chang"],
  ["repair", "fix", "mend"],
  // Money.
  ["cost", "price", "charg", "fee", "expensive"],
  ["cheaper", "lower", "cheap", "less"],
  ["refund", "monei"],
  ["receipt", "invoic"],
  ["vat", "tax"],
  ["custom", "duti"],
  ["per", "everi", "each"],
  ["reject", "declin", "refuse"],
  ["safe", "secur"],
  ["voucher", "code", "coupon", "promo"],
  ["combin", "stack", "merg"],
  ["retail", "competitor"],
  // Returns, damage and the warranty.
  ["swap", "exchang", "trade"],
  ["broke", "broken", "damag", "fault", "snap", "defect", "crack"],
  ["miss", "lost"],
  ["part", "half", "partial"],
  ["wrong", "incorrect"],
  ["warranti", "guarantee"],
  ["expir", "valid"],
  // Accounts, email and people.
  ["login", "sign", "log", "account"],
  ["delet", "remov", "erase"],
  ["email", "mail", "mailbox", "inbox"],
  ["phone", "call", "ring"],
  ["contact", "reach"],
  ["human", "person", "agent"],
  ["complaint", "complain"],
  ["unhappi", "upset", "disappoint"],
  ["manag", "supervisor"],
  ["member", "membership"],
  ["point", "reward"],
  ["shop", "store", "branch"],
  // Outdoor gear.
  ["rucksack", "backpack", "daypack"],
  ["trainer", "shoe", "boot", "footwear"],
  ["groundsheet", "floor"],
  ["flysheet", "fly"],
  ["jacket", "coat", "raincoat"],
  ["stove", "cooker", "burner"],
  ["canist", "cartridg"],
  ["mat", "pad", "mattress"],
  ["waterproof", "hydrostat", "rain"],
  ["wash", "clean", "launder"],
  ["tall", "height"],
  ["damp", "wet", "moist"],
  ["room", "space"],
].map((group) => group.map((w) => stem(w)));

/** Kinds of thing a shop sells, which its policies call items or products. */
const GOODS = new Set(
  ("tent backpack rucksack jacket coat raincoat boot boots shoe trainer bag stove canister cartridge mat pole peg sock glove " +
    "trouser fleece liner pot gear equipment kit sleeping").split(" ").map((w) => stem(w)),
);
const BROADER = ["item", "product"].map((w) => stem(w));

/** Stems that say the same as `stemmed` in shop language. */
export function alternativesOf(stemmed: string): string[] {
  return [...new Set(SYNONYMS.filter((g) => g.includes(stemmed)).flat().filter((a) => a !== stemmed))];
}

/** The broader words a help centre uses for it ("tent" → "item", "product"), or none. */
export function broaderOf(stemmed: string): string[] {
  return GOODS.has(stemmed) ? BROADER : [];
}

/**
 * The text with the goods it names in the words policies use ("can I add a
 * sleeping bag to my order?" → "can I add a item item to my order?"), or null
 * when it names none: searched too, so the policy is found beside the
 * product's own article.
 */
export function asPolicy(text: string): string | null {
  let named = false;
  const out = text.replace(/[\p{L}']+/gu, (word) => {
    if (!GOODS.has(stem(word.toLowerCase()))) return word;
    named = true;
    return "item";
  });
  return named ? out : null;
}
