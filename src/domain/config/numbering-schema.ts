import { z } from 'zod';
import { isValidTimeZone } from '../numbering/time-zone';

export const NumberingSchema = z.strictObject({
  /** Upper-case letters and digits only: the hyphen separates the parts of `TS-YYYYMMDD-NNN`. */
  prefix: z
    .string()
    .regex(/^[A-Z][A-Z0-9]{0,9}$/, { error: 'expected 1–10 upper-case letters or digits, starting with a letter' }),
  padding: z.int().min(1).max(9),
  timezone: z.string().refine(isValidTimeZone, { error: 'expected an IANA time zone such as Asia/Shanghai' }),
});
export type Numbering = z.infer<typeof NumberingSchema>;
