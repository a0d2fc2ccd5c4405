/**
 * `npm run -s assist -- classify [--data <desk data folder>] [--model <model.json>]`: reads JSON lines
 * `{"text": …}` on standard input and prints one JSON line `{"type", "subtype", "confidence"}` per line —
 * with the desk's own model (the one its company server last sent, kept in `<data>/settings.json`), or the
 * starting model when the desk has none. No server, no network. A line that is not `{"text": string}` prints
 * `{"error": …}` for that line and the rest go on; the exit code is then 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ClassifierModelSchema, type ClassifierModel } from '../shared/domain/assist/classifier-model';
import { classify, startingModel } from './classifier';
import { ASSIST_MODEL_SETTING } from './model-setting';

const ClassifyLineSchema = z.object({ text: z.string().max(20_000) }).strict();

function modelFrom(options: { data?: string; model?: string }): ClassifierModel {
  if (options.model) return ClassifierModelSchema.parse(JSON.parse(readFileSync(options.model, 'utf8')));
  const dataDir = resolve(options.data ?? process.env.COMPLAINT_DESK_DATA ?? join(homedir(), '.complaint-desk'));
  const settingsFile = join(dataDir, 'settings.json');
  if (existsSync(settingsFile)) {
    const stored = ClassifierModelSchema.safeParse((JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>)[ASSIST_MODEL_SETTING]);
    if (stored.success) return stored.data;
  }
  return startingModel();
}

async function classifyLines(model: ClassifierModel): Promise<number> {
  let failed = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    let parsed: z.ZodSafeParseResult<{ text: string }>;
    try {
      parsed = ClassifyLineSchema.safeParse(JSON.parse(line));
    } catch {
      parsed = { success: false } as z.ZodSafeParseResult<{ text: string }>;
    }
    if (!parsed.success) {
      failed++;
      process.stdout.write(`${JSON.stringify({ error: 'expected a JSON object {"text": "…"} with no other field' })}\n`);
      continue;
    }
    const [top] = classify(model, parsed.data.text, 1);
    const answer = top
      ? { type: top.type, subtype: top.subtype, confidence: Math.round(top.confidence * 1000) / 1000 }
      : { type: null, subtype: null, confidence: 0 };
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { data: { type: 'string' }, model: { type: 'string' } },
});
if (positionals[0] !== 'classify') {
  process.stderr.write('usage: npm run -s assist -- classify [--data <desk data folder>] [--model <model.json>] < lines.jsonl\n');
  process.exit(2);
}
process.exitCode = await classifyLines(modelFrom(values));
