import { Alert, Button, Card, Input, Layout, Typography } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE } from '../../../shared/api/unlock';
import type { ApiError } from '../../api/client';
import { useDeskMutation } from '../../api/hooks';
import { LanguageSwitch } from '../../i18n/language-switch';

/** Whether the shell answered that the desk waits for its passphrase (Linux without a keychain). */
export function isUnlockNeeded(error: ApiError | null): error is ApiError {
  return error !== null && error.body.messageKey === 'unlock.needed';
}

/**
 * Before the desk can open on a Linux session without a keychain: the passphrase that unwraps the
 * database key, or on the first start the one that will protect it (typed twice).
 */
export function UnlockPage({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const firstRun = error.body.params?.firstRun === 1;
  const unlock = useDeskMutation('desk.unlock');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE) return setProblem(t('unlock.tooShort', { min: MIN_PASSPHRASE }));
    if (firstRun && passphrase !== repeat) return setProblem(t('unlock.mismatch'));
    setProblem(null);
    unlock.mutate({ passphrase });
  };
  const refused = unlock.error ? t(unlock.error.body.messageKey, { reason: unlock.error.body.params?.reason ?? '', min: MIN_PASSPHRASE }) : null;

  return (
    <Layout style={{ minHeight: '100vh', alignItems: 'center', justifyContent: 'center' }}>
      <div style={{ position: 'absolute', top: 16, right: 20 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: 440 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t(firstRun ? 'unlock.setTitle' : 'unlock.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t(firstRun ? 'unlock.setHint' : 'unlock.hint')}</Typography.Paragraph>
        {(problem ?? refused) && <Alert type="error" showIcon title={problem ?? refused} style={{ marginBottom: 12 }} role="alert" />}
        <form onSubmit={submit} noValidate>
          <label htmlFor="unlock-passphrase">{t('unlock.passphrase')}</label>
          <Input.Password id="unlock-passphrase" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} style={{ margin: '4px 0 12px' }} />
          {firstRun && (
            <>
              <label htmlFor="unlock-repeat">{t('unlock.repeat')}</label>
              <Input.Password id="unlock-repeat" value={repeat} onChange={(e) => setRepeat(e.target.value)} style={{ margin: '4px 0 12px' }} />
            </>
          )}
          <Button type="primary" htmlType="submit" block loading={unlock.isPending}>
            {t('unlock.submit')}
          </Button>
        </form>
      </Card>
    </Layout>
  );
}
