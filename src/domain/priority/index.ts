export { decidePriority, type PriorityDecision, type PriorityInput } from './decide-priority';
