import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeskMutation } from '../../api/hooks';

/** End this agent's shift at the desk; the sign-in screen comes back for the next one. */
export function SwitchAgentButton() {
  const { t } = useTranslation();
  const signOut = useDeskMutation('session.signOut');
  return (
    <Button icon={<LogoutOutlined />} loading={signOut.isPending} onClick={() => signOut.mutate({})}>
      {t('settings.switchAgent')}
    </Button>
  );
}
