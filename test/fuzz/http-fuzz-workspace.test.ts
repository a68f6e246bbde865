import { describe } from "vitest";
import { workspaceBodyRouteIds } from "./body-routes.ts";
import { fuzzEachRoute } from "./route-fuzz-suite.ts";

// The other body routes are in http-fuzz-other.test.ts: two files, so the pool can run them side by side.
describe("generated bad bodies on every workspace route that reads one (fast-check)", () => {
  fuzzEachRoute(workspaceBodyRouteIds());
});
