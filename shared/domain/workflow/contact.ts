import { z } from 'zod';
import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { IntakeFields } from '../intake';
import { refuse, type Refusal } from '../refusal';
import { changeComplaint } from './change';
import { refusalUnlessAllowed } from './allowed-actions';
import { refuseInvalid } from './guards';

/** The customer's contact details as the intake holds them: what an agent corrects after the call. */
export const ContactInputSchema = IntakeFields.pick({ customerName: true, contactPhone: true });
export type ContactInput = z.infer<typeof ContactInputSchema>;

/** complaint.updateContact: correct the customer's name and phone in the intake. */
export interface UpdateContactCommand extends ContactInput {
  eventId: string;
}

/**
 * The contact details are part of the intake (a designated field: two desks changing them offline are
 * never silently merged, a lead reviews). Whoever may work the complaint (edit its stage form) may correct them.
 */
export function updateContact(complaint: Complaint, command: UpdateContactCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const refusal = refusalUnlessAllowed(complaint, actor, 'advance');
  if (refusal) return refusal;
  const parsed = ContactInputSchema.safeParse({ customerName: command.customerName, contactPhone: command.contactPhone });
  if (!parsed.success) return refuseInvalid('contact_invalid', parsed.error);
  const { customerName, contactPhone } = parsed.data;
  if (customerName === complaint.intake.customerName && contactPhone === complaint.intake.contactPhone) {
    return refuse('contact_unchanged', 'refusal.contact.unchanged');
  }
  return changeComplaint(complaint, { intake: { ...complaint.intake, customerName, contactPhone } }, actor, now, {
    eventId: command.eventId,
    kind: 'contact.updated',
  });
}
