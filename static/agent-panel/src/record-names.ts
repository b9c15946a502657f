import type { LocalizedText, ServiceRecord } from '../../../src/shared/issue-properties';
import type { RecordNames } from '../../../src/shared/record-names';

type Language = keyof LocalizedText;

/** A person by display name; by account id only when Jira did not name them. */
export const personName = (names: RecordNames, accountId: string): string => names.people[accountId] ?? accountId;

/** "Category / Subcategory" in the viewer's language; ids only where the backend sent no name. */
export const categoryLine = (record: ServiceRecord, names: RecordNames, language: Language): string => {
  const category = names.category?.[language] ?? record.category;
  if (record.subcategory === null) return category;
  return `${category} / ${names.subcategory?.[language] ?? record.subcategory}`;
};

/** The impact level's name, then the requester's own words about it. */
export const impactLine = (record: ServiceRecord, names: RecordNames, language: Language): string | null => {
  const level = record.impact === null ? null : (names.impact?.[language] ?? record.impact);
  return [level, record.impactText].filter((part) => part !== null).join(' — ') || null;
};
