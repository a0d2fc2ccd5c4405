import { z } from 'zod';
import { ExtraSubtypesSchema, mergeTaxonomy, type Taxonomy } from '../../../shared/domain/taxonomy';
import type { DeskContext } from '../../context';
import { readSetting } from '../../settings';
import { ORG_SETTINGS_KEY } from '../org/org-settings';

const TaxonomyPart = z.looseObject({ taxonomy: z.looseObject({ extraSubtypes: ExtraSubtypesSchema.default({}) }).optional() });

/** The fixed subtypes plus the extras in the cached organisation settings; damaged or missing settings add nothing. */
export function readTaxonomy(ctx: DeskContext): Taxonomy {
  const settings = readSetting(ctx.settings, ORG_SETTINGS_KEY, TaxonomyPart, {});
  return mergeTaxonomy(settings.taxonomy?.extraSubtypes ?? {});
}
