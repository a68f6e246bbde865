/**
 * Places named in questions and in the knowledge base: countries (and their
 * aliases, demonyms and parts), cities, island groups and the regions shop
 * policies are written in (the EU, Europe, continents). Each place knows what
 * it lies in — Munich → Germany → the EU → Europe — so a question about
 * Munich meets a sentence about Germany or the EU, and not one about the UK.
 */
import { CITY_LINES, COUNTRY_LINES } from "./places-data.ts";
import { type Word } from "./words.ts";

export interface Place {
  /** ISO country code, or "@…" for a region, or "country/name" for a part of a country. */
  id: string;
  /** What it lies in, nearest first (excluding itself). */
  within: string[];
}

export interface PlaceMention {
  place: Place;
  /** Word positions [start, end) in the text. */
  start: number;
  end: number;
}

const EU_MEMBERS = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" ");
const CONTINENT: Record<string, string> = { EU: "@EUROPE", AS: "@ASIA", AF: "@AFRICA", NA: "@NORTH-AMERICA", SA: "@SOUTH-AMERICA", OC: "@OCEANIA", AN: "@ANTARCTICA" };

/** Region names as policies write them. */
const REGIONS: Record<string, string[]> = {
  "@EU": ["eu", "european union"],
  "@EUROPE": ["europe", "european"],
  "@ASIA": ["asia", "asian"],
  "@AFRICA": ["africa", "african"],
  "@NORTH-AMERICA": ["north america"],
  "@SOUTH-AMERICA": ["south america", "latin america"],
  "@OCEANIA": ["oceania"],
  "@ANTARCTICA": ["antarctica"],
};

/** Demonyms and everyday names the country list lacks. */
const COUNTRY_ALIASES: Record<string, string[]> = {
  GB: ["british", "the united kingdom"],
  US: ["usa", "america", "american", "the states", "united states of america"],
  NL: ["holland", "dutch", "the netherlands"],
  DE: ["german"], FR: ["french"], ES: ["spanish"], IT: ["italian"], BE: ["belgian"], AT: ["austrian"], CH: ["swiss"],
  NO: ["norwegian"], SE: ["swedish"], DK: ["danish"], FI: ["finnish"], IE: ["irish", "eire"], PL: ["polish"],
  PT: ["portuguese"], GR: ["greek"], CZ: ["czech", "czech republic"], HU: ["hungarian"], RO: ["romanian"],
  BG: ["bulgarian"], HR: ["croatian"], SK: ["slovak"], SI: ["slovenian"], EE: ["estonian"], LV: ["latvian"],
  LT: ["lithuanian"], LU: ["luxembourgish"], MT: ["maltese"], CY: ["cypriot"], CA: ["canadian"], AU: ["australian", "oz"],
  NZ: ["kiwi"], JP: ["japanese"], CN: ["chinese"], IN: ["indian"], MX: ["mexican"], BR: ["brazilian"], TR: ["turkish"],
};

/** Parts of countries that policies name on their own. */
const PARTS: Record<string, string[]> = {
  GB: ["england", "scotland", "wales", "northern ireland", "great britain", "britain", "scottish", "welsh", "isle of wight"],
  "ES/canary islands": ["canary islands", "canaries", "tenerife", "gran canaria", "lanzarote", "fuerteventura", "la palma"],
  "ES/balearic islands": ["balearic islands", "balearics", "mallorca", "majorca", "ibiza", "menorca", "minorca", "formentera"],
  "GR/greek islands": ["greek islands", "crete", "rhodes", "corfu", "santorini", "mykonos", "kos", "zakynthos"],
  "GB/channel islands": ["channel islands", "jersey", "guernsey"],
  US: [
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "hawaii", "idaho",
    "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
    "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina",
    "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming",
  ],
};

/** English names the city list spells otherwise. */
const CITY_ALIASES: Record<string, string> = {
  "new york": "US", nyc: "US", "new york city": "US", geneva: "CH", antwerp: "BE", cologne: "DE", nuremberg: "DE",
  hanover: "DE", copenhagen: "DK", gothenburg: "SE", bruges: "BE", ghent: "BE", lucerne: "CH", seville: "ES",
  saragossa: "ES", florence: "IT", venice: "IT", "the hague": "NL", prague: "CZ", newcastle: "GB", brussels: "BE",
  basle: "CH", luxembourg: "LU", "washington dc": "US", "san francisco": "US", "las vegas": "US", "new orleans": "US",
};

/**
 * City names that are also everyday words or first names: a place only when
 * capitalized right after a preposition ("in Reading", "to Nice").
 */
const AMBIGUOUS = new Set(
  ("reading nice bath sale deal split mobile orange normal most spring man male police union goes van gap delta temple " +
    "fleet bend bell bury drama metro mentor savage sandy worms stains hope lens tours marks best mary martin allen taylor " +
    "parker wilson tyler logan mason murray warren wayne troy roy tracy kyle lynn bryan barry davis eugene norman marion " +
    "helena victoria jackson lincoln kent essex surrey derby wells rugby hyde chester sutton weston newton milton clinton " +
    "franklin hamilton richmond kingston windsor salem jersey guernsey moron teni lima florence santa fe york buffalo " +
    "aurora phoenix independence columbia cork pau ede oss bor bod ica mol cua vic papa roman marino sari sama pali naga " +
    "lodi napa orem provo mesa tempe mission glendale pearl cary dover chelsea fleet hove stow bray bangor arnold ames").split(" "),
);

/** Prepositions after which a smaller city name is taken as a place. */
const BEFORE_PLACE = new Set(["to", "in", "from", "near", "at", "into", "towards", "outside", "around", "via", "for"]);

interface Entry {
  place: Place;
  /** A city: named only after a preposition unless big. */
  city: boolean;
  big: boolean;
}

let table: Map<string, Entry> | null = null;
/** For each first word of a name, the most words a name starting with it has. */
const longestFrom = new Map<string, number>();

function build(): Map<string, Entry> {
  const map = new Map<string, Entry>();
  const add = (name: string, entry: Entry) => {
    if (!map.has(name)) map.set(name, entry);
    const words = name.split(" ");
    longestFrom.set(words[0] ?? "", Math.max(longestFrom.get(words[0] ?? "") ?? 0, words.length));
  };
  const countries = new Map<string, Place>();
  for (const line of COUNTRY_LINES.split("\n")) {
    const [code = "", continent = "", ...names] = line.split("|");
    const within = [...(EU_MEMBERS.includes(code) ? ["@EU"] : []), CONTINENT[continent] ?? ""].filter(Boolean);
    const place = { id: code, within };
    countries.set(code, place);
    for (const name of [...names, ...(COUNTRY_ALIASES[code] ?? [])]) add(name, { place, city: false, big: true });
  }
  for (const [id, names] of Object.entries(REGIONS)) {
    const place = { id, within: id === "@EU" ? ["@EUROPE"] : [] };
    for (const name of names) add(name, { place, city: false, big: true });
  }
  for (const [id, names] of Object.entries(PARTS)) {
    const country = countries.get(id.split("/")[0] ?? "");
    if (!country) continue;
    for (const name of names) {
      const own = id.includes("/") ? { id, within: [country.id, ...country.within] } : { id: `${id}/${name}`, within: [country.id, ...country.within] };
      // A single-word island ("Jersey", "Kos") is named like a small city; "the Canary Islands" is unmistakable.
      const city = id.includes("/") && !name.includes(" ");
      add(name, { place: own, city, big: !city });
    }
  }
  const city = (name: string, code: string, big: boolean) => {
    const country = countries.get(code);
    if (country) add(name, { place: { id: `${code}/${name}`, within: [country.id, ...country.within] }, city: true, big });
  };
  for (const [name, code] of Object.entries(CITY_ALIASES)) city(name, code, true);
  for (const line of CITY_LINES.split("\n")) {
    const [name = "", code = "", big] = line.split("|");
    city(name, code, big === "big");
  }
  return map;
}

/** The places a text names, longest names first ("New York" over "York"), each word in at most one. */
export function findPlaces(words: Word[]): PlaceMention[] {
  table ??= build();
  const found: PlaceMention[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    const longest = longestFrom.get(words[i]?.norm ?? "") ?? 0;
    for (let n = Math.min(longest, words.length - i); n >= 1 && !matched; n--) {
      const name = n === 1 ? (words[i]?.norm ?? "") : words.slice(i, i + n).map((w) => w.norm).join(" ");
      const entry = table.get(name);
      if (entry && accepts(entry, name, words, i)) {
        found.push({ place: entry.place, start: i, end: i + n });
        matched = n;
      }
    }
    i += matched || 1;
  }
  return found;
}

/** "UK 8", "EU sizes": a size system, not a place. */
const SIZE_NEXT = /^(?:\d|sizes?$|sizing$)/;

function accepts(entry: Entry, name: string, words: Word[], at: number): boolean {
  const raw = words[at]?.raw ?? "";
  if (SIZE_NEXT.test(words[at + name.split(" ").length]?.norm ?? "")) return false;
  // "us" is a pronoun unless written US.
  if (name === "us") return raw === "US";
  if (!entry.city) return true;
  const before = words[at - 1]?.norm ?? "";
  const previous = before === "the" ? (words[at - 2]?.norm ?? "") : before;
  const capitalized = /^\p{Lu}/u.test(raw);
  if (AMBIGUOUS.has(name)) return capitalized && BEFORE_PLACE.has(previous);
  return BEFORE_PLACE.has(previous) || (entry.big && name.length >= 4);
}

/** How well a sentence's place fits the asked one: 1 the same, less for what it lies in; 0 unrelated. */
export function placeFit(asked: Place, named: Place): number {
  if (asked.id === named.id) return 1;
  const up = asked.within.indexOf(named.id);
  if (up >= 0) return 0.9 - 0.1 * up;
  // The sentence names a part of the asked place (asked the UK, it says Scotland).
  if (named.within.includes(asked.id)) return 0.6;
  return 0;
}

/**
 * Words that find a place in full-text search: the KB names countries more
 * than cities ("Munich" → "Germany"), and places outside Europe by their
 * continent ("Tokyo" → "Japan Asia").
 */
export function searchWords(place: Place): string {
  table ??= build();
  const country = place.id.startsWith("@") ? null : (place.id.split("/")[0] ?? null);
  const continent = place.within.find((id) => id.startsWith("@") && id !== "@EU" && id !== "@EUROPE");
  return [country && country !== place.id ? countryName(country) : "", continent ? (REGIONS[continent]?.[0] ?? "") : ""].filter(Boolean).join(" ");
}

function countryName(code: string): string {
  return SEARCH_NAME[code] ?? COUNTRY_LINES.split("\n").find((l) => l.startsWith(`${code}|`))?.split("|")[2] ?? "";
}

const SEARCH_NAME: Record<string, string> = { GB: "UK", US: "US" };

/** Which way a text goes with a place: "from the US" (sent from there), "to the US" (sent there), or neither. */
export type Direction = "from" | "to";

/** The direction of each place mention, by its place id, from the word before it ("from", "to", "into"). */
export function directionsOf(words: Word[], mentions: PlaceMention[]): Map<string, Direction> {
  const out = new Map<string, Direction>();
  for (const m of mentions) {
    const before = words[m.start - 1]?.norm === "the" ? words[m.start - 2]?.norm : words[m.start - 1]?.norm;
    const direction = before === "from" ? "from" : before === "to" || before === "into" ? "to" : null;
    if (direction) out.set(m.place.id, direction);
  }
  return out;
}
