import fc from "fast-check";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Kind = "null" | "boolean" | "number" | "string" | "array" | "object";

function kindOf(value: Json): Kind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as "boolean" | "number" | "string" | "object";
}

/** Every path into a JSON value (object keys and array indices), with the value found there. */
function paths(value: Json, at: (string | number)[] = []): { path: (string | number)[]; value: Json }[] {
  const inner = Array.isArray(value)
    ? value.flatMap((v, i) => paths(v, [...at, i]))
    : value !== null && typeof value === "object"
      ? Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))
      : [];
  return at.length > 0 ? [{ path: at, value }, ...inner] : inner;
}

function replaced(value: Json, path: (string | number)[], by: Json): Json {
  const [head, ...rest] = path;
  if (head === undefined) return by;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaced(v, rest, by) : v));
  if (value !== null && typeof value === "object") return { ...value, [head]: replaced(value[String(head)] ?? null, rest, by) };
  return value;
}

/**
 * A value of another kind than `kind`, never null: a field may be nullable,
 * but no field of this API takes two kinds, so a string where a number goes
 * (or an object where a string goes) is wrong for every schema here.
 */
function otherKind(kind: Kind): fc.Arbitrary<Json> {
  return fc.jsonValue({ maxDepth: 2 }).filter((v): v is Json => v !== null && kindOf(v as Json) !== kind) as fc.Arbitrary<Json>;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Past the smallest body limit (16 KB, worker/http/body-limits.ts): a 413 there, and not JSON anyway where the limit is larger. */
const PAST_THE_LIMIT = 16 * 1024 + 1;

/**
 * Bodies the route must refuse with a typed 4xx, derived from one it
 * accepts: text that is not JSON (some of it past the body limit), JSON that
 * is not an object, and the accepted body with one field, at any depth, of
 * the wrong kind. None is valid by luck, so any 2xx is a failure.
 */
export function badBodies(valid: Json): fc.Arbitrary<string> {
  const fields = paths(valid);
  const notJson = fc.string({ unit: "binary", maxLength: 200 }).filter((t) => !isJson(t));
  const notObject = fc
    .jsonValue({ maxDepth: 3 })
    .filter((v) => kindOf(v as Json) !== "object")
    .map((v) => JSON.stringify(v));
  const tooLarge = fc.nat({ max: 4096 }).map((n) => "{".repeat(PAST_THE_LIMIT + n));
  // About 1 in 100 past the limit: enough to hold the 413, without sending megabytes for it.
  if (fields.length === 0) return fc.oneof({ weight: 50, arbitrary: notJson }, { weight: 50, arbitrary: notObject }, { weight: 1, arbitrary: tooLarge });
  const wrongField = fc
    .constantFrom(...fields)
    .chain(({ path, value }) => otherKind(kindOf(value)).map((by) => JSON.stringify(replaced(valid, path, by))));
  return fc.oneof(
    { weight: 20, arbitrary: notJson },
    { weight: 20, arbitrary: notObject },
    { weight: 60, arbitrary: wrongField },
    { weight: 1, arbitrary: tooLarge },
  );
}
