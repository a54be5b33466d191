/** Roles as the server names them (issue 3; `Query.me.roles`): three per organization, plus platform admins. */
export type Role = 'ADMIN' | 'REVIEWER' | 'VIEWER' | 'PLATFORM_ADMIN';

/**
 * What the UI may offer. Mirrors the server's policy names (Features/Identity/GraphPolicies.cs) so
 * the two matrices can be compared line by line; the server enforces them anyway.
 */
export type Action =
  | 'graph:read'
  | 'vendors:write'
  | 'evidence:review'
  | 'organization:admin'
  | 'frameworks:write'
  | 'catalogs:admin';

const allowed: Record<Role, readonly Action[]> = {
  ADMIN: ['graph:read', 'vendors:write', 'evidence:review', 'organization:admin', 'frameworks:write'],
  REVIEWER: ['graph:read', 'evidence:review'],
  VIEWER: ['graph:read'],
  // Manages the built-in framework catalogs; what it may do inside an organization comes from its org role.
  PLATFORM_ADMIN: ['catalogs:admin'],
};

const knownRoles = new Set<string>(Object.keys(allowed));

/** Reads the `role` claim, which OIDC servers send as one string or an array of strings. */
export function rolesFromClaim(claim: unknown): Role[] {
  const values = Array.isArray(claim) ? claim : claim === undefined || claim === null ? [] : [claim];
  return values
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim().toUpperCase())
    .filter((value): value is Role => knownRoles.has(value));
}

export function rolesAllow(roles: readonly Role[], action: Action): boolean {
  return roles.some((role) => allowed[role].includes(action));
}
