import { sql, type Migration } from './migration';

const migration: Migration = {
  version: 10,
  name: 'sync client ids are bound at sign-in: counters a push bound for another person than the id signed in with are released',
  up: sql(
    // Before, a push bound a client id to whoever pushed with it first, and could lock its desk out: a sync
    // row (and its rejections) whose person never signed in with that id was not that desk's; the desk's next
    // push starts its own row.
    `DELETE FROM sync_rejections r
       WHERE NOT EXISTS (SELECT 1 FROM clients c WHERE c.id::text = r.client_id AND c.user_id = r.user_id)`,
    `DELETE FROM sync_client k
       WHERE NOT EXISTS (SELECT 1 FROM clients c WHERE c.id::text = k.client_id AND c.user_id = k.user_id)`,
  ),
};

export default migration;
