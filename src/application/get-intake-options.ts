import { LEVEL_IDS, type AppConfig } from '../domain/config';
import type { IntakeOptions } from '../shared/rpc';

/** The choices the portal intake panel offers, from the current taxonomy (no request or user data). */
export const getIntakeOptions = (config: AppConfig): IntakeOptions => ({
  categories: config.taxonomy.categories.map((c) => ({
    id: c.id,
    name: c.name,
    subcategories: c.subcategories.map((s) => ({ id: s.id, name: s.name })),
    urgencyDefinitions: config.urgencyDefinitions[c.id] ?? null,
  })),
  urgencies: LEVEL_IDS.map((id) => ({ id, name: config.urgencies[id].name, help: config.urgencies[id].help })),
  impactLevels: [...config.impactLevels].sort((a, b) => a.rank - b.rank).map((l) => ({ id: l.id, name: l.name })),
  defaults: { ...config.intakeDefaults },
});
