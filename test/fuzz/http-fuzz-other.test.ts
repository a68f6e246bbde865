import { describe, expect, it } from "vitest";
import { otherBodyRouteIds, unclassifiedRoutes } from "./body-routes.ts";
import { fuzzEachRoute } from "./route-fuzz-suite.ts";

describe("generated bad bodies on the widget's, login's and accounts' routes (fast-check)", () => {
  it("knows every route that changes something: a new one must be listed in test/fuzz/body-routes.ts", () => {
    expect(unclassifiedRoutes()).toEqual([]);
  });

  fuzzEachRoute(otherBodyRouteIds());
});
