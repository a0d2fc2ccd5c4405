export const ROLES = ['agent', 'lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who did something: the agent's 工号 (employee number) and name. */
export interface ActorRef {
  id: string;
  name: string;
}

export interface Actor extends ActorRef {
  role: Role;
}
