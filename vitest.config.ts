import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { buildSync } from "esbuild";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// The fakes (Workers AI, the outside web, Email Service) run as workers of their own; miniflare needs them as JavaScript.
function buildFake(name: string): string {
  const outfile = path.join(root, `node_modules/.cache/baton/${name}.mjs`);
  mkdirSync(path.dirname(outfile), { recursive: true });
  buildSync({
    entryPoints: [path.join(root, `test/fakes/${name}.ts`)],
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    external: ["cloudflare:workers"],
    logLevel: "error",
  });
  return outfile;
}
const fakeAiPath = buildFake("fake-ai");
const fakeWebPath = buildFake("fake-web");
const fakeEmailPath = buildFake("fake-email");

// The demo knowledge base, for tests that measure retrieval on realistic content.
const demoKbDir = path.join(root, "worker/demo/kb");
const demoKb = readdirSync(demoKbDir)
  .filter((name) => name.endsWith(".md"))
  .map((name) => ({ slug: name.replace(/\.md$/, ""), text: readFileSync(path.join(demoKbDir, name), "utf8") }));

const migrations = await readD1Migrations(path.join(root, "migrations"));

/** The workers pool as the product's tests see it; `vars` adds or overrides env vars (the meter's project sets METER). */
function workers(vars: Record<string, string> = {}) {
  return cloudflareTest({
    wrangler: { configPath: "./wrangler.toml" },
    remoteBindings: false,
    miniflare: {
      bindings: {
        TEST_MIGRATIONS: migrations,
        AUTH_SECRET: "test-secret-that-is-long-enough-0123456789",
        AI_TIMEOUT_MS: "400",
        // Batches reach D1 quickly in tests; production waits up to 15 s to batch.
        TRANSCRIPT_SYNC_WINDOW_MS: "50",
        DEMO_KB: demoKb,
        // Email on, as a deployment with Email Service and Email Routing has it (test/email/).
        EMAIL_FROM: "support@mail.shop.test",
        EMAIL_REPLY_DOMAIN: "reply.shop.test",
        ...vars,
      },
      // An empty database for the migration test (old migrations, data, then the new ones).
      d1Databases: ["MIGRATION_DB"],
      // Workers AI is remote-only: move the real binding aside and bind AI to the fake.
      ai: { binding: "AI_REMOTE_UNUSED" },
      // The local Email Service simulation accepts any call and keeps nothing a test can read: it stays bound as
      // EMAIL_SIMULATION (one test sends through it), and EMAIL is a fake that checks each call's documented shape.
      email: { send_email: [{ name: "EMAIL_SIMULATION" }] },
      serviceBindings: {
        AI: { name: "fake-ai", entrypoint: "FakeAi" },
        FAKE_AI: "fake-ai",
        EMAIL: { name: "fake-email", entrypoint: "FakeEmail" },
        FAKE_EMAIL: "fake-email",
      },
      // Every fetch() the worker makes to the internet lands on the fake web.
      outboundService: "fake-web",
      workers: [
        { name: "fake-ai", modules: true, scriptPath: fakeAiPath, compatibilityDate: "2026-10-20", compatibilityFlags: ["enable_abortsignal_rpc"] },
        { name: "fake-web", modules: true, scriptPath: fakeWebPath, compatibilityDate: "2026-10-20", compatibilityFlags: ["enable_abortsignal_rpc"] },
        { name: "fake-email", modules: true, scriptPath: fakeEmailPath, compatibilityDate: "2026-10-20", compatibilityFlags: ["enable_abortsignal_rpc"] },
      ],
    },
  });
}

const common = { setupFiles: ["./test/setup.ts"], testTimeout: 15_000 };

// Two projects: the tests with the deployment's defaults, and test/meter/ with METER=on (a binding is fixed per pool).
export default defineConfig({
  test: {
    projects: [
      { plugins: [workers()], test: { ...common, name: "workers", include: ["test/**/*.test.ts"], exclude: ["test/browser/**", "test/meter/**"] } },
      { plugins: [workers({ METER: "on" })], test: { ...common, name: "meter", include: ["test/meter/**/*.test.ts"] } },
    ],
  },
});
