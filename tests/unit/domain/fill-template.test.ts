import { describe, expect, it } from 'vitest';
import { fillTemplate, formatLetterDate, missingMarker, PLACEHOLDERS, placeholderValuesOf } from '../../../shared/domain/templates/fill-template';
import { DEFAULT_REPLY_TEMPLATES, ReplyTemplatesSchema } from '../../../shared/domain/templates/reply-templates';

const complaint = {
  number: 'TS-20261125-3F9A2C01',
  receivedAt: '2026-11-25T02:00:00.000Z',
  intake: { customerName: '张伟', policyNumber: 'P-2026-0001' },
  assignee: { id: 'A1001', name: '王芳' },
} as Parameters<typeof placeholderValuesOf>[0];
const deadline = { dueAt: '2026-12-10T02:00:00.000Z', allowedDays: 15 };
const now = new Date('2026-11-30T08:00:00.000Z');

describe('fillTemplate', () => {
  it('fills every placeholder from the complaint, in Chinese', () => {
    const values = placeholderValuesOf(complaint, deadline, now, 'zh-CN');
    const body = PLACEHOLDERS.map((p) => `${p}={{${p}}}`).join('|');
    expect(fillTemplate(body, values, 'zh-CN')).toEqual({
      text: 'customerName=张伟|complaintNumber=TS-20261125-3F9A2C01|receivedDate=2026年11月25日|dueDate=2026年12月10日|today=2026年11月30日|allowedDays=15|agentName=王芳|policyNumber=P-2026-0001',
      missing: [],
      unknown: [],
    });
  });

  it('fills dates the English way', () => {
    const values = placeholderValuesOf(complaint, deadline, now, 'en');
    expect(fillTemplate('Received {{ receivedDate }}, due {{dueDate}}.', values, 'en').text).toBe('Received 25 November 2026, due 10 December 2026.');
  });

  it('counts dates in the organisation time zone: 23:30 UTC is the next day in Shanghai', () => {
    expect(formatLetterDate('2026-11-24T23:30:00.000Z', 'zh-CN')).toBe('2026年11月25日');
    expect(formatLetterDate('2026-11-24T23:30:00.000Z', 'en', 'UTC')).toBe('24 November 2026');
  });

  it('marks missing and blank values in the reader’s language and lists them', () => {
    const values = { ...placeholderValuesOf({ ...complaint, assignee: null }, null, now, 'zh-CN'), customerName: '  ' };
    const zh = fillTemplate('{{customerName}}，期限{{dueDate}}，经办{{agentName}}', values, 'zh-CN');
    expect(zh.text).toBe('【待补：客户姓名】，期限【待补：答复期限】，经办【待补：经办人】');
    expect(zh.missing).toEqual(['customerName', 'dueDate', 'agentName']);
    const en = fillTemplate('Dear {{customerName}}, due {{dueDate}}', {}, 'en');
    expect(en.text).toBe('Dear [missing: customer name], due [missing: answer due by]');
    for (const p of PLACEHOLDERS) {
      expect(missingMarker(p, 'zh-CN')).toMatch(/^【待补：.+】$/);
      expect(missingMarker(p, 'en')).toMatch(/^\[missing: .+\]$/);
    }
  });

  it('leaves an unknown {{name}} as written and reports it', () => {
    expect(fillTemplate('Hi {{custmerName}} {{complaintNumber}}', { complaintNumber: 'TS-1' }, 'en')).toEqual({ text: 'Hi {{custmerName}} TS-1', missing: [], unknown: ['custmerName'] });
  });

  it('ships valid defaults in both languages, each of them filling without gaps', () => {
    expect(ReplyTemplatesSchema.safeParse(DEFAULT_REPLY_TEMPLATES).success).toBe(true);
    expect(new Set(DEFAULT_REPLY_TEMPLATES.map((t) => t.language))).toEqual(new Set(['zh-CN', 'en']));
    for (const template of DEFAULT_REPLY_TEMPLATES) {
      const filled = fillTemplate(template.body, placeholderValuesOf(complaint, deadline, now, template.language), template.language);
      expect(filled.missing, template.id).toEqual([]);
      expect(filled.unknown, template.id).toEqual([]);
    }
  });
});
