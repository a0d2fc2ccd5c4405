import { Empty, Input, List, Modal, Typography, theme, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fillTemplate, placeholderValuesOf } from '../../../shared/domain/templates/fill-template';
import type { ReplyTemplate } from '../../../shared/domain/templates/reply-templates';
import { useDeskQuery } from '../../api/hooks';
import { useLanguageStore } from '../../i18n/language-store';
import { focusWhenShown, holdTypeAhead, showTypedAhead, takeTypeAhead } from '../../forms/type-ahead';
import { insertAtCursor, isTextField } from './insert-at-cursor';
import { templatesFor } from './template-list';

interface Target {
  field: HTMLTextAreaElement | HTMLInputElement;
  start: number;
  end: number;
}

/**
 * Ctrl+T (Alt+T in a browser, which keeps Ctrl+T) in a text field of the complaint: pick a reply
 * template with ↑/↓, Enter inserts it at the caret with the placeholders filled from the complaint.
 */
export function TemplatePicker({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useLanguageStore((s) => s.language);
  const [target, setTarget] = useState<Target | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const templates = useDeskQuery('templates.get', {});
  const detail = useDeskQuery('complaints.get', { id: complaintId });
  const deadline = useDeskQuery('complaints.deadline', { id: complaintId });
  const searchRef = useRef<InputRef | null>(null);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const isT = event.code === 'KeyT' || event.key.toLowerCase() === 't';
      if (!isT || !(event.ctrlKey || event.metaKey || event.altKey)) return;
      const field = document.activeElement;
      if (!isTextField(field) || !field.closest('[data-testid="complaint-main"]')) return;
      event.preventDefault();
      // What the agent types next is the search, even before the picker is on screen: never into the field.
      holdTypeAhead();
      setTarget({ field, start: field.selectionStart ?? field.value.length, end: field.selectionEnd ?? field.value.length });
      setQuery('');
      setActive(0);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const opened = target !== null;
  useEffect(() => (opened ? focusWhenShown(() => searchRef.current?.input) : undefined), [opened]);
  /**
   * The search starts with what was typed between Alt+T and the box taking the focus; an Enter typed then picks the
   * first template that search finds, as it would have had the box been open at once (none found: nothing).
   */
  const takeTyped = (event: FocusEvent<HTMLInputElement>) => {
    const { text, entered } = takeTypeAhead();
    if (!text && !entered) return;
    showTypedAhead(event.currentTarget, text, setQuery);
    setActive(0);
    if (entered) insert(templatesFor(templates.data?.templates ?? [], language, text)[0]);
  };

  const list = useMemo(() => templatesFor(templates.data?.templates ?? [], language, query), [templates.data, language, query]);
  const close = () => {
    const field = target?.field;
    setTarget(null);
    setTimeout(() => field?.focus());
  };
  /** The template as it will be inserted, for the list and for the insertion alike. */
  const filled = (template: ReplyTemplate) =>
    detail.data ? fillTemplate(template.body, placeholderValuesOf(detail.data.complaint, deadline.data ?? null, new Date(), template.language), template.language).text : template.body;
  const insert = (template: ReplyTemplate | undefined) => {
    if (!template || !target || !detail.data) return;
    const text = filled(template);
    const { field, start, end } = target;
    setTarget(null);
    setTimeout(() => insertAtCursor(field, text, { start, end }));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, list.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') insert(list[active]);
    else return;
    event.preventDefault();
  };

  return (
    <Modal open={target !== null} title={t('templates.pickTitle')} footer={null} onCancel={close} focusTriggerAfterClose={false} destroyOnHidden data-testid="template-picker">
      <Input
        ref={searchRef}
        value={query}
        onChange={(e) => (setQuery(e.target.value), setActive(0))}
        onKeyDown={onKeyDown}
        onFocus={takeTyped}
        placeholder={t('templates.search')}
        aria-label={t('templates.search')}
        data-testid="template-search"
      />
      {list.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('templates.none')} />
      ) : (
        <List
          size="small"
          style={{ maxHeight: 360, overflowY: 'auto', marginTop: 8 }}
          dataSource={list}
          renderItem={(template, index) => (
            <List.Item
              key={template.id}
              onClick={() => insert(template)}
              onMouseEnter={() => setActive(index)}
              style={{ cursor: 'pointer', background: index === active ? token.colorPrimaryBg : undefined, paddingInline: 8 }}
              data-testid="template-option"
              aria-selected={index === active}
            >
              <div>
                <Typography.Text strong>{template.title}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {filled(template)}
                  </Typography.Text>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('templates.pickHint')}
      </Typography.Text>
    </Modal>
  );
}
