import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Actor } from '../../shared/domain/actor';

export interface FleetDesk {
  person: Actor;
  clientId: string;
  token: string;
}

/**
 * `count` more agents in the demo organisation (one per desk, as a real fleet has), spread over the
 * demo's agent teams, all with the demo password (the hash is copied, not recomputed).
 */
export async function seedAgents(databaseUrl: string, count: number): Promise<Actor[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const template = (await db.query<{ password_hash: string }>(`SELECT password_hash FROM users WHERE employee_no = 'A1001'`)).rows[0]!;
    const teams = (await db.query<{ team_id: string }>(`SELECT DISTINCT team_id FROM users WHERE role = 'agent' AND team_id IS NOT NULL ORDER BY 1`)).rows;
    const people = Array.from({ length: count }, (_, i) => ({ id: `F${String(i).padStart(4, '0')}`, name: `坐席${i}`, role: 'agent' as const }));
    await db.query(
      `INSERT INTO users (id, employee_no, name, role, team_id, active, password_hash, created_at, updated_at)
       SELECT gen_random_uuid(), p.no, p.name, 'agent', p.team, true, $4, now(), now() FROM unnest($1::text[], $2::text[], $3::uuid[]) AS p(no, name, team)`,
      [people.map((p) => p.id), people.map((p) => p.name), people.map((_, i) => teams[i % teams.length]!.team_id), template.password_hash],
    );
    return people;
  } finally {
    await db.end();
  }
}

/** Signs each person in on a new desk, a few at a time (each sign-in is an Argon2id check). */
export async function signInAll(url: string, people: Actor[], password: string, concurrency = 4): Promise<FleetDesk[]> {
  const desks: FleetDesk[] = new Array(people.length);
  let next = 0;
  const worker = async () => {
    while (next < people.length) {
      const i = next++;
      const person = people[i]!;
      const clientId = randomUUID();
      const response = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ employeeNo: person.id, password, clientId, deviceName: `fleet ${i}` }),
      });
      if (response.status !== 200) throw new Error(`sign-in of ${person.id} failed: ${response.status} ${await response.text()}`);
      desks[i] = { person, clientId, token: ((await response.json()) as { accessToken: string }).accessToken };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return desks;
}

/** POSTs to the sync API, timing the whole exchange (answer read); any non-200 answer counts as an error. */
export function syncCaller(url: string) {
  const samples: number[] = [];
  let errors = 0;
  return {
    samples,
    errors: () => errors,
    async post<T>(path: string, token: string, body: unknown): Promise<T> {
      const t0 = performance.now();
      const response = await fetch(`${url}/api/v1${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      const answer = (await response.json()) as T;
      samples.push(performance.now() - t0);
      if (response.status !== 200) errors++;
      return answer;
    },
  };
}
