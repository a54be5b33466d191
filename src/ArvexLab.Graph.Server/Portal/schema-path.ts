import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The snapshot the server tests write at the repository root (issue 2). */
export const committedSchema = resolve(here, '../../../schema.graphql');

/** Stand-in with the names the issues fix, used until the snapshot lands on main. */
export const provisionalSchema = resolve(here, 'schema.provisional.graphql');

export function schemaPath(): string {
  return existsSync(committedSchema) ? committedSchema : provisionalSchema;
}
