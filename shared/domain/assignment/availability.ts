import { z } from 'zod';
import { SkillSchema } from './assignment-rules';

/** 在岗 / 休假 / 下班: only someone on shift is given complaints. */
export const AVAILABILITY_STATES = ['onShift', 'onLeave', 'off'] as const;
export type AvailabilityState = (typeof AVAILABILITY_STATES)[number];

/** The most open complaints a cap may allow. */
export const MAX_OPEN_CAP = 500;

/** A person's availability as set by them or their lead: state, an optional cap on open complaints, skills. */
export const AvailabilitySchema = z
  .object({
    state: z.enum(AVAILABILITY_STATES, { error: 'assignment.validation.state' }),
    cap: z.number().int().min(0).max(MAX_OPEN_CAP).nullable(),
    skills: z.array(SkillSchema).max(30),
  })
  .strict();
export type Availability = z.infer<typeof AvailabilitySchema>;

/** Someone nobody set anything for: on shift, no cap, no skills (rules work before anyone is set up). */
export const DEFAULT_AVAILABILITY: Availability = { state: 'onShift', cap: null, skills: [] };

/** A person the router may consider: who they are, their availability and their open complaints now. */
export interface RosterMember extends Availability {
  employeeNo: string;
  name: string;
  /** Open complaints assigned to them. */
  openCount: number;
  /** The same, weighted by complexity (complaintWeight). */
  openLoad: number;
}

/** How much an open complaint weighs in a person's load: a complex one counts twice, an especially complex one three times. */
export function complaintWeight(complexity: string | null | undefined): number {
  if (complexity === 'especiallyComplex') return 3;
  if (complexity === 'complex') return 2;
  return 1;
}

/** Why a person cannot be given one more complaint now, or null. */
export function unavailableBecause(member: RosterMember): 'onLeave' | 'off' | 'overCap' | null {
  if (member.state === 'onLeave') return 'onLeave';
  if (member.state === 'off') return 'off';
  if (member.cap !== null && member.openCount >= member.cap) return 'overCap';
  return null;
}
