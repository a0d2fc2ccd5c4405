import type { WritableDB } from '../handles';
import migrateTo0001 from './0001-complaints';
import migrateTo0002 from './0002-complaint-events';
import migrateTo0003 from './0003-drafts';
import migrateTo0004 from './0004-outbox';
import migrateTo0005 from './0005-calls';
import migrateTo0006 from './0006-complaint-phone-key';
import migrateTo0007 from './0007-draft-call';
import migrateTo0008 from './0008-search-index';
import migrateTo0009 from './0009-search-index-build';
import migrateTo0010 from './0010-retention-purge';
import migrateTo0011 from './0011-team-queue';
import migrateTo0012 from './0012-attachments-letters-reminders';
import migrateTo0013 from './0013-replayable-mutations';
import migrateTo0014 from './0014-sync-client';
import migrateTo0015 from './0015-needs-review';
import migrateTo0016 from './0016-pulled-calls';
import migrateTo0017 from './0017-attachment-uploads';
import migrateTo0018 from './0018-complaint-branch';
import migrateTo0019 from './0019-complaint-single-write';
import migrateTo0020 from './0020-refused-events';
import migrateTo0021 from './0021-event-server-times';
import migrateTo0022 from './0022-search-queue';
import migrateTo0024 from './0024-assist-escalation-reminders';
import migrateTo0025 from './0025-clock-stop';
import migrateTo0026 from './0026-return-visits';
import migrateTo0027 from './0027-review-links';
import migrateTo0032 from './0032-overdue-count-index';

/** A long migration reports how far it is (rows done of total). */
export type MigrationProgress = (done: number, total: number) => void;

export interface Migration {
  version: number;
  name: string;
  up: (db: WritableDB, progress: MigrationProgress) => void;
}

/** Forward-only, strictly increasing. Add a file and a line; never edit a shipped migration. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'complaints', up: migrateTo0001 },
  { version: 2, name: 'complaint-events', up: migrateTo0002 },
  { version: 3, name: 'drafts', up: migrateTo0003 },
  { version: 4, name: 'outbox', up: migrateTo0004 },
  { version: 5, name: 'calls', up: migrateTo0005 },
  { version: 6, name: 'complaint-phone-key', up: migrateTo0006 },
  { version: 7, name: 'draft-call', up: migrateTo0007 },
  { version: 8, name: 'search-index', up: migrateTo0008 },
  { version: 9, name: 'search-index-build', up: migrateTo0009 },
  { version: 10, name: 'retention-purge', up: migrateTo0010 },
  { version: 11, name: 'team-queue', up: migrateTo0011 },
  { version: 12, name: 'attachments-letters-reminders', up: migrateTo0012 },
  { version: 13, name: 'replayable-mutations', up: migrateTo0013 },
  { version: 14, name: 'sync-client', up: migrateTo0014 },
  { version: 15, name: 'needs-review', up: migrateTo0015 },
  { version: 16, name: 'pulled-calls', up: migrateTo0016 },
  { version: 17, name: 'attachment-uploads', up: migrateTo0017 },
  { version: 18, name: 'complaint-branch', up: migrateTo0018 },
  { version: 19, name: 'complaint-single-write', up: migrateTo0019 },
  { version: 20, name: 'refused-events', up: migrateTo0020 },
  { version: 21, name: 'event-server-times', up: migrateTo0021 },
  { version: 22, name: 'search-queue', up: migrateTo0022 },
  { version: 24, name: 'assist-escalation-reminders', up: migrateTo0024 },
  { version: 25, name: 'clock-stop', up: migrateTo0025 },
  { version: 26, name: 'return-visits', up: migrateTo0026 },
  { version: 27, name: 'review-links', up: migrateTo0027 },
  { version: 32, name: 'overdue-count-index', up: migrateTo0032 },
];
