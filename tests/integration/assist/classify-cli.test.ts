import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { trainClassifier } from '../../../shared/domain/assist/classifier-model';
import { ASSIST_MODEL_SETTING } from '../../../assist/model-setting';
import { makeTempDir } from '../../support/temp-dir';

const run = (args: string[], input: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'assist/cli.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });

describe('npm run assist -- classify', () => {
  const dirs: Array<() => void> = [];
  afterEach(() => dirs.splice(0).forEach((cleanup) => cleanup()));

  it('answers one JSON line per line read, with the starting model when the desk has none', () => {
    const { dir, cleanup } = makeTempDir();
    dirs.push(cleanup);
    const result = run(['classify', '--data', dir], ['{"text":"柜台那个人态度太差，对我大吼大叫"}', '', '{"text":"业务员当初说保本高收益，我才买的"}'].join('\n'));
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ type: 'service_quality', subtype: 'poor_attitude' });
    expect(lines[1]).toMatchObject({ type: 'contract_clause', subtype: 'misleading_sales' });
    expect(Object.keys(lines[0]!).sort()).toEqual(['confidence', 'subtype', 'type']);
  });

  it('uses the model the desk keeps in its settings', () => {
    const { dir, cleanup } = makeTempDir();
    dirs.push(cleanup);
    mkdirSync(dir, { recursive: true });
    const model = trainClassifier([{ type: 'fraud', subtype: 'fraud_other', features: ['态度'] }], { version: 4, trainedAt: '2026-12-08T00:00:00.000Z', source: 'organisation' });
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ [ASSIST_MODEL_SETTING]: model }));
    const result = run(['classify', '--data', dir], '{"text":"态度太差"}\n');
    expect(JSON.parse(result.stdout)).toEqual({ type: 'fraud', subtype: 'fraud_other', confidence: 1 });
  });

  it('answers an error line for a line that is not {"text": …}, goes on, and exits 1', () => {
    const { dir, cleanup } = makeTempDir();
    dirs.push(cleanup);
    const result = run(['classify', '--data', dir], 'not json\n{"text":1}\n{"text":"理赔太慢","x":1}\n{"text":"理赔太慢"}\n');
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.slice(0, 3).every((line) => typeof line.error === 'string')).toBe(true);
    expect(lines[3]).toMatchObject({ type: 'claims_dispute' });
    expect(result.status).toBe(1);
  });

  it('says how to use it when the command is not classify', () => {
    const result = run(['train'], '');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run -s assist -- classify/);
  });
});
