import { DatePicker, Flex, Segmented } from 'antd';
import dayjs from 'dayjs';
import quarterOfYear from 'dayjs/plugin/quarterOfYear';
import { useTranslation } from 'react-i18next';

dayjs.extend(quarterOfYear);

/** A month (2026-11) or a quarter (2026-Q4). */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const { t } = useTranslation();
  const quarter = value.includes('Q');
  const asDate = quarter ? dayjs(`${value.slice(0, 4)}-01-01`).quarter(Number(value.slice(-1))) : dayjs(`${value}-01`);
  const toPeriod = (d: dayjs.Dayjs, q: boolean) => (q ? `${d.year()}-Q${d.quarter()}` : d.format('YYYY-MM'));
  return (
    <Flex gap={8}>
      <Segmented
        value={quarter ? 'quarter' : 'month'}
        onChange={(kind) => onChange(toPeriod(asDate, kind === 'quarter'))}
        options={[
          { value: 'month', label: t('reports.period.month') },
          { value: 'quarter', label: t('reports.period.quarter') },
        ]}
      />
      <DatePicker
        data-testid="report-period"
        aria-label={t('reports.period.label')}
        picker={quarter ? 'quarter' : 'month'}
        allowClear={false}
        value={asDate}
        onChange={(d) => d && onChange(toPeriod(d, quarter))}
      />
    </Flex>
  );
}

export const currentMonth = () => dayjs().format('YYYY-MM');
