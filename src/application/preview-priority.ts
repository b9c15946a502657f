import type { AppConfig } from '../domain/config';
import { decidePriority } from '../domain/priority';
import type { Urgency } from '../shared/issue-properties';
import type { PriorityPreview } from '../shared/rpc';

/** "Test these inputs": which priority the current rules give, and which rule fired. */
export const previewPriority = (
  config: AppConfig,
  input: { readonly category: string; readonly subcategory: string | null; readonly urgency: Urgency; readonly impact: string | null },
): PriorityPreview => {
  const decision = decidePriority(config, {
    category: input.category,
    urgency: input.urgency,
    urgencyVerified: true,
    ...(input.subcategory === null ? {} : { subcategory: input.subcategory }),
    ...(input.impact === null ? {} : { impact: input.impact }),
  });
  return {
    priority: decision.priority,
    rule: decision.rule === null ? null : { id: decision.rule.id, name: decision.rule.name.en },
    reason: { en: decision.reason.en, 'zh-CN': decision.reason.zh },
  };
};
