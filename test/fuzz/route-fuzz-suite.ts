import { beforeAll, expect, it } from "vitest";
import { workspaceFixture, type WorkspaceFixture } from "../helpers/workspace-fixture.ts";
import { bodyRoute } from "./body-routes.ts";
import { BODIES, fuzzRoute } from "./fuzz-route.ts";

/** Inside a describe: one test per route id, each fuzzing it with BODIES bad bodies in a workspace of its own file. */
export function fuzzEachRoute(ids: string[]): void {
  let fixture: WorkspaceFixture;
  beforeAll(async () => {
    fixture = await workspaceFixture("Fuzzed");
  });

  it.each(ids)("%s refuses each with a typed 4xx", { timeout: 60_000 }, async (id) => {
    const result = await fuzzRoute(bodyRoute(id, fixture), BODIES);
    expect(result.sent).toBeGreaterThanOrEqual(BODIES);
    console.info(`fuzz: ${result.sent} bad bodies to ${id}, each refused with a typed 4xx, in ${result.ms} ms`);
  });
}
