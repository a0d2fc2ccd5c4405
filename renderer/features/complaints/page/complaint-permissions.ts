import { createContext, useContext } from 'react';
import type { AllowedActions, Permission, WorkflowAction } from '../../../../shared/domain/workflow/allowed-actions';

/** What the signed-in person may do to the complaint on screen: allowedActions, computed once per page. */
export const ComplaintPermissions = createContext<AllowedActions | null>(null);

export function usePermission(action: WorkflowAction): Permission {
  const allowed = useContext(ComplaintPermissions);
  if (!allowed) throw new Error('[complaints] usePermission needs the complaint page around it');
  return allowed[action];
}
