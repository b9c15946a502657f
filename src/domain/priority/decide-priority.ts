import type { AppConfig, ImpactCondition, Locale, PriorityId, PriorityRule, UrgencyId } from '../config';
import { categoryName, localize, subcategoryName } from '../taxonomy';

export interface PriorityInput {
  readonly category: string;
  readonly subcategory?: string;
  /** The agent-verified urgency, or the requester's proposal while nobody has verified it. */
  readonly urgency: UrgencyId;
  /** False while `urgency` is still the requester's proposal; affects only the explanation. */
  readonly urgencyVerified?: boolean;
  readonly impact?: string;
}

export interface PriorityDecision {
  readonly priority: PriorityId;
  readonly rule: { readonly id: string; readonly name: PriorityRule['name'] } | null;
  /** The "why this priority" shown to agents. */
  readonly reason: { readonly en: string; readonly zh: string };
}

type Explain = (locale: Locale) => string;

const impactRank = (config: AppConfig, impactId: string): number | undefined =>
  config.impactLevels.find((level) => level.id === impactId)?.rank;

const impactName = (config: AppConfig, impactId: string, locale: Locale): string => {
  const level = config.impactLevels.find((l) => l.id === impactId);
  return level ? localize(level.name, locale) : impactId;
};

const impactMatches = (config: AppConfig, condition: ImpactCondition, impact: string): boolean => {
  if ('in' in condition) return condition.in.includes(impact);
  const actual = impactRank(config, impact);
  const floor = impactRank(config, condition.atLeast);
  return actual !== undefined && floor !== undefined && actual >= floor;
};

/** The explanations of every condition when all of them hold, or null when the rule does not match. */
const matchRule = (config: AppConfig, rule: PriorityRule, input: PriorityInput): Explain[] | null => {
  const { categories, subcategories, urgencies, impact } = rule.conditions;
  const { taxonomy } = config;
  const why: Explain[] = [];
  if (categories !== undefined) {
    if (!categories.includes(input.category)) return null;
    why.push((l) => (l === 'en' ? 'category is ' : '类别为') + categoryName(taxonomy, input.category, l));
  }
  if (subcategories !== undefined) {
    const sub = input.subcategory;
    if (sub === undefined || !subcategories.includes(sub)) return null;
    why.push((l) => (l === 'en' ? 'subcategory is ' : '子类别为') + subcategoryName(taxonomy, sub, l));
  }
  if (urgencies !== undefined) {
    if (!urgencies.includes(input.urgency)) return null;
    why.push((l) => (l === 'en' ? 'urgency is ' : '紧急程度为') + localize(config.urgencies[input.urgency].name, l));
  }
  if (impact !== undefined) {
    const actual = input.impact;
    if (actual === undefined || !impactMatches(config, impact, actual)) return null;
    why.push((l) => {
      const name = impactName(config, actual, l);
      if ('in' in impact) return l === 'en' ? `impact is ${name}` : `影响范围为${name}`;
      const floor = impactName(config, impact.atLeast, l);
      return l === 'en' ? `impact ${name} is at least ${floor}` : `影响范围${name}不低于${floor}`;
    });
  }
  return why;
};

/**
 * Priority from category × subcategory × urgency × impact (DOMAIN.md §3): the first enabled rule whose
 * conditions all hold decides; when none does, priority = urgency.
 */
export const decidePriority = (config: AppConfig, input: PriorityInput): PriorityDecision => {
  const priorityName = (id: PriorityId, l: Locale): string => localize(config.priorities[id].name, l);
  for (const rule of config.priorityRules) {
    if (!rule.enabled) continue;
    const why = matchRule(config, rule, input);
    if (why === null) continue;
    const conditions = (l: Locale, none: string, sep: string): string =>
      why.length === 0 ? none : why.map((explain) => explain(l)).join(sep);
    return {
      priority: rule.priority,
      rule: { id: rule.id, name: rule.name },
      reason: {
        en: `Rule "${rule.name.en}" matched (${conditions('en', 'no conditions', '; ')}) → priority ${priorityName(rule.priority, 'en')}.`,
        zh: `命中规则“${rule.name['zh-CN']}”(${conditions('zh-CN', '无条件', ';')})→ 优先级${priorityName(rule.priority, 'zh-CN')}。`,
      },
    };
  }
  const verified = input.urgencyVerified ?? true;
  const urgencyEn = localize(config.urgencies[input.urgency].name, 'en');
  const urgencyZh = localize(config.urgencies[input.urgency].name, 'zh-CN');
  return {
    priority: input.urgency,
    rule: null,
    reason: verified
      ? {
          en: `No rule matched: priority = verified urgency (${urgencyEn}).`,
          zh: `未命中任何规则:优先级 = 核实后的紧急程度(${urgencyZh})。`,
        }
      : {
          en: `No rule matched: priority = urgency proposed by the requester (${urgencyEn}), not yet verified.`,
          zh: `未命中任何规则:优先级 = 申请人标注的紧急程度(${urgencyZh}),尚未核实。`,
        },
  };
};
