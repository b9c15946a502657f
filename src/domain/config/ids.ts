import { z } from 'zod';

/** The spelling of configured ids lives in the vocabulary. */
export { IdSchema } from '../vocabulary';

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
