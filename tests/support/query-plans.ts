import type pg from 'pg';

/** A statement the server sent, with its parameters. */
export interface Sent {
  text: string;
  values: unknown[];
}

type QueryFn = (...args: unknown[]) => unknown;

function textOf(args: unknown[]): Sent | null {
  const [first, second] = args;
  if (typeof first === 'string') return { text: first, values: Array.isArray(second) ? second : [] };
  if (first && typeof first === 'object' && 'text' in first) {
    const q = first as { text: string; values?: unknown[] };
    return { text: q.text, values: q.values ?? (Array.isArray(second) ? second : []) };
  }
  return null;
}

/**
 * Records every statement sent through `pool` (by the clients it lends, which its own queries borrow) while
 * `during` runs, so a test or a benchmark can EXPLAIN exactly what the server's code sends.
 */
export async function recordStatements(pool: pg.Pool, during: () => Promise<unknown>): Promise<Sent[]> {
  const sent: Sent[] = [];
  let recording = true;
  const wrap = (target: { query: QueryFn }) => {
    const original = target.query;
    if ((original as { recorded?: boolean }).recorded) return;
    const recorded = function (this: unknown, ...args: unknown[]) {
      const statement = textOf(args);
      if (recording && statement) sent.push(statement);
      return original.apply(this, args);
    };
    (recorded as { recorded?: boolean }).recorded = true;
    target.query = recorded;
  };
  // pool.query borrows a client too: every statement goes through a lent client's query.
  const onAcquire = (client: pg.PoolClient) => wrap(client as unknown as { query: QueryFn });
  pool.on('acquire', onAcquire);
  try {
    await during();
  } finally {
    recording = false;
    pool.off('acquire', onAcquire);
  }
  return sent;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Each scan of the plan: node type, and the relation and index it reads. */
function scansOf(node: PlanNode, into: Array<{ node: string; relation?: string; index?: string }> = []) {
  if (node['Relation Name']) into.push({ node: node['Node Type'], relation: node['Relation Name'], index: node['Index Name'] });
  for (const child of node.Plans ?? []) scansOf(child, into);
  return into;
}

export interface StatementPlan {
  text: string;
  scans: Array<{ node: string; relation?: string; index?: string }>;
}

/** The plan of every recorded statement that reads or writes `table` (EXPLAIN, never run; transaction control skipped). */
export async function plansTouching(db: pg.Pool | pg.Client, sent: readonly Sent[], table: string): Promise<StatementPlan[]> {
  const plans: StatementPlan[] = [];
  const seen = new Set<string>();
  for (const { text, values } of sent) {
    if (!new RegExp(`\\b${table}\\b`).test(text) || /^\s*(BEGIN|COMMIT|ROLLBACK|SET|LISTEN)/i.test(text)) continue;
    if (seen.has(text)) continue;
    seen.add(text);
    const { rows } = await db.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${text}`, values);
    plans.push({ text, scans: scansOf(rows[0]!['QUERY PLAN'][0]!.Plan) });
  }
  return plans;
}

/** The statements whose plan reads `table` by a sequential scan. */
export const sequentialScansOf = (plans: readonly StatementPlan[], table: string) =>
  plans.filter((p) => p.scans.some((s) => s.node === 'Seq Scan' && s.relation === table)).map((p) => p.text.replace(/\s+/g, ' ').slice(0, 240));
