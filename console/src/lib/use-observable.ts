import { useEffect, useReducer } from "preact/hooks";
import type { Observable } from "./observable.ts";

/** Re-renders the component whenever any of the given stores changes. */
export function useObservable(...stores: (Observable | null | undefined)[]): void {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const seen = stores.map((store) => store?.changes ?? 0);
  useEffect(() => {
    const stops = stores.map((store) => store?.subscribe(() => bump(undefined)));
    // Effects run after paint: a change between the render and this subscription
    // (a socket's first frames, say) would otherwise never be shown.
    if (stores.some((store, i) => (store?.changes ?? 0) !== seen[i])) bump(undefined);
    return () => stops.forEach((stop) => stop?.());
    // The stores themselves are the dependencies.
  }, stores);
}
