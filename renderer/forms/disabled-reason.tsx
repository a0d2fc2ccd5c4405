import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/domain/workflow/allowed-actions';

/**
 * A control that is disabled says why: hovering or tabbing to it shows the reason the domain gave.
 * The tooltip sits on a focusable wrapper, because a disabled button takes neither hover nor focus.
 */
export function DisabledReason({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  if (permission.allowed) return children;
  const reason = t(permission.reasonKey, permission.params);
  return (
    <Tooltip title={reason} trigger={['hover', 'focus']}>
      <span tabIndex={0} aria-label={reason} data-testid="disabled-reason" style={{ display: 'inline-block', cursor: 'not-allowed' }}>
        {children}
      </span>
    </Tooltip>
  );
}
