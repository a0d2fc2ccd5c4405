import type { Actor } from '../../shared/domain/actor';
import { may, type Capability } from '../../shared/domain/capabilities';
import { DeskError } from '../desk-error';

/** Refused here too, whatever the screen or the call's access list checked. */
export function requireCapability(actor: Actor, capability: Capability): void {
  if (!may(actor, capability)) throw DeskError.of('forbidden', 'errors.forbidden');
}
