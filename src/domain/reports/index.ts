export { addToReport } from './add-to-report';
export { clockOutcome, REPORT_CLOCKS, type ClockOutcome, type ReportClock } from './clock-outcome';
export { emptyReport } from './empty-report';
export { finishReport } from './finish-report';
export { localMonth, monthsBetween } from './local-month';
export { BreachItemSchema, ReportAccumulatorSchema, type BreachItem, type ReportAccumulator } from './report-accumulator';
export { ComplianceSchema, ReportDataSchema, SatisfactionSchema, type Compliance, type ReportData, type Satisfaction } from './report-data';
export { DEFAULT_BREACH_LIMIT, ReportQuerySchema, type ReportQuery, type ReportQueryInput } from './report-query';
export { FollowUpFactSchema, PersonSchema, RequestFactsSchema, type FollowUpFact, type Person, type RequestFacts } from './request-facts';
