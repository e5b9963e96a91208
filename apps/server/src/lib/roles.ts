export const ROLES = ['VIEWER', 'MODERATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** ADMIN > MODERATOR > VIEWER: a role may do everything the roles below it may. */
export function roleAllows(held: Role, required: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(required);
}
