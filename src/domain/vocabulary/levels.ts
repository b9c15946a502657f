/**
 * The four levels of the standard, most urgent first. Urgency and priority share this one scale so that the
 * fallback rule "priority = verified urgency" is always defined (DOMAIN.md §3).
 */
export const LEVEL_IDS = ['urgent', 'high', 'medium', 'low'] as const;
export type Level = (typeof LEVEL_IDS)[number];

export const isLevel = (value: string): value is Level => LEVEL_IDS.some((level) => level === value);
