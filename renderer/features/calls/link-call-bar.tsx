import { LinkOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { PhoneNumber } from '../../components/phone-number';
import { useActiveCallStore } from './active-call-store';
import { callLinkOffer } from './call-link-offer';

/**
 * On a complaint's page during a call: "link this call to this complaint", the agent's explicit act
 * (viewing a complaint never links). Once linked it says so; the desk refuses a call linked elsewhere. Only a
 * call from the complaint's own caller is offered (callLinkOffer): never the next caller still ringing.
 */
export function LinkCallBar({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const call = useActiveCallStore((s) => s.call);
  const update = useActiveCallStore((s) => s.update);
  const link = useDeskMutation('calls.linkComplaint');
  const detail = useDeskQuery('complaints.get', { id: complaintId });
  const complaint = detail.data ? { id: complaintId, contactPhone: detail.data.complaint.intake.contactPhone } : null;
  const offer = callLinkOffer(call, complaint);
  if (!call || offer === 'none') return null;
  const number = call.numberKey ? <PhoneNumber value={call.number} /> : t('calls.anonymous');
  if (offer === 'linked') {
    return <Alert type="success" showIcon data-testid="call-link" title={<>{t('calls.link.linked')} · {number}</>} />;
  }
  const linkedElsewhere = offer === 'linkedElsewhere';
  const onLink = () =>
    link.mutateAsync({ callId: call.id, complaintId }).then(update, (error: unknown) => {
      if (error instanceof ApiError) void message.error(t(error.body.messageKey));
    });
  return (
    <Alert
      type="info"
      showIcon
      data-testid="call-link"
      title={<>{t('calls.link.onCall')} · {number}</>}
      description={linkedElsewhere ? t('calls.link.linkedElsewhere') : undefined}
      action={
        <Button size="small" type="primary" icon={<LinkOutlined />} loading={link.isPending} disabled={linkedElsewhere} onClick={onLink}>
          {t('calls.link.button')}
        </Button>
      }
    />
  );
}
