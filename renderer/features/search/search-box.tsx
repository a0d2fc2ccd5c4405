import { SearchOutlined } from '@ant-design/icons';
import { Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchStore } from './search-store';

/**
 * The top bar's search box: typing (or Enter, or a click) opens the search dialog with what was
 * typed, where the results are; it never holds text of its own.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const openWith = useSearchStore((s) => s.openWith);
  return (
    <Input
      data-testid="topbar-search"
      aria-label={t('search.box.label')}
      prefix={<SearchOutlined />}
      suffix={<Typography.Text keyboard>Ctrl+K</Typography.Text>}
      placeholder={t('search.box.short')}
      value=""
      style={{ width: 250 }}
      onChange={(e) => openWith(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === 'ArrowDown') openWith();
      }}
      onClick={() => openWith()}
    />
  );
}
