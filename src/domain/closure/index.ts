export { planClose, type ClosePlan, type TransitionOption } from './close-transition';
