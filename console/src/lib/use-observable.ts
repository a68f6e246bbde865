import { useEffect, useReducer } from "preact/hooks";
import type { Observable } from "./observable.ts";

/** Re-renders the component whenever any of the given stores changes. */
export function useObservable(...stores: (Observable | null | undefined)[]): void {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const stops = stores.map((store) => store?.subscribe(() => bump(undefined)));
    return () => stops.forEach((stop) => stop?.());
    // The stores themselves are the dependencies.
  }, stores);
}
