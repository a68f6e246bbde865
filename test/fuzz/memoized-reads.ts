/**
 * env.DB for a fuzz run: a SELECT repeated with the same SQL and arguments
 * is answered from memory after its first, real, answer; anything else goes
 * to D1 and forgets what was remembered. A route fuzzed with 10,000 bad
 * bodies reads the same session and membership 10,000 times before its
 * validator refuses the body, and in local D1 that read, not the route,
 * is what takes the time (about 5 ms a request against 0.2 ms without it).
 * The routes' own code (middleware, validators, error handler) still runs
 * for every body. Reads that bind the time (a session's expiry) repeat only
 * while the clock stands still, so the fuzz holds Date.now (fuzz-route.ts).
 */
export function memoizedReads(db: D1Database): D1Database {
  const answers = new Map<string, Promise<unknown>>();
  const origins = new WeakMap<object, { real: D1PreparedStatement; key: string; read: boolean }>();

  const remember = (key: string, ask: () => Promise<unknown>): Promise<unknown> => {
    let answer = answers.get(key);
    if (!answer) {
      answer = ask();
      answers.set(key, answer);
    }
    return answer;
  };

  const statement = (real: D1PreparedStatement, sql: string, args: unknown[]): D1PreparedStatement => {
    const key = `${sql}\u0000${JSON.stringify(args)}`;
    const read = /^\s*select\b/i.test(sql);
    const proxy = new Proxy(real, {
      get(target, prop) {
        if (prop === "bind") return (...next: unknown[]) => statement(target.bind(...next), sql, next);
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== "function") return value;
        const call = (...a: unknown[]): Promise<unknown> => value.apply(target, a) as Promise<unknown>;
        if (!read) {
          return (...a: unknown[]) => {
            answers.clear();
            return call(...a);
          };
        }
        return (...a: unknown[]) => remember(`${String(prop)}\u0000${key}\u0000${JSON.stringify(a)}`, () => call(...a));
      },
    });
    origins.set(proxy, { real, key, read });
    return proxy;
  };

  return new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare") return (sql: string) => statement(target.prepare(sql), sql, []);
      if (prop === "batch") {
        return (statements: D1PreparedStatement[]) => {
          const known = statements.map((s) => origins.get(s) ?? { real: s, key: "?", read: false });
          const reals = known.map((k) => k.real);
          if (!known.every((k) => k.read)) {
            answers.clear();
            return target.batch(reals);
          }
          return remember(`batch\u0000${known.map((k) => k.key).join("\u0001")}`, () => target.batch(reals));
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
