import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../../api/hooks';
import { clockWarningText } from './clock-warning-text';

const REFRESH_MS = 5_000;

/**
 * A calm warning above every page while the desk's clock is more than 5 minutes off the server's
 * (sync.status's clockOff): by how much, and that the server corrects the times. Gone once the clock is right.
 */
export function ClockWarning() {
  const { t } = useTranslation();
  const status = useDeskQuery('sync.status', {}, { refetchInterval: REFRESH_MS });
  const s = status.data;
  if (!s?.clockOff || s.clockOffsetMs === null) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={clockWarningText(s.clockOffsetMs, t)}
      style={{ marginBottom: 16 }}
      data-testid="clock-warning"
    />
  );
}
