import type { Globals } from "./contract.ts";

/**
 * Loads one of the widget's own files as a classic script (no CORS needed
 * from any page) and takes what it left on `window` right after it ran:
 * the app's mount function, a language's words, the email form.
 */
export function loadGlobal<K extends keyof Globals>(src: string, name: K): Promise<Globals[K]> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.async = true;
    const fail = () => {
      script.remove();
      reject(new Error(`Baton: ${src} did not load`));
    };
    script.onload = () => {
      const value = window[name];
      delete window[name];
      if (value) resolve(value as Globals[K]);
      else fail();
    };
    script.onerror = fail;
    document.head.append(script);
  });
}
