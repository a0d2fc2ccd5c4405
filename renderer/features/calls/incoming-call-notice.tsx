import { holdTypeAhead } from '../../forms/type-ahead';
import { PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DeadlineBadge } from '../../components/deadline-badge';
import { LiveRegion } from '../../components/live-region';
import { PhoneNumber } from '../../components/phone-number';
import { useActiveCallStore } from './active-call-store';
import { callState } from './call-duration';
import { useIncomingCallStore, type IncomingCall } from './incoming-call-store';
import type { ScreenPopState } from './use-screen-pop';

/**
 * A call that came in while the agent was typing: its number and the caller's earlier complaints, and
 * the agent's choice — Alt+J opens the intake for it (what was typed stays a draft, listed on the
 * intake), Alt+L leaves it for later.
 */
export function IncomingCallNotice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const waiting = useIncomingCallStore((s) => s.waiting);
  const removeWaiting = useIncomingCallStore((s) => s.remove);
  const leaveCall = useActiveCallStore((s) => s.leave);
  const newest = waiting[0];
  const remove = removeWaiting;
  // Left for later: no longer announced, and no longer the top bar's current call.
  const leave = useCallback((callId: string) => (removeWaiting(callId), leaveCall(callId)), [removeWaiting, leaveCall]);

  const switchTo = useCallback(
    (incoming: IncomingCall) => {
      remove(incoming.call.id);
      navigate('/intake', { state: { poppedCall: incoming.call } satisfies ScreenPopState });
    },
    [navigate, remove],
  );
  useEffect(() => {
    if (!newest) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.code === 'KeyJ') {
        // The caller's name typed at once goes to the intake, not the field this page had focused.
        holdTypeAhead();
        switchTo(newest);
      }
      else if (event.code === 'KeyL') leave(newest.call.id);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [newest, leave, switchTo]);

  // Read out at once, whatever the agent is doing: who calls, whether they complained before, the two keys.
  const announcement = newest
    ? [
        t('calls.incomingNotice.title'),
        newest.call.numberKey ? newest.call.number : t('calls.anonymous'),
        newest.history.length === 0 ? t('calls.incomingNotice.noHistory') : t('calls.incomingNotice.history', { count: newest.history.length }),
        t('calls.incomingNotice.switchKey'),
        t('calls.incomingNotice.laterKey'),
      ].join(t('display.separator'))
    : '';
  return (
    <>
      {/* Mounted before the notice and kept: a live region added with its text is often not read. */}
      <LiveRegion text={announcement} urgent testId="incoming-call-announcement" />
      {newest && (
        <Flex vertical gap={8} style={{ marginBottom: 12 }} role="region" aria-label={t('calls.incomingNotice.region')}>
          {waiting.map((incoming, i) => (
            <Alert
              key={incoming.call.id}
              type="warning"
              showIcon
              icon={<PhoneOutlined />}
              data-testid="incoming-call"
              // The live region above announces it; the notice itself is not a second alert.
              role="group"
              aria-label={t('calls.incomingNotice.title')}
              title={
                <Space size={8} wrap>
                  <Typography.Text strong>{t('calls.incomingNotice.title')}</Typography.Text>
                  <Typography.Text strong>{incoming.call.numberKey ? <PhoneNumber value={incoming.call.number} /> : t('calls.anonymous')}</Typography.Text>
                  <Typography.Text type="secondary">{t(`calls.state.${callState(incoming.call)}`)}</Typography.Text>
                </Space>
              }
              description={
                <Flex vertical gap={4}>
                  <Typography.Text>
                    {incoming.history.length === 0 ? t('calls.incomingNotice.noHistory') : t('calls.incomingNotice.history', { count: incoming.history.length })}
                  </Typography.Text>
                  {incoming.history.slice(0, 3).map((complaint) => (
                    <Space key={complaint.id} size={8} data-testid="incoming-call-history">
                      <Typography.Text>{complaint.number}</Typography.Text>
                      <Typography.Text type="secondary">{complaint.customerName}</Typography.Text>
                      <DeadlineBadge deadline={complaint.deadline} showDue={false} />
                    </Space>
                  ))}
                  <Typography.Text type="secondary">{t('calls.incomingNotice.keepsTyping')}</Typography.Text>
                </Flex>
              }
              action={
                <Space direction="vertical" size={6}>
                  <Button type="primary" size="small" onClick={() => switchTo(incoming)}>
                    {i === 0 ? t('calls.incomingNotice.switchKey') : t('calls.incomingNotice.switch')}
                  </Button>
                  <Button size="small" onClick={() => leave(incoming.call.id)}>
                    {i === 0 ? t('calls.incomingNotice.laterKey') : t('calls.incomingNotice.later')}
                  </Button>
                </Space>
              }
            />
          ))}
        </Flex>
      )}
    </>
  );
}
