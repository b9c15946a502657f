import { z } from 'zod';
import { failure, type Envelope } from '../shared/envelope';
import type { StoredConfigDto } from '../shared/rpc';
import type { Needs, WithJira } from './deps';
import type { People } from './ports';
import { saveConfig } from './save-config';

const DocumentSchema = z.object({ format: z.literal('support-standard-config'), config: z.unknown() });

/** Imports an exported document: the same validation and optimistic check as a save. */
export const importConfig = async (
  deps: Needs<'clock' | 'config' | 'logger' | 'queue'> & WithJira<People>,
  by: string | null,
  input: { readonly document: unknown; readonly expectedVersion: number },
): Promise<Envelope<StoredConfigDto>> => {
  const document = DocumentSchema.safeParse(input.document);
  if (!document.success) {
    return failure('invalid-config', 'This is not a Support Standard configuration export (format "support-standard-config").', [
      { path: 'format', message: 'expected "support-standard-config"' },
    ]);
  }
  return saveConfig(deps, by, { config: document.data.config, expectedVersion: input.expectedVersion });
};
