import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DayRange } from '../../../shared/api/team';

/** The reports' range of days (the team's calendar days). */
export function DayRangePicker({ value, onChange }: { value: DayRange; onChange: (range: DayRange) => void }) {
  const { t } = useTranslation();
  return (
    <DatePicker.RangePicker
      data-testid="report-range"
      aria-label={t('reports.range')}
      allowClear={false}
      value={[dayjs(value.from), dayjs(value.to)]}
      onChange={(range) => range?.[0] && range[1] && onChange({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })}
    />
  );
}

/** The last 30 days up to today. */
export function lastThirtyDays(): DayRange {
  return { from: dayjs().subtract(29, 'day').format('YYYY-MM-DD'), to: dayjs().format('YYYY-MM-DD') };
}
