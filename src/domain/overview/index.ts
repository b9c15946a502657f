export { OVERVIEW_CLOCKS, slaOverview, type OverviewClock, type OverviewFilter, type OverviewRequest, type OverviewRow } from './sla-overview';
