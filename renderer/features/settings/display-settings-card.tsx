import { Card, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';

/** 显示: high contrast on this desk (every screen, the sign-in and lock screens too). */
export function DisplaySettingsCard() {
  const { t } = useTranslation();
  const settings = useDeskQuery('settings.display.get', {});
  const save = useDeskMutation('settings.display.set');
  return (
    <Card title={t('display.title')} size="small" data-testid="display-settings">
      <Flex vertical gap={8}>
        <Flex gap={8} align="center">
          <Switch
            id="display-high-contrast"
            checked={settings.data?.highContrast ?? false}
            loading={settings.isPending || save.isPending}
            onChange={(highContrast) => save.mutate({ highContrast })}
            aria-describedby="display-high-contrast-help"
            data-testid="high-contrast"
          />
          <label htmlFor="display-high-contrast">{t('display.highContrast')}</label>
        </Flex>
        <Typography.Text type="secondary" id="display-high-contrast-help">
          {t('display.help')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
