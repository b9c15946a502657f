/** The SLA clocks of the standard: response (first reply), resolution, on-site (departure), in display order. */
export const CLOCK_NAMES = ['response', 'resolution', 'onsite'] as const;
export type ClockName = (typeof CLOCK_NAMES)[number];
