import { z } from 'zod';
import { ExtraSubtypesSchema, mergeTaxonomy, type Taxonomy } from '../../../shared/domain/taxonomy';
import type { DeskContext } from '../../context';
import { readSetting } from '../../settings';

/** The organisation's settings (kept and edited by the accounts feature); this desk only reads the taxonomy part. */
export const ORGANISATION_SETTINGS_KEY = 'organisationSettings';

const TaxonomyPart = z.looseObject({ taxonomy: z.looseObject({ extraSubtypes: ExtraSubtypesSchema.default({}) }).optional() });

/** The fixed subtypes plus the organisation's extras; damaged or missing settings add nothing. */
export function readTaxonomy(ctx: DeskContext): Taxonomy {
  const settings = readSetting(ctx.settings, ORGANISATION_SETTINGS_KEY, TaxonomyPart, {});
  return mergeTaxonomy(settings.taxonomy?.extraSubtypes ?? {});
}
