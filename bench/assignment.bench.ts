import pg from 'pg';
import type { Complaint } from '../shared/domain/complaint';
import type { AssignmentRules } from '../shared/domain/assignment/assignment-rules';
import type { Team } from '../shared/org/organisation';
import type { ComplaintType } from '../shared/domain/complaint-types';
import { deskClientUuid } from '../core/server-link/client-id';
import { writeServerAddress, writeTokens } from '../core/server-link/link-settings';
import { startSync } from '../core/sync/start-sync';
import { startBenchServer } from './support/bench-server';
import { makeTestDesk, validIntake } from '../tests/support/desk';
import { benchLine, percentile, round, rssMb } from './stats';

const PASSWORD = 'Bench@2026x';
const COMPLAINTS = Number(process.env.BENCH_ASSIGNMENT_COMPLAINTS ?? 2_000);
/** The 8-hour day compressed: one simulated hour is this many real milliseconds (8 h → 4 min by default: 8.3 complaints a second). */
const HOUR_MS = Number(process.env.BENCH_ASSIGNMENT_HOUR_MS ?? 30_000);
const DAY_HOURS = 8;
/** Complaints that arrive first and are not measured (the first statements, connections, the desks' first pulls). */
const WARM_UP = 40;
const GOALS = { spread: 2, p95Ms: 5_000 };
/** The cap on open complaints two agents work under all day. */
const CAP = 3;
/** The longest a push may take between its arrival (the event's time) and its routing read, for the away check. */
const RACE_MS = 10_000;
const TEAMS: Array<{ name: string; types: ComplaintType[]; agents: number }> = [
  { name: '理赔组', types: ['claims_dispute'], agents: 7 },
  { name: '保全组', types: ['contract_clause', 'fraud'], agents: 7 },
  { name: '服务组', types: ['service_quality'], agents: 6 },
];
/** Complaint types in proportion to each team's size, so every team's agents get a similar day. */
const ARRIVAL_TYPES: ComplaintType[] = ['claims_dispute', 'claims_dispute', 'contract_clause', 'fraud', 'service_quality', 'service_quality'];
const SUBTYPE: Record<ComplaintType, string> = { claims_dispute: 'claim_amount', contract_clause: 'surrender_amount', fraud: 'false_declaration', service_quality: 'slow_handling' };

interface Person {
  employeeNo: string;
  name: string;
  userId: string;
  team: number;
}

/**
 * assignment: a simulated working day on one server (real HTTP on loopback PostgreSQL, real desks with the
 * real sync runner and server-sent pokes). 20 agents in 3 teams, each on their own desk; 2,000 complaints
 * taken on 4 of those desks over 8 hours compressed into HOUR_MS per hour, routed by one least-load rule per
 * team. During the day two agents go on leave (hours 2–4), one is off for an hour, two work under a cap of
 * 3 open complaints, and agents close (withdraw) their oldest complaint whenever more than three are open. Measured: from
 * the create arriving at the server (its audit time) to the complaint on the assignee's desk as theirs;
 * the spread (max − min open complaints per team) at the end; and that nobody on leave, off or at their cap
 * was ever given one (checked against the availability in force when each complaint arrived).
 */
export async function benchAssignment(): Promise<string[]> {
  // The server in its own process, as in production: the desks' synchronous SQLite work does not hold up its event loop.
  const server = await startBenchServer('assignment_bench');
  const databaseUrl = server.databaseUrl;
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const api = async (token: string, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  const login = async (employeeNo: string, password: string, clientId: string) => {
    const response = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ employeeNo, password, clientId, deviceName: `bench ${employeeNo}` }),
    });
    if (!response.ok) throw new Error(`sign-in of ${employeeNo}: ${response.status}`);
    return (await response.json()) as { accessToken: string; refreshToken: string; profile: { userId: string } };
  };

  const started = Date.now();
  let errors = 0;
  const desks: Array<ReturnType<typeof makeTestDesk>> = [];
  try {
    const adminToken = (await login('M3001', 'Demo@2026', crypto.randomUUID())).accessToken;
    const branch = ((await api(adminToken, 'GET', '/branches')) as { branches: Array<{ id: string }> }).branches[0]!;
    const people: Person[] = [];
    const teams: Team[] = [];
    for (const [t, spec] of TEAMS.entries()) {
      const team = (await api(adminToken, 'POST', '/teams', { name: spec.name, branchId: branch.id })) as Team;
      teams.push(team);
      for (let i = 0; i < spec.agents; i++) {
        const employeeNo = `Z${t + 1}${String(i + 1).padStart(2, '0')}`;
        const user = (await api(adminToken, 'POST', '/users', { employeeNo, name: `坐席${t + 1}-${i + 1}`, role: 'agent', teamId: team.id, password: PASSWORD })) as { id: string };
        people.push({ employeeNo, name: `坐席${t + 1}-${i + 1}`, userId: user.id, team: t });
      }
    }
    const rules: AssignmentRules = {
      rules: TEAMS.map((spec, t) => ({ id: `team-${t}`, name: { zh: `${spec.name}按负载`, en: `Team ${t + 1} by load` }, match: { complaintTypes: spec.types }, target: { kind: 'team' as const, teamId: teams[t]!.id, strategy: 'leastLoad' as const } })),
      fallbacks: [],
    };
    await api(adminToken, 'PUT', '/assignment-rules', rules);
    const capped = [people[3]!, people[10]!];
    for (const p of capped) await api(adminToken, 'PUT', `/availability/${p.userId}`, { cap: CAP });

    // One real desk per agent, signed in and syncing (pokes over server-sent events, polling only as a fallback).
    const deskOf = new Map<string, ReturnType<typeof makeTestDesk>>();
    for (const person of people) {
      const desk = makeTestDesk({ agent: { id: person.employeeNo, name: person.name, role: 'agent' } });
      desk.ctx.clock = () => new Date();
      const session = await login(person.employeeNo, PASSWORD, deskClientUuid(desk.db, person.employeeNo));
      writeServerAddress(desk.ctx.settings, { url: server.url, ca: null });
      writeTokens(desk.ctx.settings, { employeeNo: person.employeeNo, accessToken: session.accessToken, refreshToken: session.refreshToken });
      startSync(desk.ctx, { pollMs: 5_000 });
      desks.push(desk);
      deskOf.set(person.employeeNo, desk);
    }
    await new Promise((r) => setTimeout(r, 1_500));

    // The day's availability changes, at simulated hours: [hour, person, state].
    const changes: Array<[number, Person, 'onLeave' | 'off' | 'onShift']> = [
      [2, people[1]!, 'onLeave'],
      [2, people[8]!, 'onLeave'],
      [3, people[15]!, 'off'],
      [4, people[15]!, 'onShift'],
      [4, people[1]!, 'onShift'],
      [4, people[8]!, 'onShift'],
    ];
    /**
     * When each person was surely away (server time = this machine's clock): from the answer to the PUT that sent
     * them on leave until the request that brought them back, so a pick racing either PUT is not counted.
     */
    const awaySpans: Array<{ employeeNo: string; from: number; to: number }> = [];
    // A push received before a return was asked may route after it committed: picks in the last RACE_MS of a span are not counted.
    const awayAt = (employeeNo: string, at: number) => awaySpans.some((s) => s.employeeNo === employeeNo && s.from <= at && at < s.to - RACE_MS);
    const takers = [people[0]!, people[7]!, people[14]!, people[19]!];
    const arrivals = new Map<string, { at: number | null; assignee: string | null; seen: number | null }>();
    const dayStart = performance.now();
    const hourNow = () => (performance.now() - dayStart) / HOUR_MS;

    // Agents close (withdraw) their oldest complaint whenever more than three are open on their desk.
    let running = true;
    const closer = (async () => {
      while (running) {
        await new Promise((r) => setTimeout(r, HOUR_MS / 20));
        for (const person of people) {
          if (!running) break;
          const desk = deskOf.get(person.employeeNo)!;
          const oldest = desk.db
            .prepare("SELECT id, version FROM complaints WHERE assignee_id = ? AND status = 'open' ORDER BY received_at LIMIT 1 OFFSET 3")
            .get(person.employeeNo) as { id: string; version: number } | undefined;
          if (!oldest) continue;
          const result = await desk.dispatch('complaints.withdraw', { id: oldest.id, baseVersion: oldest.version, receivedAt: new Date().toISOString(), reason: '客户撤诉' });
          // A pull may change the row between the read and the withdrawal: the desk refuses it as stale, as it would an agent's click.
          if (!result.ok && !JSON.stringify(result).includes('errors.staleComplaint')) errors++;
        }
      }
    })();

    let lastArrival = Date.now();
    // Watches every complaint until it is on its assignee's desk as theirs: the server says who and when it arrived.
    const watcher = (async () => {
      const mine = new Map([...deskOf].map(([no, desk]) => [no, desk.db.prepare('SELECT 1 FROM complaints WHERE id = ? AND assignee_id = ?')]));
      const unseen = new Set<string>();
      while (running || unseen.size > 0 || [...arrivals.values()].some((a) => a.seen === null)) {
        await new Promise((r) => setTimeout(r, 50));
        for (const [id, a] of arrivals) if (a.seen === null) unseen.add(id);
        const unknown = [...unseen].filter((id) => arrivals.get(id)!.at === null);
        if (unknown.length > 0) {
          const rows = await db.query<{ id: string; assignee_no: string; at: Date }>(
            `SELECT a.complaint_id AS id, c.assignee_no, a.at FROM sync_audit a JOIN sync_complaints c ON c.id = a.complaint_id
             WHERE a.complaint_id = ANY($1) AND a.name = 'complaint.create'`,
            [unknown],
          );
          for (const r of rows.rows) Object.assign(arrivals.get(r.id)!, { assignee: r.assignee_no, at: r.at.getTime() });
        }
        const now = Date.now();
        for (const id of unseen) {
          const a = arrivals.get(id)!;
          if (a.assignee === null) continue;
          if (mine.get(a.assignee)?.get(id, a.assignee)) {
            a.seen = now;
            unseen.delete(id);
          }
        }
        if (!running && Date.now() - lastArrival > 60_000) break;
      }
    })();

    let next = 0;
    const order: string[] = [];
    for (let n = 0; n < COMPLAINTS; n++) {
      const due = (n / COMPLAINTS) * DAY_HOURS * HOUR_MS;
      const wait = due - (performance.now() - dayStart);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      while (next < changes.length && hourNow() >= changes[next]![0]) {
        const [, person, state] = changes[next++]!;
        const asked = Date.now();
        await api(adminToken, 'PUT', `/availability/${person.userId}`, { state });
        if (state !== 'onShift') awaySpans.push({ employeeNo: person.employeeNo, from: Date.now(), to: Infinity });
        else for (const span of awaySpans.filter((s) => s.employeeNo === person.employeeNo && s.to === Infinity)) span.to = asked;
      }
      const taker = deskOf.get(takers[n % takers.length]!.employeeNo)!;
      const type = ARRIVAL_TYPES[n % ARRIVAL_TYPES.length]!;
      const result = await taker.dispatch('complaints.create', validIntake({ complaintType: type, complaintSubtype: SUBTYPE[type] as never }));
      if (!result.ok) {
        errors++;
        continue;
      }
      const id = (result.value as Complaint).id;
      arrivals.set(id, { at: null, assignee: null, seen: null });
      order.push(id);
      lastArrival = Date.now();
    }
    running = false;
    await closer;
    await watcher;
    const simulatedSeconds = (performance.now() - dayStart) / 1000;

    // The assignee each complaint was given by the rules, from its timeline, checked against who was away then.
    const assigned = await db.query<{ complaint_id: string; assignee: string; at: string }>(
      `SELECT e.complaint_id, e.document->'changes'->0->'to'->>'id' AS assignee, e.document->>'at' AS at
       FROM sync_events e WHERE e.complaint_id = ANY($1) AND e.document->>'kind' = 'complaint.assigned' AND e.document->'actor'->>'id' = '@system'`,
      [order],
    );
    const awayPicks = assigned.rows.filter((r) => awayAt(r.assignee, Date.parse(r.at)));
    if (awayPicks.length > 0) console.error('[assignment] picked while away', awayPicks.slice(0, 5), awaySpans);
    const awayPicked = awayPicks.length;

    // Nobody under a cap was given one more while at it: their complaints' assignments and withdrawals in the order
    // the server wrote them (a team's routings take turns on its lock, so that order is the order they read in).
    const cappedNos = capped.map((p) => p.employeeNo);
    const cappedEvents = await db.query<{ complaint_id: string; kind: string; assignee: string | null }>(
      `SELECT e.complaint_id, e.document->>'kind' AS kind, e.document->'changes'->0->'to'->>'id' AS assignee FROM sync_events e
       WHERE e.complaint_id IN (SELECT complaint_id FROM sync_events WHERE document->>'kind' = 'complaint.assigned' AND document->'changes'->0->'to'->>'id' = ANY($1))
         AND e.document->>'kind' IN ('complaint.assigned', 'complaint.withdrawn')
       ORDER BY e.seq`,
      [cappedNos],
    );
    const holder = new Map<string, string>();
    const openNow = new Map<string, number>(cappedNos.map((no) => [no, 0]));
    let overCapPicked = 0;
    for (const e of cappedEvents.rows) {
      const before = holder.get(e.complaint_id);
      if (e.kind === 'complaint.withdrawn') {
        if (before && openNow.has(before)) openNow.set(before, openNow.get(before)! - 1);
        holder.delete(e.complaint_id);
        continue;
      }
      if (before && openNow.has(before)) openNow.set(before, openNow.get(before)! - 1);
      if (e.assignee === null) continue;
      holder.set(e.complaint_id, e.assignee);
      const open = openNow.get(e.assignee);
      if (open === undefined) continue;
      if (open >= CAP) overCapPicked++;
      openNow.set(e.assignee, open + 1);
    }
    if (overCapPicked > 0) console.error(`[assignment] ${overCapPicked} complaints given to someone at their cap of ${CAP}`);

    const open = await db.query<{ assignee_no: string; n: number }>(
      `SELECT assignee_no, count(*)::int AS n FROM sync_complaints WHERE document->>'status' = 'open' GROUP BY assignee_no`,
    );
    const openOf = new Map(open.rows.map((r) => [r.assignee_no, r.n]));
    const spread = Math.max(
      ...TEAMS.map((_, t) => {
        const counts = people.filter((p) => p.team === t).map((p) => openOf.get(p.employeeNo) ?? 0);
        return Math.max(...counts) - Math.min(...counts);
      }),
    );
    const measured = order.slice(WARM_UP).map((id) => arrivals.get(id)!);
    const lost = measured.filter((a) => a.seen === null || a.at === null).length;
    const samples = measured.flatMap((a) => (a.seen !== null && a.at !== null ? [Math.max(0, a.seen - a.at)] : []));
    const p95 = percentile(samples, 95);
    return [
      benchLine('assignment', 'simulated-day-create-arriving-to-assignee-desk', {
        ratio: round(p95 / GOALS.p95Ms),
        goal: `≤${GOALS.p95Ms}`,
        spread,
        spread_goal: `≤${GOALS.spread}`,
        p50_ms: round(percentile(samples, 50), 1),
        p95_ms: round(p95, 1),
        p99_ms: round(percentile(samples, 99), 1),
        away_picked: awayPicked,
        over_cap_picked: overCapPicked,
        by_rules: assigned.rows.length,
        seconds: round((Date.now() - started) / 1000, 1),
        day_seconds: round(simulatedSeconds, 1),
        hour_ms: HOUR_MS,
        rss_mb: rssMb(),
        errors: errors + lost + awayPicked + overCapPicked,
        samples: samples.length,
        warm_up_discarded: WARM_UP,
      }),
    ];
  } finally {
    for (const desk of desks) {
      await (desk.ctx.sync as { stop?: () => Promise<void> } | undefined)?.stop?.();
      desk.close();
    }
    await db.end();
    await server.close();
  }
}
