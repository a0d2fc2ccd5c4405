import type { TFunction } from 'i18next';
import { ROLES } from '../../../shared/domain/actor';
import type { Team } from '../../../shared/org/organisation';

export const roleOptions = (t: TFunction) => ROLES.map((role) => ({ value: role, label: t(`session.roles.${role}`) }));

export const teamOptions = (teams: readonly Team[]) =>
  teams.map((team) => ({ value: team.id, label: `${team.branchName} · ${team.name}` }));
