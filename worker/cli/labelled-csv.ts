import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { kindOf, type IntentKind } from "./intent-kinds.ts";

/** One labelled visitor message: the Bitext columns, plus `lang` in our own files. */
export interface LabelledRow {
  instruction: string;
  intent: string;
  kind: IntentKind;
  /** ISO 639-1 code when the file says; Bitext's sample is English. */
  lang: string;
}

const Record = z.object({
  instruction: z.string(),
  intent: z.string().trim().min(1, "empty intent"),
  lang: z.string().trim().toLowerCase().optional(),
});

/** Reads a CSV with a header row naming at least `instruction` and `intent` (any order, more columns allowed). */
export function readLabelledCsv(file: string, defaultLang = "en"): LabelledRow[] {
  const records: unknown[] = parse(readFileSync(file, "utf8"), {
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
    bom: true,
    skip_empty_lines: true,
    trim: false,
  });
  return records.map((record, i) => {
    const where = `${file}:${i + 2}`;
    const parsed = Record.safeParse(record);
    if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}`);
    const { instruction, intent, lang } = parsed.data;
    return { instruction, intent, kind: kindOf(intent, where), lang: lang || defaultLang };
  });
}
