/** D1 binds at most 100 parameters a statement: longer lists go in parts (still one batch). */
export const D1_MAX_PARAMETERS = 100;

/** `items` in consecutive parts of at most `size`. */
export function inParts<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
