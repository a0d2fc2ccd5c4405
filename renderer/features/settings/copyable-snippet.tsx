import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Button, theme, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  text: string;
  testId?: string;
}

/** A block of configuration to paste elsewhere, with a labelled copy button beside it. */
export function CopyableSnippet({ text, testId }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', width: '100%' }}>
      <pre
        data-testid={testId}
        style={{ flex: 1, margin: 0, padding: '4px 8px', background: token.colorFillQuaternary, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}
      >
        {text}
      </pre>
      <Tooltip title={copied ? t('cti.settings.copied') : undefined} open={copied || undefined}>
        <Button size="small" icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()}>
          {t('cti.settings.copy')}
        </Button>
      </Tooltip>
    </div>
  );
}
