import { randomUUID } from 'node:crypto';
import type { Actor } from '../../shared/domain/actor';
import type { Attachment } from '../../shared/domain/attachments/attachment';
import { complaintNumber } from '../../shared/domain/commands/create-complaint';
import type { Complaint } from '../../shared/domain/complaint';
import type { CallSnapshot } from '../../shared/domain/cti/call-snapshot';
import { CONTENT_ROUTES } from '../../shared/sync/attachment-content';
import { SYNC_ROUTES, type PullResponse, type WireMutation } from '../../shared/sync/protocol';
import type { ModelServer } from './model-servers';
import { validIntake } from './valid-intake';

/**
 * The lies a tampered desk tells the server, each in a raw protocol request (the desk's own checks are
 * skipped): the server must refuse every one — a stored rejection, or a 4xx for a client id that is not
 * the caller's — and keep nothing of it.
 */
export const LIE_KINDS = [
  /** A mutation claiming another person's 工号 as its actor. */
  'wrongActor',
  /** createdAt in 2099: a desk clock (or a hand) far in the future. */
  'futureTime',
  /** createdAt in 2015: far in the past (before the complaint could exist, outside any deadline). */
  'pastTime',
  /** A create naming a PBX call id another person's complaint was taken on. */
  'takenCallId',
  /** An attachment naming a SHA-256 whose content this desk never uploaded (another person's file), then reading it. */
  'unuploadedHash',
  /** An assignment to a 工号 that does not exist (ZZ9999). */
  'unknownAssignee',
  /** A clock stop (挂起) naming, as its document, an attachment that was never added to that complaint. */
  'unknownSuspensionAttachment',
  /** A create whose arguments claim it repeats an earlier complaint (重复投诉 is the server's finding, never the desk's word). */
  'claimedRepeat',
  /** A registration whose reason code the organisation's classification does not have. */
  'unknownReasonCode',
  /** A registration through an agent naming, as the 授权委托书, an attachment never added to that complaint. */
  'unattachedAuthorisation',
  /** Push and pull with the client id of another person's desk, bound to them on the server by their pushes. */
  'othersClientId',
  /** Push with the client id of another person's desk that has not pushed yet (so no push bound it on the server). */
  'unboundClientId',
  /** Push with the client id of another desk of the liar's own person (a second session's client id). */
  'ownOtherDeskClientId',
] as const;
export type LieKind = (typeof LIE_KINDS)[number];

/** What a lie sent, and how the server must have answered it. */
export interface ToldLie {
  kind: LieKind;
  /** Op ids of the mutations the lie pushed. */
  opIds: string[];
  /** Strings that exist only in the lie: none may be found on the server's records nor on any honest desk. */
  markers: string[];
  /**
   * 'rejected': each op id is audited once as rejected, with its rejection stored (code when given);
   * 'rejectedOrCorrected' (a time): refused, or applied with the server's time instead of the lie's (the
   * markers — the lie's times — are then absent from every record and timeline; a review conflict may quote them);
   * 'rejectedOrUnreadable' (a hash): refused, or the metadata applied (a claim grants nothing) while reading
   * the content it names is answered 4xx (statuses); '4xx': every request answered 4xx.
   */
  expect: { outcome: 'rejected'; code?: string } | { outcome: 'rejectedOrCorrected' } | { outcome: 'rejectedOrUnreadable' } | { outcome: '4xx' };
  /** Complaints the lie creates: when a corrected lie was applied, they are the liar's (the model counts them). */
  createdIds: string[];
  /** The statuses the lie's requests were answered with. */
  statuses: number[];
  /** For a client id lie: the client id and its counter before, which must not move. */
  client?: { clientId: string; lastMutationIdBefore: number };
}

/** A client id of an honest desk, as the lying desk could learn it (it travels in every request). */
export interface ClientOfDesk {
  clientId: string;
  personId: string;
}

export const LIE_TIMES = { futureTime: '2099-01-01T00:00:00.000Z', pastTime: '2015-01-01T00:00:00.000Z' } as const;
export const UNKNOWN_ASSIGNEE = { id: 'ZZ9999', name: '查无此人' };

/**
 * A desk that pushes what it likes as `liar` (a lead: it sees its team's complaints, so it has targets),
 * from its own client id — except when the lie is the client id.
 */
export class LyingDesk {
  private next = 0;
  private told = 0;

  constructor(
    private readonly server: ModelServer,
    readonly liar: Actor,
    private readonly token: string,
    readonly clientId: string,
    /** Someone else the wrong-actor lie claims to be. */
    private readonly impersonated: Actor,
    /** The liar's clock, on time: only the time lies lie about it. */
    private readonly clock: () => Date,
  ) {}

  /** Everything the server lets the liar see, by a pull from the start with its own client id. */
  private async visible(): Promise<{ complaint: Complaint; versions: Record<string, number>; hashes: string[] }[]> {
    const found = new Map<string, { complaint: Complaint; versions: Record<string, number>; hashes: string[] }>();
    let cursor = 0;
    for (;;) {
      const answer = await this.server.raw('POST', SYNC_ROUTES.pull, this.token, { clientId: this.clientId, cursor });
      if (answer.status !== 200) throw new Error(`the liar's own pull answered ${answer.status}`);
      const page = answer.body as PullResponse;
      for (const c of page.changes) {
        if (c.kind !== 'put') continue;
        const hashes = c.events.filter((e) => e.kind === 'attachment.added').map((e) => String(e.data.sha256));
        found.set(c.complaint.id, { complaint: c.complaint, versions: c.meta.fieldVersions, hashes });
      }
      cursor = page.cursor;
      if (!page.hasMore) return [...found.values()];
    }
  }

  private mutation(name: string, args: unknown, options: { createdAt?: string; actor?: Actor; id?: number; baseVersions?: Record<string, number> } = {}): WireMutation {
    return {
      id: options.id ?? ++this.next,
      opId: `lie-op-${randomUUID()}`,
      name,
      args,
      baseVersions: options.baseVersions ?? {},
      createdAt: options.createdAt ?? this.clock().toISOString(),
      actor: options.actor ?? this.liar,
    };
  }

  /**
   * A create only the lie has (its complaint, event and description are marked as the lie's), valid in every
   * other way — its number the one its id makes, taken an hour ago — so only the lie can be what is refused.
   */
  private lyingCreate(tag: string, call?: CallSnapshot) {
    const id = `lie-c-${randomUUID()}`;
    const intake = validIntake({ description: `LIE#${tag} 伪造的投诉`, callTime: new Date(this.clock().getTime() - 60 * 60 * 1000).toISOString() });
    return { id, args: { id, number: complaintNumber(id, intake.callTime), eventId: `lie-e-${randomUUID()}`, intake, ...(call ? { call } : {}) } };
  }

  private async pushOwn(kind: LieKind, mutations: WireMutation[], markers: string[], expect: ToldLie['expect']): Promise<ToldLie> {
    const answer = await this.server.raw('POST', SYNC_ROUTES.push, this.token, { clientId: this.clientId, mutations });
    if (answer.status !== 200) throw new Error(`the liar's own push of ${kind} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    this.told += 1;
    const createdIds = mutations.filter((m) => m.name === 'complaint.create').map((m) => (m.args as { id: string }).id);
    return { kind, opIds: mutations.map((m) => m.opId), markers: [...markers, ...mutations.map((m) => m.opId)], expect, statuses: [answer.status], createdIds };
  }

  /**
   * Tells the lie, or answers null when there is nothing to tell it about yet (no complaint the liar
   * sees, no honest call, no client id of that sort).
   */
  async tell(
    kind: LieKind,
    pick: number,
    world: { calls: CallSnapshot[]; hashes: string[]; clients: { bound: ClientOfDesk[]; unbound: ClientOfDesk[] } },
  ): Promise<ToldLie | null> {
    const tag = `${kind}-${this.told}`;
    if (kind === 'wrongActor') {
      const targets = await this.visible();
      const target = targets[pick % Math.max(1, targets.length)];
      // A note on a complaint the liar may see, or a create when it sees none — claimed as someone else's.
      if (target) {
        const eventId = `lie-e-${randomUUID()}`;
        const m = this.mutation('complaint.addNote', { complaintId: target.complaint.id, eventId, text: `LIE#${tag} 冒名备注` }, { actor: this.impersonated });
        return this.pushOwn(kind, [m], [eventId, `LIE#${tag}`], { outcome: 'rejected', code: 'actor_mismatch' });
      }
      const create = this.lyingCreate(tag);
      return this.pushOwn(kind, [this.mutation('complaint.create', create.args, { actor: this.impersonated })], [create.id, `LIE#${tag}`], { outcome: 'rejected', code: 'actor_mismatch' });
    }
    if (kind === 'futureTime' || kind === 'pastTime') {
      const at = LIE_TIMES[kind];
      const targets = await this.visible();
      const target = targets[pick % Math.max(1, targets.length)];
      const create = this.lyingCreate(tag);
      const mutations = [this.mutation('complaint.create', create.args, { createdAt: at })];
      if (target) {
        const eventId = `lie-e-${randomUUID()}`;
        mutations.push(this.mutation('complaint.addNote', { complaintId: target.complaint.id, eventId, text: `LIE#${tag} 穿越的备注` }, { createdAt: at }));
      }
      // Refused, or taken at the server's time: the lie's time is what must leave no trace.
      const told = await this.pushOwn(kind, mutations, [at.slice(0, 11)], { outcome: 'rejectedOrCorrected' });
      return { ...told, markers: [at.slice(0, 11)] };
    }
    if (kind === 'takenCallId') {
      const call = world.calls[pick % Math.max(1, world.calls.length)];
      if (!call) return null;
      const create = this.lyingCreate(tag, { ...call, number: '13999999999' });
      return this.pushOwn(kind, [this.mutation('complaint.create', create.args)], [create.id, `LIE#${tag}`, '13999999999'], { outcome: 'rejected', code: 'call_taken' });
    }
    if (kind === 'unuploadedHash') {
      const targets = await this.visible();
      const target = targets[pick % Math.max(1, targets.length)];
      if (!target) return null;
      // A file of a complaint the liar may not see, when there is one (naming its hash must not open it), else a hash of nothing.
      const seen = new Set(targets.flatMap((t) => t.hashes));
      const foreign = world.hashes.filter((h) => !seen.has(h));
      const sha256 = foreign[pick % Math.max(1, foreign.length)] ?? `${randomUUID().replaceAll('-', '')}${randomUUID().replaceAll('-', '')}`;
      const attachment: Attachment = {
        id: `lie-a-${randomUUID()}`,
        complaintId: target.complaint.id,
        name: `LIE#${tag}.pdf`,
        size: 4096,
        sha256,
        mediaType: 'application/pdf',
        addedAt: this.clock().toISOString(),
        addedBy: { id: this.liar.id, name: this.liar.name },
      };
      const eventId = `lie-e-${randomUUID()}`;
      const m = this.mutation('complaint.attachFile', { complaintId: target.complaint.id, eventId, attachment });
      const told = await this.pushOwn(kind, [m], [], { outcome: 'rejectedOrUnreadable' });
      const read = await this.server.raw('GET', CONTENT_ROUTES.content(sha256, 0), this.token);
      return { ...told, markers: [], statuses: [read.status] };
    }
    if (kind === 'unknownAssignee') {
      const targets = (await this.visible()).filter((t) => t.complaint.status === 'open');
      const target = targets[pick % Math.max(1, targets.length)];
      if (!target) return null;
      const eventId = `lie-e-${randomUUID()}`;
      const m = this.mutation('complaint.assign', { complaintId: target.complaint.id, eventId, assignee: UNKNOWN_ASSIGNEE }, { baseVersions: { assignee: target.versions.assignee ?? 0 } });
      return this.pushOwn(kind, [m], [eventId, UNKNOWN_ASSIGNEE.id, UNKNOWN_ASSIGNEE.name], { outcome: 'rejected', code: 'assignee_unknown' });
    }
    if (kind === 'unknownSuspensionAttachment') {
      const targets = (await this.visible()).filter((t) => t.complaint.status === 'open');
      const target = targets[pick % Math.max(1, targets.length)];
      if (!target) return null;
      const eventId = `lie-e-${randomUUID()}`;
      const suspensionId = `lie-s-${randomUUID()}`;
      const attachmentId = `lie-a-${randomUUID()}`;
      const m = this.mutation('complaint.suspendClock', {
        complaintId: target.complaint.id,
        eventId,
        suspensionId,
        kind: 'appraisal',
        reason: `LIE#${tag} 伪造的鉴定`,
        party: '不存在的鉴定所',
        attachmentId,
      });
      return this.pushOwn(kind, [m], [eventId, suspensionId, attachmentId, `LIE#${tag}`], { outcome: 'rejected', code: 'attachment_unknown' });
    }
    if (kind === 'claimedRepeat') {
      const create = this.lyingCreate(tag);
      const args = { ...create.args, repeatOf: { id: `lie-r-${tag}`, number: `LIE#${tag}-TS`, receivedAt: '2026-01-01T00:00:00.000Z' } };
      return this.pushOwn(kind, [this.mutation('complaint.create', args)], [create.id, `LIE#${tag}`], { outcome: 'rejected', code: 'args_invalid' });
    }
    if (kind === 'unknownReasonCode' || kind === 'unattachedAuthorisation') {
      const targets = (await this.visible()).filter((t) => t.complaint.status === 'open' && t.complaint.stage === 'registration');
      const target = targets[pick % Math.max(1, targets.length)];
      if (!target) return null;
      const eventId = `lie-e-${randomUUID()}`;
      const attachmentId = `lie-a-${randomUUID()}`;
      const registration = {
        policy: { policyNumber: 'P2026-000123', productName: `LIE#${tag} 产品`, policyHolder: '' },
        demand: `LIE#${tag} 诉求`,
        channel: 'phone',
        handlerName: this.liar.name,
        handlerEmployeeNo: this.liar.id,
        reasonCode: kind === 'unknownReasonCode' ? 'lie_reason' : 'claims',
        lineCode: 'motor',
        ...(kind === 'unattachedAuthorisation'
          ? {
              representation: {
                complainant: { kind: 'person' },
                onBehalf: { kind: 'agent', name: '假代理人', identity: { kind: 'passport', number: 'E00000000' }, phone: '13900001111', authorisationAttachmentId: attachmentId },
                complainedAbout: { institution: '' },
              },
            }
          : {}),
      };
      const m = this.mutation('complaint.advance', { complaintId: target.complaint.id, eventId, stage: 'registration', data: registration });
      const code = kind === 'unknownReasonCode' ? 'unknown_reason' : 'representation_attachment_missing';
      return this.pushOwn(kind, [m], [eventId, attachmentId, `LIE#${tag}`], { outcome: 'rejected', code });
    }
    // The client id lies: the liar's session, another desk's client id, a mutation that would take that desk's next id.
    const pool =
      kind === 'othersClientId'
        ? world.clients.bound.filter((c) => c.personId !== this.liar.id)
        : kind === 'unboundClientId'
          ? world.clients.unbound.filter((c) => c.personId !== this.liar.id)
          : [...world.clients.bound, ...world.clients.unbound].filter((c) => c.personId === this.liar.id);
    const victim = pool[pick % Math.max(1, pool.length)];
    if (!victim) return null;
    const counter = await this.server.db.query<{ last_mutation_id: string }>('SELECT last_mutation_id FROM sync_client WHERE client_id = $1', [victim.clientId]);
    const before = Number(counter.rows[0]?.last_mutation_id ?? 0);
    const create = this.lyingCreate(tag);
    const m = this.mutation('complaint.create', create.args, { id: before + 1 });
    const pushed = await this.server.raw('POST', SYNC_ROUTES.push, this.token, { clientId: victim.clientId, mutations: [m] });
    const statuses = [pushed.status];
    if (kind === 'othersClientId') {
      // Reading another's client: its rejections and acknowledged ids are theirs.
      const pulled = await this.server.raw('POST', SYNC_ROUTES.pull, this.token, { clientId: victim.clientId, cursor: 0 });
      statuses.push(pulled.status);
    }
    this.told += 1;
    return {
      kind,
      opIds: [m.opId],
      markers: [create.id, m.opId, `LIE#${tag}`],
      expect: { outcome: '4xx' },
      statuses,
      createdIds: [create.id],
      client: { clientId: victim.clientId, lastMutationIdBefore: before },
    };
  }
}
