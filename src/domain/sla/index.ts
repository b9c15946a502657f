export type * from './types';
export { evaluateSla } from './evaluate-sla';
export { isStoppedState } from './types';
export { orderSlaEvents, type IdentifiedSlaEvent } from './order-events';
export { planNextLook, QUEUE_DELAY_WINDOW_MS, type ExactCheck, type NextLook } from './next-look';
export {
  PriorityTargetSchema,
  TimelineConfigSchema,
  toSlaSetup,
  type CalendarCompiler,
  type SlaSetup,
  type TimelineConfig,
} from './timeline-config';
