import { LEVEL_IDS, type AppConfig } from '../domain/config';
import { ON_BEHALF_CHANNELS } from '../shared/portal-intake';
import type { IntakeOptions } from '../shared/rpc';

/**
 * The choices the intake panels offer, from the current taxonomy (no request or user data); `forAgent` when the
 * viewer is an agent raising on a customer's behalf, who also says how the request arrived.
 */
export const getIntakeOptions = (config: AppConfig, forAgent = false): IntakeOptions => ({
  categories: config.taxonomy.categories.map((c) => ({
    id: c.id,
    name: c.name,
    subcategories: c.subcategories.map((s) => ({ id: s.id, name: s.name })),
    urgencyDefinitions: config.urgencyDefinitions[c.id] ?? null,
  })),
  urgencies: LEVEL_IDS.map((id) => ({ id, name: config.urgencies[id].name, help: config.urgencies[id].help })),
  impactLevels: [...config.impactLevels].sort((a, b) => a.rank - b.rank).map((l) => ({ id: l.id, name: l.name })),
  defaults: { ...config.intakeDefaults },
  agentIntake: forAgent ? { channels: [...ON_BEHALF_CHANNELS] } : null,
});
