import { fromPairs } from '@support-standard/ui-kit/src/i18n';

/** Strings of the issue-12 sections (remedy history and dates, …), kept apart from the panel's base messages. */
export const practiceMessages = fromPairs({
  update: ['Update', '更新'],
  earlierVersions: ['Earlier versions ({n})', '历史版本({n})'],
  versionLine: ['{who}, {at}', '{who},{at}'],
  expectedPast: ['Expected by: the date lies in the past. Enter a later date or clear it.', '预计完成时间:该时间已过去,请填写之后的时间或清空。'],
});

export type PracticeKey = keyof (typeof practiceMessages)['en'];
