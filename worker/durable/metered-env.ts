/**
 * The env a metered worker or Durable Object works with (durable/meter.ts):
 * the same bindings, with D1 statements and rows, Workers AI calls and RPC
 * calls to other objects counted. With the meter off the env is returned
 * untouched, so nothing is wrapped.
 */
import type { Env } from "../env.ts";
import { meter, meterOn } from "./meter.ts";
import { meteredD1 } from "./metered-d1.ts";

export function meteredEnv<E extends Env>(env: E, owner: string): E {
  if (!meterOn(env)) return env;
  return {
    ...env,
    DB: meteredD1(env, env.DB, owner),
    AI: meteredAi(env, env.AI, owner),
    CONVERSATION: meteredNamespace(env, env.CONVERSATION, "ConversationDO"),
    QUEUE: meteredNamespace(env, env.QUEUE, "QueueDO"),
    ROSTER: meteredNamespace(env, env.ROSTER, "RosterDO"),
  };
}

/**
 * Methods called on the target itself (bindings check their receiver), by
 * Reflect.apply: on an RPC stub, `.bind` or `.apply` would be remote calls.
 */
export function bound<T extends object>(target: T, prop: string | symbol): unknown {
  const value: unknown = Reflect.get(target, prop, target);
  if (typeof value !== "function") return value;
  return (...args: unknown[]) => Reflect.apply(value, target, args);
}

function meteredAi(env: Env, ai: Ai, owner: string): Ai {
  return new Proxy(ai, {
    get(target, prop) {
      const value = bound(target, prop);
      if (prop !== "run" || typeof value !== "function") return value;
      return (...args: unknown[]) => {
        meter(env, owner, "ai_calls");
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
}

/** RPC calls to objects of `callee` (fetch is counted by the object itself). */
function meteredNamespace<T extends Rpc.DurableObjectBranded | undefined>(env: Env, namespace: DurableObjectNamespace<T>, callee: string): DurableObjectNamespace<T> {
  const stub = (real: DurableObjectStub<T>): DurableObjectStub<T> =>
    new Proxy(real, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== "function" || prop === "then" || typeof prop === "symbol") return value;
        if (prop === "fetch") return bound(target, prop);
        return (...args: unknown[]) => {
          meter(env, callee, "rpc");
          return Reflect.apply(value, target, args);
        };
      },
    });
  return new Proxy(namespace, {
    get(target, prop) {
      if (prop === "get" || prop === "getByName") {
        const method = bound(target, prop) as (...a: unknown[]) => DurableObjectStub<T>;
        return (...args: unknown[]) => stub(method(...args));
      }
      return bound(target, prop);
    },
  });
}
