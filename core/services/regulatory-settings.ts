import { z } from 'zod';
import { DEFAULT_REGULATORY_SETTINGS, RegulatorySettingsSchema, type RegulatorySettings } from '../../shared/domain/regulatory/regulatory-settings';
import type { DeskContext } from '../context';
import { ORG_SETTINGS_KEY } from './org-settings-cache';
import { readSetting } from '../settings';

const RegulatoryPart = z.looseObject({ regulatory: RegulatorySettingsSchema.optional() });

/** The organisation's regulatory settings as last fetched (the seeds before the first fetch, or from a server of before). */
export function readRegulatorySettings(ctx: Pick<DeskContext, 'settings'>): RegulatorySettings {
  return readSetting(ctx.settings, ORG_SETTINGS_KEY, RegulatoryPart, {}).regulatory ?? DEFAULT_REGULATORY_SETTINGS;
}
