import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from '../../../core/log';
import { maskPersonalData } from '../../../shared/domain/mask-personal-data';

describe('masking personal data in logs', () => {
  it.each([
    ['caller 13800138000 rang', 'caller ***8000 rang'],
    ['from +86 138 0013 8000.', 'from ***8000.'],
    ['tel 021-1234 5678', 'tel ***5678'],
    ['ID 11010519491231002X ok', 'ID ***002X ok'],
    ['policy P2026-000123', 'policy ***0123'],
    ['policy PX7781234455!', 'policy ***4455!'],
  ])('%s → %s', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it('leaves times, ports, counts and dates readable', () => {
    const text = '[cti] listening on 127.0.0.1:5820 after 1234 ms at 2026-11-25T10:00:00.000Z (3 calls)';
    expect(maskPersonalData(text)).toBe(text);
  });
});

describe('the desk log', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never writes a full phone, ID or policy number, even inside an error it logs', () => {
    const lines: string[] = [];
    for (const level of ['info', 'warn', 'error'] as const) vi.spyOn(console, level).mockImplementation((...parts: string[]) => void lines.push(parts.join(' ')));
    const error = new Error('UNIQUE constraint failed for 13912345678 / 11010519491231002X / PX7781234455');
    log('error', '[dispatcher] complaints.create failed', error);
    log('warn', '[softphone] ignored sip:13912345678@pbx.local', { from: '+8613912345678' });
    const all = lines.join('\n');
    expect(all).toContain('[dispatcher] complaints.create failed');
    expect(all).toContain('***5678');
    for (const secret of ['13912345678', '11010519491231002X', 'PX7781234455', '8613912345678']) expect(all).not.toContain(secret);
  });
});
