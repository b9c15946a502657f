export { nextOnsiteStep, type OnsiteStepName, type OnsiteVisitSteps } from './next-step';
