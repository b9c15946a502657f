import { fromPairs } from '@support-standard/ui-kit/src/i18n';

export const appDataMessages = fromPairs({
  title: ['App data (service records, clocks, surveys, follow-ups)', '应用数据(服务记录、时限、满意度、回访)'],
  hint: [
    'Everything the app keeps with the requests, as one JSON file: for a backup, or to move to another site. Import writes it back onto the issues with the same keys.',
    '应用随请求保存的全部数据,导出为一个 JSON 文件:用于备份或迁移。导入时按相同的问题键写回。',
  ],
  exportRun: ['Export app data', '导出应用数据'],
  exporting: ['Exporting…', '正在导出…'],
  exported: ['Downloaded {filename}.', '已下载 {filename}。'],
  importFile: ['App data file (.json)', '应用数据文件(.json)'],
  importRun: ['Import app data', '导入应用数据'],
  importing: ['Importing…', '正在导入…'],
  imported: ['Imported: {issues} requests, {followUps} follow-ups, {counters} number counters.', '已导入:{issues} 个请求、{followUps} 个回访、{counters} 个编号计数器。'],
  badJson: ['App data file: this is not valid JSON ({message}).', '应用数据文件:不是有效的 JSON({message})。'],
  noFile: ['App data file: choose a file first.', '应用数据文件:请先选择文件。'],
});

export type AppDataKey = keyof (typeof appDataMessages)['en'];
