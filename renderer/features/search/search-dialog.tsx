import { SearchOutlined } from '@ant-design/icons';
import { Alert, Empty, Input, Modal, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchFilters as Filters } from '../../../shared/api/search';
import type { Agent } from '../../../shared/api/session';
import { focusWhenShown, showTypedAhead, takeTypeAhead } from '../../forms/type-ahead';
import { useLanguageStore } from '../../i18n/language-store';
import { SearchFilters } from './search-filters';
import { SearchResultRow } from './search-result-row';
import { useSearchStore } from './search-store';
import { useSearch } from './use-search';
import type { InputRef } from 'antd';

/**
 * The search dialog: results as the agent types, ↑/↓ to move, Enter opens the highlighted complaint,
 * Esc returns to where they were. Focus stays in the box; Tab reaches the filters.
 */
export function SearchDialog({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useLanguageStore((s) => s.language);
  const { open, text, selectOnOpen, setText, close } = useSearchStore();
  const [filters, setFilters] = useState<Filters>({});
  const [active, setActive] = useState(0);
  const input = useRef<InputRef>(null);
  const search = useSearch(text, filters, open);
  const result = search.data;
  const items = result?.items ?? [];

  // A refresh that answers with the same complaints (the agent typed on) keeps the highlighted row.
  const answeredIds = items.map((hit) => hit.id).join(',');
  useEffect(() => {
    setActive(0);
  }, [answeredIds]);
  useEffect(() => (open ? focusWhenShown(() => input.current?.input, () => input.current?.focus({ cursor: selectOnOpen ? 'all' : 'end' })) : undefined), [open, selectOnOpen]);
  /**
   * What was typed between Ctrl+K and the box taking the focus: it replaces the last search (as typing over it would),
   * or is typed on. An Enter typed then opens nothing: the results of that search are not known yet.
   */
  const takeTyped = (event: React.FocusEvent<HTMLInputElement>) => {
    const { text: typed } = takeTypeAhead();
    if (typed) showTypedAhead(event.currentTarget, selectOnOpen ? typed : useSearchStore.getState().text + typed, setText);
  };

  const openHit = (index: number) => {
    const hit = items[index];
    if (!hit) return;
    close();
    navigate(`/complaints/${hit.id}`);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openHit(active);
    }
  };
  useEffect(() => {
    document.getElementById(`search-hit-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const count = result ? `${result.total.toLocaleString(language)}${result.capped ? '+' : ''}` : '';
  return (
    <Modal
      open={open}
      onCancel={close}
      footer={null}
      closable={false}
      width={900}
      style={{ top: 48 }}
      destroyOnHidden={false}
      title={null}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 10 } }}
      aria-label={t('search.title')}
    >
      <Input
        ref={input}
        size="large"
        data-testid="search-input"
        aria-label={t('search.box.label')}
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls="search-results"
        aria-activedescendant={items.length > 0 ? `search-hit-${active}` : undefined}
        prefix={<SearchOutlined />}
        suffix={search.pending ? <Spin size="small" /> : null}
        placeholder={t('search.box.placeholder')}
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={takeTyped}
      />
      <SearchFilters agent={agent} value={filters} onChange={setFilters} />
      <Status text={text} hasFilters={Object.keys(filters).length > 0} count={count} result={result} error={search.error ? (search.error.body.issues?.[0]?.messageKey ?? search.error.body.messageKey) : undefined} />
      <div id="search-results" role="listbox" aria-busy={search.pending} aria-label={t('search.title')} style={{ maxHeight: 440, overflowY: 'auto' }}>
        {items.map((hit, i) => (
          <SearchResultRow key={hit.id} id={`search-hit-${i}`} hit={hit} active={i === active} onOpen={() => openHit(i)} />
        ))}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('search.keys')}
      </Typography.Text>
    </Modal>
  );
}

function Status(props: { text: string; hasFilters: boolean; count: string; result: ReturnType<typeof useSearch>['data']; error?: string }) {
  const { t } = useTranslation();
  const { result } = props;
  if (props.error) return <Alert type="error" showIcon title={t(props.error)} data-testid="search-error" />;
  if (!result || result.outcome === 'empty') return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty.start')} />;
  if (result.outcome === 'tooShort') return <Alert type="info" showIcon title={t('search.empty.tooShort')} data-testid="search-too-short" />;
  const unindexed = result.unindexed ? (
    <Typography.Text type="secondary" data-testid="search-unindexed">
      {t('search.indexing.unindexed', { count: result.unindexed })}
    </Typography.Text>
  ) : null;
  if (result.items.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        data-testid="search-no-results"
        description={
          <>
            {t(props.hasFilters ? 'search.empty.noneWithFilters' : 'search.empty.none', { text: props.text.trim() })}
            {unindexed && <div>{unindexed}</div>}
          </>
        }
      />
    );
  }
  return (
    <Space>
      <Typography.Text data-testid="search-total">{t('search.total', { count: props.count })}</Typography.Text>
      {result.items.length < result.total && <Typography.Text type="secondary">{t('search.showingFirst', { shown: result.items.length })}</Typography.Text>}
      {unindexed}
    </Space>
  );
}
