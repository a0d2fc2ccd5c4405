import { describe, expect, it } from 'vitest';
import { DEFAULT_REPLY_TEMPLATES } from '../../../shared/domain/templates/reply-templates';
import { templatesFor } from '../../../renderer/features/templates/template-list';

describe('the template picker list (issue 22, item 14)', () => {
  it('offers a zh-CN desk only the Chinese templates, and an English desk only the English ones', () => {
    const zh = templatesFor(DEFAULT_REPLY_TEMPLATES, 'zh-CN', '');
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.every((t) => t.language === 'zh-CN')).toBe(true);
    const en = templatesFor(DEFAULT_REPLY_TEMPLATES, 'en', '');
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((t) => t.language === 'en')).toBe(true);
  });

  it('narrows by title or text within the language', () => {
    expect(templatesFor(DEFAULT_REPLY_TEMPLATES, 'zh-CN', 'receipt')).toEqual([]);
    expect(templatesFor(DEFAULT_REPLY_TEMPLATES, 'en', 'Receipt').map((t) => t.id)).toEqual(['ack-en']);
    expect(templatesFor(DEFAULT_REPLY_TEMPLATES, 'zh-CN', '受理').map((t) => t.id)).toContain('ack-zh');
  });
});
