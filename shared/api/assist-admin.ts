import { z } from 'zod';
import { ClassifierInfoSchema, TrainedClassifierSchema, WatchListInputSchema } from '../org/assist';
import { OrgSettingsSchema } from '../org/org-settings-schema';

/** 管理 → 智能辅助: the organisation's escalation watch list and its classifier, on the company server (online only). */
export const assistAdminCalls = {
  /** An admin replaces the watch list on the server; answers the new settings, cached on this desk at once. */
  'assist.watchList.save': { input: WatchListInputSchema, output: OrgSettingsSchema, access: ['admin'] },
  /** The organisation's newest trained classifier: version, date, who trained it, size (model: null before the first). */
  'assist.classifier.info': { input: z.object({}).strict(), output: ClassifierInfoSchema, access: ['admin'] },
  /**
   * An admin has the server train a new classifier from the organisation's closed complaints; answers what it learnt
   * from and its held-back score. Refused below MIN_ORGANISATION_EXAMPLES closed complaints.
   */
  'assist.classifier.train': { input: z.object({}).strict(), output: TrainedClassifierSchema, access: ['admin'] },
} as const;
