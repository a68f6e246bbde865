/**
 * `npm run email:outbox`: the emails `wrangler dev` sent, newest first, with
 * their text. The local Email Service simulation writes each message's parts
 * to .wrangler/tmp/email/<session>/email-text/<id>.txt and email-html/<id>.html
 * (a raw MIME message to email/<id>.eml), and deletes the session's folder
 * when wrangler stops: this shows the running server's mail. When the dev
 * server answers, subject, recipients and Reply-To come from its Local
 * Explorer too (the files carry only the bodies).
 *   npm run email:outbox                          the 5 newest
 *   npm run email:outbox -- --limit 20 --url http://127.0.0.1:8787 --dir <folder>
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import PostalMime from "postal-mime";
import { z } from "zod";
import { ROOT } from "./wrangler.ts";

const { values } = parseArgs({
  options: {
    limit: { type: "string", default: "5" },
    dir: { type: "string", default: path.join(ROOT, ".wrangler/tmp/email") },
    url: { type: "string", default: `http://127.0.0.1:${process.env.PORT ?? 8787}` },
  },
});
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit must be a positive whole number, not "${values.limit}"`);

interface Stored {
  id: string;
  sentAt: number;
  text?: string;
  html?: string;
  eml?: string;
}

const PARTS: Record<string, keyof Pick<Stored, "text" | "html" | "eml">> = { "email-text": "text", "email-html": "html", email: "eml" };

/** Every message in every session folder, by its id (the Message-ID without brackets). */
function storedEmails(dir: string): Stored[] {
  const byId = new Map<string, Stored>();
  if (!existsSync(dir)) return [];
  for (const session of readdirSync(dir)) {
    for (const [folder, part] of Object.entries(PARTS)) {
      const partDir = path.join(dir, session, folder);
      if (!existsSync(partDir)) continue;
      for (const file of readdirSync(partDir)) {
        const filePath = path.join(partDir, file);
        const id = file.replace(/\.[^.]+$/, "");
        const entry = byId.get(id) ?? { id, sentAt: statSync(filePath).mtimeMs };
        entry[part] = filePath;
        entry.sentAt = Math.min(entry.sentAt, statSync(filePath).mtimeMs);
        byId.set(id, entry);
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.sentAt - a.sentAt);
}

// What the Local Explorer lists for sent mail (GET /cdn-cgi/explorer/api/local/email/sending).
const ExplorerList = z.object({
  result: z.array(
    z.object({
      messageId: z.string(),
      subject: z.string().optional(),
      from: z.string().optional(),
      to: z.array(z.string()).optional(),
      replyTo: z.string().optional(),
      headers: z.record(z.string(), z.string()).optional(),
    }),
  ),
});
type Envelope = z.infer<typeof ExplorerList>["result"][number];

/** Subject and addresses by id, or an empty map when no dev server answers (the files still show the text). */
async function envelopes(url: string): Promise<Map<string, Envelope>> {
  try {
    const response = await fetch(`${url}/cdn-cgi/explorer/api/local/email/sending?per_page=100`, { signal: AbortSignal.timeout(1500) });
    const list = ExplorerList.safeParse(await response.json());
    if (!list.success) return new Map();
    return new Map(list.data.result.map((e) => [e.messageId.replace(/^<|>$/g, ""), e]));
  } catch {
    return new Map();
  }
}

async function textOf(stored: Stored): Promise<string> {
  if (stored.text) return readFileSync(stored.text, "utf8");
  if (stored.eml) return (await PostalMime.parse(readFileSync(stored.eml))).text ?? "(no text part)";
  return "(no text part: see the HTML file)";
}

const emails = storedEmails(values.dir).slice(0, limit);
if (emails.length === 0) {
  console.log(`No emails in ${values.dir}.\n\`wrangler dev\` (npm run dev) writes each one there while it runs, and removes them when it stops.`);
  process.exit(0);
}
const known = await envelopes(values.url);
for (const stored of emails) {
  const envelope = known.get(stored.id);
  const rows: [string, string | undefined][] = [
    ["sent", new Date(stored.sentAt).toISOString()],
    ["id", `<${stored.id}>`],
    ["from", envelope?.from],
    ["to", envelope?.to?.join(", ")],
    ["reply-to", envelope?.replyTo],
    ...Object.entries(envelope?.headers ?? {}).map(([name, value]): [string, string] => [name.toLowerCase(), value]),
    ["html", stored.html],
  ];
  console.log(`\n── ${envelope?.subject ?? "(subject: start the dev server to see it)"}`);
  for (const [name, value] of rows) if (value) console.log(`   ${name.padEnd(12)}${value}`);
  const text = (await textOf(stored)).trimEnd().split("\n");
  console.log(`\n${text.map((line) => (line ? `   ${line}` : line)).join("\n")}`);
}
console.log(`\n${emails.length} newest of the mail in ${values.dir}`);
