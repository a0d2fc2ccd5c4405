import organisation from './0001-organisation';
import signIn from './0002-sign-in';
import throttling from './0003-throttling';
import organisationSettings from './0004-organisation-settings';
import sync from './0005-sync';
import syncCalls from './0007-sync-calls';
import attachmentContents from './0008-attachment-contents';
import syncUnderLoad from './0009-sync-under-load';
import syncClientBinding from './0010-sync-client-binding';
import attachmentPossession from './0011-attachment-possession';
import clockAndCalls from './0012-clock-and-calls';
import orgSettingsTemplates from './0013-org-settings-templates';
import assignment from './0019-assignment';
import reviewLinks from './0021-review-links';
import reportColumns from './0014-report-columns';
import regulatorySettings from './0018-regulatory-settings';
import assist from './0016-assist';
import clockSettings from './0017-clock-settings';
import actorRevocationNotices from './0026-actor-revocation-notices';
import scorecardVersions from './0024-scorecard-versions';
import type { Migration } from './migration';

export type { Migration } from './migration';

/**
 * The server's migrations, one file each (`NNNN-<what>.ts`, NNNN its version), in order.
 *
 * Forward only: a released migration is never edited; a change is a new file and a line here. SQL that
 * PostgreSQL 15 accepts (CI) as well as PGlite (PostgreSQL 18).
 *
 * There is no version 6, and there never was one: it is a gap, not a removal. Branches left e3ccf40 (schema at
 * version 5) side by side, each with its own server migration number so they would merge without clashing:
 * 6 for the needs-review resolution (branch 'review', merged in 8654a32), 7 for the call a complaint was taken
 * on (0fac404), 8 for attachment contents (7961ada), 9 for sync under load (6b15c0c). The review resolution
 * turned out to need no schema change (server/README.md: "server migration 6 stays unused"), so 6 was never
 * written, and no database has it. Do not fill the gap: a new migration takes the number after the highest.
 */
export const MIGRATIONS: readonly Migration[] = [
  organisation,
  signIn,
  throttling,
  organisationSettings,
  sync,
  // 6: set aside for the needs-review resolution, which needed no schema change (see above).
  syncCalls,
  attachmentContents,
  syncUnderLoad,
  syncClientBinding,
  attachmentPossession,
  clockAndCalls,
  orgSettingsTemplates,
  reportColumns,
  assist,
  clockSettings,
  regulatorySettings,
  assignment,
  reviewLinks,
  scorecardVersions,
  actorRevocationNotices,
];
