/**
 * Writes public/profile.schema.json from the zod schema in lib/profile/schema.ts:
 * `npx tsx lib/cli/profile-schema.ts`. A unit test fails when the shipped file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { profileJsonSchema } from '../profile/schema';

export const SCHEMA_FILE = 'public/profile.schema.json';
export const schemaText = (): string => `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;

if (process.argv[1]?.endsWith('profile-schema.ts')) writeFileSync(SCHEMA_FILE, schemaText());
