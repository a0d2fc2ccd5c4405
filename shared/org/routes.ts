/** Every server path sits under this prefix. */
export const API_PREFIX = '/api/v1';

/** Paths relative to API_PREFIX, in Fastify's `:param` form. */
export const ORG_ROUTES = {
  health: '/health',
  login: '/auth/login',
  refresh: '/auth/refresh',
  logout: '/auth/logout',
  me: '/me',
  myPassword: '/me/password',
  users: '/users',
  user: '/users/:id',
  userPassword: '/users/:id/password',
  branches: '/branches',
  teams: '/teams',
  team: '/teams/:id',
  orgSettings: '/org-settings',
  orgSettingsAdopt: '/org-settings/adopt',
  clockSettings: '/org-settings/clock',
  assignmentRules: '/assignment-rules',
  macros: '/macros',
  assistWatchList: '/assist/watch-list',
  assistScorecard: '/assist/scorecard',
  assistClassifier: '/assist/classifier',
  assistClassifierTrain: '/assist/classifier/train',
  assistClassifierInfo: '/assist/classifier/info',
  availability: '/availability',
  personAvailability: '/availability/:id',
} as const;
export type OrgRoute = keyof typeof ORG_ROUTES;

/** The full path of a route, with `:id` filled in: `orgPath('user', { id })` → `/api/v1/users/<id>`. */
export function orgPath(route: OrgRoute, params: { id?: string } = {}): string {
  const path = ORG_ROUTES[route].replace(':id', () => {
    if (params.id === undefined) throw new Error(`route ${route} needs an id`);
    return encodeURIComponent(params.id);
  });
  return `${API_PREFIX}${path}`;
}
