import { createHash } from 'node:crypto';
import type { WorkflowResult } from '../../../shared/api/workflow';
import type { Actor } from '../../../shared/domain/actor';
import { composeLetter, letterAvailability } from '../../../shared/domain/letters/compose-letter';
import type { LetterKind } from '../../../shared/domain/letters/letter-templates';
import type { LetterSent } from '../../../shared/domain/letters/letter-sent';
import type { TemplateLanguage } from '../../../shared/domain/templates/reply-templates';
import { deadlineOf } from '../../../shared/domain/workflow/deadlines';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { renderLetterPdf } from '../../letters/letter-pdf';
import { log } from '../../log';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { readDeadlineSettings } from '../workflow/deadline-settings';
import { runWorkflowCall } from '../workflow/workflow-commands';
import { letterheadFor, readLetterSettings } from './letter-settings';

export interface GeneratedLetter {
  fileName: string;
  contentBase64: string;
  sha256: string;
}

/** The letter as a PDF, filled from the complaint as it is now; generating it records nothing (recordLetterSent does). */
export async function generateLetter(ctx: DeskContext, actor: Actor, input: { complaintId: string; kind: LetterKind; language: TemplateLanguage }): Promise<GeneratedLetter> {
  const complaint = loadComplaintFor(ctx.db, input.complaintId, actor);
  const availability = letterAvailability(input.kind, complaint);
  if (!availability.available) throw DeskError.of('refused', availability.reasonKey);
  const now = ctx.clock();
  const settings = readLetterSettings(ctx);
  const letter = composeLetter(input.kind, complaint, deadlineOf(complaint, readDeadlineSettings(ctx), now), now, input.language, letterheadFor(settings, input.language));
  let pdf: Buffer;
  try {
    pdf = await renderLetterPdf(letter, settings.fontPath);
  } catch (error) {
    log('error', '[letters] the letter could not be laid out', error);
    throw DeskError.of('refused', 'letters.error.fontMissing', { path: settings.fontPath });
  }
  return {
    fileName: `${complaint.number}-${input.kind}-${input.language}.pdf`,
    contentBase64: pdf.toString('base64'),
    sha256: createHash('sha256').update(pdf).digest('hex'),
  };
}

/** The notice went out: on the timeline with how and when (a timeline event through the one write path). */
export function recordComplaintLetterSent(ctx: DeskContext, actor: Actor, input: LetterSent & { complaintId: string }): WorkflowResult {
  const { complaintId, ...sent } = input;
  return runWorkflowCall(ctx, actor, 'complaint.recordLetterSent', { id: complaintId, ...sent });
}
