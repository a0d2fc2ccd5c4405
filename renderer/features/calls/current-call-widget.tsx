import { PhoneOutlined } from '@ant-design/icons';
import { Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../../api/hooks';
import { PhoneNumber } from '../../components/phone-number';
import { useActiveCallStore } from './active-call-store';
import { callState, elapsedSeconds, formatDuration } from './call-duration';

const STATE_COLOR = { ringing: 'processing', talking: 'success', ended: 'default' } as const;

/** How long a hung-up call stays in the top bar, so the agent sees it ended and its length, before the bar clears. */
export const ENDED_CALL_LINGER_MS = 10_000;

/** Top bar: the current call's number, its mm:ss timer and whether it rings, is on or has hung up. */
export function CurrentCallWidget() {
  const { t } = useTranslation();
  const popped = useActiveCallStore((s) => s.call);
  const left = useActiveCallStore((s) => s.left);
  // After a restart the store is empty: the newest call still going is the current one.
  const latest = useDeskQuery('calls.list', { limit: 1 }, { enabled: popped === null });
  const ongoing = latest.data?.[0];
  const call = popped ?? (ongoing && !ongoing.endedAt && !left.includes(ongoing.id) ? ongoing : null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!call) return;
    if (call.endedAt) {
      // One more render once the hung-up call has lingered long enough: then the bar is empty.
      const wait = Date.parse(call.endedAt) + ENDED_CALL_LINGER_MS - Date.now();
      if (wait <= 0) return;
      const timer = window.setTimeout(() => setNow(Date.now()), wait + 50);
      return () => window.clearTimeout(timer);
    }
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [call]);
  if (!call) return null;
  // The bar's clock, not the render's: a call that ended long ago (before a restart, say) is not shown at all.
  if (call.endedAt && Math.max(now, Date.now()) - Date.parse(call.endedAt) >= ENDED_CALL_LINGER_MS) return null;
  const state = callState(call);
  const seconds = call.endedAt && call.durationSeconds !== null ? call.durationSeconds : elapsedSeconds(call, now);
  return (
    <Space size={8} data-testid="current-call">
      <PhoneOutlined />
      <Typography.Text strong>{call.numberKey ? <PhoneNumber value={call.number} /> : t('calls.anonymous')}</Typography.Text>
      <Typography.Text data-testid="call-timer" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatDuration(seconds)}
      </Typography.Text>
      <Tag color={STATE_COLOR[state]} style={{ marginInlineEnd: 0 }}>
        {t(`calls.state.${state}`)}
      </Tag>
    </Space>
  );
}
