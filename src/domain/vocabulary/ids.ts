import { z } from 'zod';

/** The spelling of every configured id (categories, subcategories, impact levels, rules, calendars, groups). */
export const IdSchema = z
  .string()
  .max(64, { error: 'ids are at most 64 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id (a-z, 0-9 and single hyphens)' });
