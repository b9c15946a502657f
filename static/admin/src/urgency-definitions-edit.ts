import type { CategoryUrgencyDefinitions, UrgencyDefinitions, Urgencies } from '../../../src/domain/config';

/** A category's definitions follow it when its id is edited, so none is left under an id that no longer exists. */
export const renameDefinitions = (definitions: UrgencyDefinitions, from: string, to: string): UrgencyDefinitions => {
  const own = definitions[from];
  if (own === undefined || from === to) return definitions;
  const rest = Object.fromEntries(Object.entries(definitions).filter(([id]) => id !== from && id !== to));
  return { ...rest, [to]: own };
};

/** Removing a category removes its definitions with it. */
export const dropDefinitions = (definitions: UrgencyDefinitions, id: string): UrgencyDefinitions =>
  Object.fromEntries(Object.entries(definitions).filter(([key]) => key !== id));

/** Defining a category's levels starts from the general meanings, for the admin to specialise. */
export const definitionsFromGeneral = (urgencies: Urgencies): CategoryUrgencyDefinitions => ({
  urgent: { ...urgencies.urgent.help },
  high: { ...urgencies.high.help },
  medium: { ...urgencies.medium.help },
  low: { ...urgencies.low.help },
});
