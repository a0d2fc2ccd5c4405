import { PhoneOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dialUrlFor } from '../../../../shared/domain/cti/dial-url';
import { useDeskQuery } from '../../../api/hooks';
import { PhoneNumber } from '../../../components/phone-number';

/** Click-to-dial where the desk's softphone takes a URL (设置 → 软电话: the dial link template); otherwise the number and where to set it. */
export function DialLink({ phone }: { phone: string }) {
  const { t } = useTranslation();
  const cti = useDeskQuery('cti.settings', {});
  const href = dialUrlFor(cti.data?.dialUrlTemplate ?? '', phone);
  if (!href)
    return (
      <Typography.Text data-testid="return-visit-phone">
        <PhoneNumber value={phone} /> <Typography.Text type="secondary">{t('returnVisit.dial.notSet')}</Typography.Text>
      </Typography.Text>
    );
  return (
    <a href={href} data-testid="return-visit-dial">
      <PhoneOutlined /> {t('returnVisit.dial.call')} <PhoneNumber value={phone} />
    </a>
  );
}
