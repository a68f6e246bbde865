/**
 * Placeholders in canned responses. The server refuses a response naming an
 * unknown one (a typo would otherwise reach a visitor as "{vistor.name}");
 * the console fills them in when the agent inserts the response.
 */
export const PLACEHOLDERS = ["visitor.name", "agent.name", "site.name"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const TOKEN = /\{([a-zA-Z_.]+)\}/g;

/** Placeholders the text names that do not exist, each once, in order. */
export function unknownPlaceholders(text: string): string[] {
  const names = [...text.matchAll(TOKEN)].map((m) => m[1] ?? "");
  return [...new Set(names.filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name)))];
}

/**
 * The text with each placeholder replaced by its value. A value nobody knows
 * (a visitor who never gave a name) is left out together with the space
 * before it, so "Hi {visitor.name}, …" reads "Hi, …" rather than "Hi , …".
 */
export function fillPlaceholders(text: string, values: Partial<Record<Placeholder, string | null>>): string {
  return text.replace(/( ?)\{([a-zA-Z_.]+)\}/g, (whole, space: string, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) return whole;
    const value = values[name as Placeholder]?.trim();
    return value ? `${space}${value}` : "";
  });
}
