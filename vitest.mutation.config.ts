import { defineConfig } from "vitest/config";

// Mutation testing (npm run test:mutation, stryker.config.json) runs the pure unit tests of the trigger engine and the
// conversation state machine in plain node: same tests, no workerd start per mutant, so a full run stays bounded.
// Only files with no cloudflare:* import (direct or through helpers) can be listed here; the normal `npm test` still
// runs them inside workerd with the rest.
export default defineConfig({
  test: {
    include: [
      "test/state-machine.test.ts",
      "test/triggers/answer-wording.test.ts",
      "test/triggers/circles.test.ts",
      "test/triggers/classifier.test.ts",
      "test/triggers/critical-topic.test.ts",
      "test/triggers/engine.test.ts",
      "test/triggers/explicit-request.test.ts",
      "test/triggers/forced-topic.test.ts",
      "test/triggers/frustration.test.ts",
      "test/triggers/language.test.ts",
      "test/triggers/phrase-pattern.test.ts",
      "test/triggers/policy.test.ts",
    ],
    environment: "node",
    isolate: false,
    testTimeout: 15_000,
  },
});
