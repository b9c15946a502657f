export type SectionId = 'taxonomy' | 'rules' | 'calendars' | 'priorities' | 'sla' | 'routing' | 'numbering' | 'survey' | 'notifications' | 'knowledge' | 'transfer';

/** Top-level config keys each section edits, so an error path leads to the section that can fix it. */
export const SECTION_KEYS: Readonly<Record<SectionId, readonly string[]>> = {
  taxonomy: ['taxonomy', 'impactLevels', 'urgencies', 'intakeDefaults'],
  rules: ['priorityRules'],
  calendars: ['calendars'],
  priorities: ['priorities'],
  sla: ['sla'],
  routing: ['routing'],
  numbering: ['numbering'],
  survey: ['survey'],
  notifications: ['notifications'],
  knowledge: ['knowledge'],
  transfer: [],
};

/** `priorityRules[2].priority` → rules; an error at the root (or an unknown key) shows on the transfer page. */
export const sectionOfPath = (path: string): SectionId => {
  const top = /^[^.[]*/.exec(path)?.[0] ?? '';
  const match = (Object.keys(SECTION_KEYS) as SectionId[]).find((id) => SECTION_KEYS[id].includes(top));
  return match ?? 'transfer';
};
