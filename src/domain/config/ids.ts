import { z } from 'zod';

export const IdSchema = z
  .string()
  .max(64, { error: 'ids are at most 64 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id (a-z, 0-9 and single hyphens)' });

/** Atlassian account ids look like `5b10ac8d82e05b22cc7d4ef5` or `557058:f58131cb-…`. */
export const AccountIdSchema = z
  .string()
  .max(128)
  .regex(/^[A-Za-z0-9:_-]+$/, { error: 'expected an Atlassian accountId' });

/** The name of a Forge environment variable holding a secret; the secret itself never enters config. */
export const SecretNameSchema = z
  .string()
  .max(64)
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected the name of a secret variable (letters, digits, _)' });
