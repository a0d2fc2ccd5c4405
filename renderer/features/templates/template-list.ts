import type { ReplyTemplate, TemplateLanguage } from '../../../shared/domain/templates/reply-templates';

/** The templates in the desk's language only (a zh-CN desk is not offered the English ones); a search narrows by title or text. */
export function templatesFor(templates: readonly ReplyTemplate[], language: TemplateLanguage, query: string): ReplyTemplate[] {
  const q = query.trim().toLowerCase();
  return templates.filter((t) => t.language === language && (!q || `${t.title} ${t.body}`.toLowerCase().includes(q)));
}
