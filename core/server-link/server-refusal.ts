import type { OrgErrorBody } from '../../shared/org/errors';

export type ServerErrorDetail = OrgErrorBody['error'];

/** The server answered, and said no (4xx/5xx with its error body). */
export class ServerRefusal extends Error {
  constructor(
    readonly status: number,
    readonly detail: ServerErrorDetail,
  ) {
    super(`server refused (${status} ${detail.code})`);
    this.name = 'ServerRefusal';
  }
}

/** The server answered with something that is not the contract: a wrong address or a different program. */
export class NotOurServer extends Error {
  constructor(readonly status: number) {
    super(`not a Complaint Desk server answer (${status})`);
    this.name = 'NotOurServer';
  }
}
