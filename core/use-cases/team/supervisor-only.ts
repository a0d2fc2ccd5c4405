import { isSupervisor, type Actor } from '../../../shared/domain/actor';
import { DeskError } from '../../desk-error';

/** Team views, reports and exports are for leads and admins: refused here too, whatever the caller checked. */
export function requireSupervisor(actor: Actor): void {
  if (!isSupervisor(actor)) throw DeskError.of('forbidden', 'errors.forbidden');
}
