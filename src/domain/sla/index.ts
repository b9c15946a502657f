export type * from './types';
export { evaluateSla } from './evaluate-sla';
export {
  PriorityTargetSchema,
  TimelineConfigSchema,
  toSlaSetup,
  type CalendarCompiler,
  type SlaSetup,
  type TimelineConfig,
} from './timeline-config';
