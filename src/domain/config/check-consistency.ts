import type { z } from 'zod';
import type { AppConfigShapeSchema } from './app-config-schema';
import { validateCalendarSemantics } from '../calendar/validate-calendar';
import { LEVEL_IDS } from './levels';

type Shape = z.infer<typeof AppConfigShapeSchema>;
type Path = (string | number)[];
export type ReportIssue = (path: Path, message: string) => void;

/** Reports every later occurrence of a value already seen, at `pathOf(index)`. */
const reportDuplicates = (values: readonly unknown[], pathOf: (index: number) => Path, what: string, report: ReportIssue): void => {
  const seen = new Set<unknown>();
  values.forEach((value, index) => {
    if (seen.has(value)) report(pathOf(index), `duplicate ${what} ${JSON.stringify(value)}`);
    seen.add(value);
  });
};

const checkTaxonomy = (config: Shape, report: ReportIssue): void => {
  const { categories } = config.taxonomy;
  reportDuplicates(categories.map((c) => c.id), (i) => ['taxonomy', 'categories', i, 'id'], 'category id', report);
  const seen = new Set<string>();
  categories.forEach((category, i) => {
    category.subcategories.forEach((sub, j) => {
      if (seen.has(sub.id)) {
        report(['taxonomy', 'categories', i, 'subcategories', j, 'id'], `duplicate subcategory id "${sub.id}" (subcategory ids are unique across categories)`);
      }
      seen.add(sub.id);
    });
  });
  const ids = new Set(categories.map((c) => c.id));
  for (const id of Object.keys(config.urgencyDefinitions)) {
    if (!ids.has(id)) report(['urgencyDefinitions', id], `unknown category "${id}"`);
  }
};

const checkLevels = (config: Shape, report: ReportIssue): void => {
  reportDuplicates(config.impactLevels.map((l) => l.id), (i) => ['impactLevels', i, 'id'], 'impact level id', report);
  reportDuplicates(config.impactLevels.map((l) => l.rank), (i) => ['impactLevels', i, 'rank'], 'impact rank', report);
};

const checkCalendars = (config: Shape, report: ReportIssue): void => {
  for (const [id, spec] of Object.entries(config.calendars)) {
    const checked = validateCalendarSemantics(spec);
    if (!checked.ok) {
      // The calendar module names the field inside the calendar as a formatted path (`weekly.mon[1]`).
      const inner = checked.error.path ?? '';
      const message = checked.error.message.startsWith(`${inner}: `) ? checked.error.message.slice(inner.length + 2) : checked.error.message;
      report(inner === '' ? ['calendars', id] : ['calendars', id, inner], message);
    }
  }
  for (const id of LEVEL_IDS) {
    const calendar = config.priorities[id].calendar;
    if (!Object.hasOwn(config.calendars, calendar)) report(['priorities', id, 'calendar'], `unknown calendar "${calendar}"`);
  }
};

const checkSla = (config: Shape, report: ReportIssue): void => {
  const { sla } = config;
  sla.warningThresholds.forEach((value, i) => {
    const previous = sla.warningThresholds[i - 1];
    if (previous !== undefined && value <= previous) {
      report(['sla', 'warningThresholds', i], 'warning thresholds must be strictly ascending');
    }
  });
  const lists = ['pauseStatuses', 'responseStatuses', 'doneStatuses', 'workaroundSatisfiesResolution'] as const;
  for (const list of lists) reportDuplicates(sla[list], (i) => ['sla', list, i], 'entry', report);
  // A status that pauses the clocks and also stops them (or counts as a response) has no single meaning.
  const pausing = new Set(sla.pauseStatuses);
  for (const list of ['responseStatuses', 'doneStatuses'] as const) {
    sla[list].forEach((status, i) => {
      if (pausing.has(status)) report(['sla', list, i], `"${status}" is also a pause status`);
    });
  }
};

const checkRules = (config: Shape, report: ReportIssue): void => {
  const rules = config.priorityRules;
  reportDuplicates(rules.map((r) => r.id), (i) => ['priorityRules', i, 'id'], 'rule id', report);
  const categories = new Map(config.taxonomy.categories.map((c) => [c.id, c]));
  const categoryOfSub = new Map(config.taxonomy.categories.flatMap((c) => c.subcategories.map((s) => [s.id, c.id] as const)));
  const impacts = new Set(config.impactLevels.map((l) => l.id));
  rules.forEach((rule, i) => {
    const at = (...rest: Path): Path => ['priorityRules', i, 'conditions', ...rest];
    const wanted = rule.conditions.categories;
    wanted?.forEach((id, j) => {
      if (!categories.has(id)) report(at('categories', j), `unknown category "${id}"`);
    });
    rule.conditions.subcategories?.forEach((id, j) => {
      const owner = categoryOfSub.get(id);
      if (owner === undefined) report(at('subcategories', j), `unknown subcategory "${id}"`);
      else if (wanted !== undefined && !wanted.includes(owner)) {
        report(at('subcategories', j), `subcategory "${id}" belongs to "${owner}", which the rule's categories exclude, so the rule can never match`);
      }
    });
    const impact = rule.conditions.impact;
    if (impact !== undefined) {
      if ('atLeast' in impact) {
        if (!impacts.has(impact.atLeast)) report(at('impact', 'atLeast'), `unknown impact level "${impact.atLeast}"`);
      } else {
        impact.in.forEach((id, j) => {
          if (!impacts.has(id)) report(at('impact', 'in', j), `unknown impact level "${id}"`);
        });
      }
    }
  });
};

const checkRouting = (config: Shape, report: ReportIssue): void => {
  const categories = new Set(config.taxonomy.categories.map((c) => c.id));
  for (const [category, group] of Object.entries(config.routing.groups)) {
    if (!categories.has(category)) report(['routing', 'groups', category], `unknown category "${category}"`);
    reportDuplicates(group.members, (i) => ['routing', 'groups', category, 'members', i], 'member', report);
  }
};

const checkSurveyAndNotifications = (config: Shape, report: ReportIssue): void => {
  const calendar = config.survey.followUp.calendar;
  if (!Object.hasOwn(config.calendars, calendar)) report(['survey', 'followUp', 'calendar'], `unknown calendar "${calendar}"`);
  const { notifications } = config;
  for (const [event, channels] of Object.entries(notifications.events)) {
    reportDuplicates(channels, (i) => ['notifications', 'events', event, i], 'channel', report);
    channels.forEach((channel, i) => {
      if (channel !== 'jira' && notifications[channel] === undefined) {
        report(['notifications', 'events', event, i], `channel "${channel}" is used but notifications.${channel} is not configured`);
      }
    });
  }
};

const checkIntakeDefaults = (config: Shape, report: ReportIssue): void => {
  const { category, impact } = config.intakeDefaults;
  if (!config.taxonomy.categories.some((c) => c.id === category)) report(['intakeDefaults', 'category'], `unknown category "${category}"`);
  if (!config.impactLevels.some((l) => l.id === impact)) report(['intakeDefaults', 'impact'], `unknown impact level "${impact}"`);
};

/** Rules that span sections: references resolve, ids are unique, orders make sense. */
export const checkConsistency = (config: Shape, report: ReportIssue): void => {
  checkTaxonomy(config, report);
  checkLevels(config, report);
  checkCalendars(config, report);
  checkSla(config, report);
  checkRules(config, report);
  checkRouting(config, report);
  checkSurveyAndNotifications(config, report);
  checkIntakeDefaults(config, report);
};
