import { z } from 'zod';

const Id = z.union([z.string().min(1), z.number()]).transform(String);

/**
 * The platform-supplied invocation context. Identity comes only from here (`accountId` is set by the platform
 * from the principal and overrides anything the frontend sends; `extension` is the product host's).
 */
export const ResolverContextSchema = z.object({
  accountId: z.string().min(1).nullish(),
  extension: z
    .object({
      issue: z.object({ key: z.string().min(1) }).nullish(),
      project: z.object({ id: Id }).nullish(),
      // The create-property panel runs before the request exists: its context carries only the request type.
      request: z.object({ key: z.string().min(1).optional(), typeId: Id.optional() }).nullish(),
      /** The portal (service desk) of the portal modules. */
      portal: z.object({ id: Id }).nullish(),
    })
    .nullish(),
});
export type ResolverContext = z.infer<typeof ResolverContextSchema>;
