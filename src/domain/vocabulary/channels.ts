/** How a request reached the desk (受理渠道); not to be confused with the notification channels of the config. */
export const INTAKE_CHANNELS = ['portal', 'email', 'im', 'phone', 'walk-in', 'api', 'other'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];
