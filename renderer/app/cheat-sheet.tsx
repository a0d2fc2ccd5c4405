import { Descriptions, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

const SHORTCUTS = [
  ['Ctrl+N / Alt+N', 'cheatSheet.actions.newIntake'],
  ['Ctrl+K', 'cheatSheet.actions.search'],
  ['Ctrl+S', 'cheatSheet.actions.save'],
  ['Ctrl+Enter', 'cheatSheet.saveStage'],
  ['Alt+↓ / Alt+↑', 'cheatSheet.actions.nextSection'],
  ['Tab / Shift+Tab', 'cheatSheet.actions.nextField'],
  ['Alt+1 … Alt+4', 'cheatSheet.actions.chooseType'],
  ['Ctrl+T / Alt+T', 'cheatSheet.actions.insertTemplate'],
  ['← → · Space', 'cheatSheet.actions.toggleTag'],
  ['Alt+J / Alt+L', 'cheatSheet.incomingCall'],
  ['Alt+Shift+1 … 9', 'cheatSheet.openDraft'],
  ['F1 / ?', 'cheatSheet.actions.cheatSheet'],
] as const;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** F1 (or ? outside a text field) shows every keyboard shortcut; Esc closes it. */
export function CheatSheet({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'F1' || (event.key === '?' && !isTyping(event.target))) {
        event.preventDefault();
        onOpenChange(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onOpenChange]);
  return (
    <Modal open={open} title={t('cheatSheet.title')} footer={null} onCancel={() => onOpenChange(false)} width={560}>
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 190 } }}>
        {SHORTCUTS.map(([keys, action]) => (
          <Descriptions.Item key={action} label={<Typography.Text keyboard>{keys}</Typography.Text>}>
            {t(action)}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Modal>
  );
}
