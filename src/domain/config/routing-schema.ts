import { z } from 'zod';
import { AccountIdSchema, IdSchema } from './ids';
import { LocalizedNameSchema } from '../vocabulary';

export const AssigneeGroupSchema = z.strictObject({
  name: LocalizedNameSchema,
  members: z.array(AccountIdSchema),
});
export type AssigneeGroup = z.infer<typeof AssigneeGroupSchema>;

/** A category without a group (or with an empty one) leaves new requests unassigned. */
export const RoutingSchema = z.strictObject({
  strategy: z.enum(['round-robin', 'least-loaded']),
  dutySupervisor: AccountIdSchema.exactOptional(),
  /** Route a request again when an agent reclassifies it although it has an assignee (unassigned ones always are). */
  rerouteOnReclassify: z.boolean().exactOptional(),
  groups: z.record(IdSchema, AssigneeGroupSchema),
});
export type Routing = z.infer<typeof RoutingSchema>;
