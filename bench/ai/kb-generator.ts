/**
 * A generated knowledge base of 1,000 varied help articles (product × topic,
 * each with several sections of templated but different sentences) and
 * questions about them. Deterministic: a seeded PRNG, so runs compare.
 */
import type { ArticleInput } from "../../worker/kb/article-repo.ts";
import { mulberry32 } from "../../worker/cli/seeded-random.ts";

const PRODUCTS = [
  "tent", "sleeping bag", "camping stove", "backpack", "hiking boots", "rain jacket", "headlamp", "water filter",
  "trekking poles", "sleeping mat", "hammock", "cooler box", "camp chair", "fleece", "down vest", "gaiters",
  "climbing harness", "helmet", "kayak", "paddle", "dry bag", "compass", "GPS watch", "solar charger", "lantern",
  "cook set", "bivvy bag", "trail shoes", "ski goggles", "snowshoes", "crampons", "ice axe", "approach shoes",
  "base layer", "softshell", "beanie", "gloves", "sunglasses", "first aid kit", "bear canister", "tarp",
  "camp table", "power bank", "binoculars", "daypack", "duffel bag", "cycling jersey", "bike light", "wetsuit", "snorkel",
] as const;

const ADJECTIVES = ["ultralight", "four-season", "insulated", "waterproof", "breathable", "compact", "heavy-duty", "packable"] as const;
const MATERIALS = ["ripstop nylon", "merino wool", "recycled polyester", "Gore-Tex", "aluminium", "titanium", "canvas", "EVA foam"] as const;
const COUNTRIES = ["Germany", "France", "Spain", "the UK", "Italy", "Sweden", "Poland", "the United States", "Norway", "Ireland"] as const;

/** Each topic: section headings and sentence templates ({p} product, {a} adjective, {m} material, {n} number, {c} country). */
const TOPICS: Record<string, { headings: string[]; sentences: string[]; question: string[] }> = {
  "care and cleaning": {
    headings: ["Washing", "Drying", "Stains", "Re-proofing"],
    sentences: ["Wash your {a} {p} by hand in lukewarm water below {n} degrees.", "Never tumble-dry a {p} made of {m}.", "Let the {p} dry in the shade for at least {n} hours.", "Use a non-bio detergent; fabric softener clogs the {m}."],
    question: ["how do I wash my {p}?", "can I put the {p} in the dryer?", "what detergent for a {m} {p}?"],
  },
  warranty: {
    headings: ["What the warranty covers", "How long it lasts", "Making a claim"],
    sentences: ["Every {p} has a {n}-year warranty against manufacturing faults.", "Wear and tear on the {m} is not covered by the warranty.", "To claim, send a photo of the fault and your order number.", "We repair or replace a faulty {p} within {n} working days."],
    question: ["is my {p} under warranty?", "how long is the warranty on a {p}?", "the {m} on my {p} failed, can I claim?"],
  },
  "size guide": {
    headings: ["Measuring yourself", "Size table", "Between sizes"],
    sentences: ["Measure your chest and hips before choosing a {p}.", "The {a} {p} runs small; order one size up.", "Size {n} fits a length of {n} centimetres.", "If you are between sizes for the {p}, pick the larger one."],
    question: ["what size {p} should I get?", "does the {p} run small?", "I'm between sizes for the {p}"],
  },
  repair: {
    headings: ["Small repairs at home", "Our repair service", "Spare parts"],
    sentences: ["Small tears in {m} can be fixed with a repair patch.", "Our workshop repairs a {p} for a flat fee of {n} euros.", "Spare buckles and zips for the {p} are sold separately.", "Send the {p} clean and dry so we can inspect it."],
    question: ["how can I repair my {p}?", "do you sell spare parts for the {p}?", "what does a {p} repair cost?"],
  },
  delivery: {
    headings: ["Delivery times", "Delivery costs", "Bulky items"],
    sentences: ["A {p} ships to {c} in {n} working days.", "Delivery of a {p} to {c} costs {n} euros.", "Orders over {n} euros ship free to {c}.", "A large {p} ships by freight and needs a phone number."],
    question: ["how long does a {p} take to reach {c}?", "what does shipping a {p} to {c} cost?", "is delivery free to {c}?"],
  },
  returns: {
    headings: ["Return window", "Condition", "Refunds"],
    sentences: ["You can return an unused {p} within {n} days.", "A {p} must come back with its tags and in its bag.", "Refunds for a {p} reach your account within {n} days.", "Used {m} items cannot be returned for hygiene reasons."],
    question: ["can I return my {p}?", "how many days do I have to return a {p}?", "when do I get my refund for the {p}?"],
  },
  troubleshooting: {
    headings: ["It leaks", "It will not close", "It smells"],
    sentences: ["If your {p} leaks, check the seams of the {m} first.", "A stuck zip on the {p} frees up with a little wax.", "Air the {p} for {n} hours to remove smells.", "Condensation inside a {a} {p} is normal in cold weather."],
    question: ["my {p} leaks, what do I do?", "the zip on my {p} is stuck", "why does my {p} smell?"],
  },
  storage: {
    headings: ["Long-term storage", "Before the season", "Where to keep it"],
    sentences: ["Store the {p} loosely, never compressed for months.", "Keep the {a} {p} in a cool, dry place away from sunlight.", "Before the season, check the {m} for cracks.", "A {p} stored damp grows mould within {n} days."],
    question: ["how should I store my {p}?", "can I keep the {p} compressed?", "my {p} got mouldy in storage"],
  },
  "assembly and use": {
    headings: ["First use", "Setting up", "Taking down"],
    sentences: ["Practise setting up the {p} at home before your trip.", "The {a} {p} sets up in about {n} minutes.", "Read the {m} label before the first use of your {p}.", "Pack the {p} away dry to keep the {m} in shape."],
    question: ["how do I set up the {p}?", "how long does the {p} take to set up?", "first time using a {p}, any tips?"],
  },
  safety: {
    headings: ["Safe use", "Recalls", "Certifications"],
    sentences: ["Never use a {p} inside a closed space.", "The {p} is certified to standard EN {n}.", "Check our recall page if your {p} was bought before {n}.", "Replace a {p} after a hard impact, even without visible damage."],
    question: ["is the {p} safe to use indoors?", "has the {p} been recalled?", "what safety certificate does the {p} have?"],
  },
};


export interface GeneratedKb {
  articles: { slug: string; input: ArticleInput }[];
  questions: string[];
}

export function generateKb(count = 1000, questions = 300, seed = 7): GeneratedKb {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const fill = (template: string, product: string) =>
    template
      .replaceAll("{p}", product)
      .replaceAll("{a}", pick(ADJECTIVES))
      .replaceAll("{m}", pick(MATERIALS))
      .replaceAll("{c}", pick(COUNTRIES))
      .replace(/\{n\}/g, () => String(2 + Math.floor(random() * 60)));
  const topics = Object.entries(TOPICS);
  const pairs: { product: string; topic: string }[] = [];
  for (let i = 0; pairs.length < count; i++) {
    const product = `${PRODUCTS[i % PRODUCTS.length]}${i >= PRODUCTS.length * topics.length ? ` ${Math.floor(i / (PRODUCTS.length * topics.length)) + 1}` : ""}`;
    const [topic] = topics[Math.floor(i / PRODUCTS.length) % topics.length] ?? ["", null];
    pairs.push({ product, topic });
  }
  const articles = pairs.map(({ product, topic }, i) => {
    const spec = TOPICS[topic];
    const sections = (spec?.headings ?? []).map((heading) => {
      const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => fill(pick(spec?.sentences ?? [""]), product));
      return `## ${heading}\n\n${sentences.join(" ")}`;
    });
    const title = `${product[0]?.toUpperCase()}${product.slice(1)}: ${topic}`;
    return { slug: `a${i}`, input: { title, body: sections.join("\n\n"), url: `/help/a${i}`, tags: [product, topic] } };
  });
  const asked = Array.from({ length: questions }, () => {
    const { product, topic } = pick(pairs);
    return fill(pick(TOPICS[topic]?.question ?? ["{p}"]), product.replace(/ \d+$/, ""));
  });
  return { articles, questions: asked };
}
