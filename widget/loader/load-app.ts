import { APP_GLOBAL, type MountApp } from "../shared/contract.ts";

/**
 * Loads widget-app.js as a classic script (no CORS needed from any page);
 * the bundle leaves its mount function on `window`, taken right after it ran.
 */
export function loadApp(src: string): Promise<MountApp> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.async = true;
    const fail = () => {
      script.remove();
      reject(new Error(`Baton: ${src} did not load`));
    };
    script.onload = () => {
      const mount = window[APP_GLOBAL];
      delete window[APP_GLOBAL];
      if (mount) resolve(mount);
      else fail();
    };
    script.onerror = fail;
    document.head.append(script);
  });
}
