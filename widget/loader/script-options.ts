import type { VisitorProfile, WidgetOptions } from "../shared/contract.ts";

/**
 * Applies `data-*` attributes or `Baton("configure", …)` input: `title`,
 * `color`, `greeting`, `lang`, `position`. Non-string values are ignored, not fatal.
 */
export function mergeOptions(current: WidgetOptions, input: unknown): WidgetOptions {
  const next = { ...current, ...strings(input, ["title", "color", "greeting", "lang"]) };
  const { position } = strings(input, ["position"]);
  if (position) next.position = position === "left" ? "left" : "right";
  return next;
}

/** `Baton("identify", {name, email, tier})`. */
export function readVisitor(input: unknown): VisitorProfile {
  return strings(input, ["name", "email", "tier"]);
}

function strings<K extends string>(input: unknown, keys: K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    // Object() makes null, strings and numbers harmless to index.
    const value: unknown = (Object(input) as Record<string, unknown>)[key];
    if (typeof value === "string" && value.trim()) out[key] = value.trim();
  }
  return out;
}
