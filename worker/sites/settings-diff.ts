/**
 * What a site stores is only where its settings differ from the defaults, so
 * a later release that improves a default (a topic list, a threshold)
 * reaches every site that never changed it. `minimize(parse(x), parse({}))`
 * parses back to the same settings as `x`.
 */
export function minimize(value: unknown, defaults: unknown): unknown {
  if (!isPlainObject(value) || !isPlainObject(defaults)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    if (!(key in defaults)) {
      out[key] = child;
      continue;
    }
    const fallback = defaults[key];
    if (deepEqual(child, fallback)) continue;
    // Arrays replace their default whole (a topic list is one setting), objects merge field by field.
    out[key] = isPlainObject(child) ? minimize(child, fallback) : child;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => a[k] !== undefined || b[k] !== undefined));
    return [...keys].every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}
