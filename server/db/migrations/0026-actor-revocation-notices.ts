import { sql, type Migration } from './migration';

/**
 * Every server process keeps a short-lived cache of access token → caller (server/services/actor-cache.ts).
 * Whatever changes who a caller is — a session ending (sign-out, password change or reset, deactivation, a
 * replayed refresh token), a person's role, team, name, 工号, password or active flag, a team moving to another
 * branch — does two things from the writing transaction, whichever code or tool wrote it:
 * - bumps the person's `actor_generation` (every member's, for a team): a process serving a caller from its
 *   cache reads it in the statement that counts the call against the rate limit, so an entry older than the
 *   change is never served, even before the notice below arrives;
 * - notifies `actor_revoked` with the session, person or team, so every process listening
 *   (server/sync/poke-relay.ts) drops those entries when it commits.
 * Rows are never deleted while a cache could hold them (foreign keys keep users and teams in use; housekeeping
 * deletes sessions only after their access tokens expired), so updates are all there is to watch.
 */
const migration: Migration = {
  version: 26,
  name: 'actor generations and notices on actor_revoked when a session ends or a person or team changes',
  up: sql(
    `ALTER TABLE users ADD COLUMN actor_generation bigint NOT NULL DEFAULT 0`,
    `CREATE FUNCTION session_actor_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE users SET actor_generation = actor_generation + 1 WHERE id = NEW.user_id;
         PERFORM pg_notify('actor_revoked', json_build_object('sessionId', NEW.id)::text);
         RETURN NULL;
       END $$`,
    `CREATE TRIGGER sessions_actor_revoked AFTER UPDATE ON sessions FOR EACH ROW
       WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at) EXECUTE FUNCTION session_actor_revoked()`,
    `CREATE FUNCTION user_actor_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.actor_generation := OLD.actor_generation + 1;
         PERFORM pg_notify('actor_revoked', json_build_object('userId', NEW.id)::text);
         RETURN NEW;
       END $$`,
    `CREATE TRIGGER users_actor_revoked BEFORE UPDATE ON users FOR EACH ROW
       WHEN ((OLD.role, OLD.team_id, OLD.active, OLD.name, OLD.employee_no, OLD.password_hash)
         IS DISTINCT FROM (NEW.role, NEW.team_id, NEW.active, NEW.name, NEW.employee_no, NEW.password_hash))
       EXECUTE FUNCTION user_actor_revoked()`,
    `CREATE FUNCTION team_actor_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE users SET actor_generation = actor_generation + 1 WHERE team_id = NEW.id;
         PERFORM pg_notify('actor_revoked', json_build_object('teamId', NEW.id)::text);
         RETURN NULL;
       END $$`,
    `CREATE TRIGGER teams_actor_revoked AFTER UPDATE ON teams FOR EACH ROW
       WHEN (OLD.branch_id IS DISTINCT FROM NEW.branch_id) EXECUTE FUNCTION team_actor_revoked()`,
  ),
};

export default migration;
