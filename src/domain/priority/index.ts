export { decidePriority, type PriorityDecision, type PriorityInput } from './decide-priority';
export { needsEscalation } from './escalation';
