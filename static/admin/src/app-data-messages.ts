import { fromPairs } from '@support-standard/ui-kit/src/i18n';

export const appDataMessages = fromPairs({
  title: ['App data archive (service records, clocks, surveys, follow-ups, history)', '应用数据档案(服务记录、时限、满意度、回访、历史)'],
  hint: [
    'Everything the app keeps, as one JSON file: service records with operation logs and confirmations, SLA clocks and their event logs, surveys, follow-ups, configuration history and the audit log — for a backup, or to move to another site. Import writes it back onto the issues with the same keys; importing the same file again changes nothing. The service record table (服务记录表) as CSV is on the reports page.',
    '应用保存的全部数据,导出为一个 JSON 文件:含操作记录和用户确认的服务记录、时限及其事件日志、满意度、回访、配置历史和审计日志——用于备份或迁移。导入时按相同的问题键写回;重复导入同一文件不会改变任何内容。服务记录表(CSV)在报表页导出。',
  ],
  uninstallWarning: [
    'Uninstalling the app deletes all of its storage: Forge keeps it 28 days after the uninstall, then removes it. Export the archive before you uninstall, and keep the file for as long as the retention policy requires.',
    '卸载应用会删除其全部存储数据:Forge 在卸载后保留 28 天,随后清除。卸载前请先导出档案,并按保存期要求妥善保存该文件。',
  ],
  exportRun: ['Export app data', '导出应用数据'],
  exporting: ['Exporting…', '正在导出…'],
  exported: ['Downloaded {filename}.', '已下载 {filename}。'],
  importFile: ['App data file (.json)', '应用数据文件(.json)'],
  importRun: ['Import app data', '导入应用数据'],
  importing: ['Importing…', '正在导入…'],
  imported: [
    'Imported: {issues} requests, {followUps} follow-ups, {counters} number counters, {clockEvents} clock event logs, {configVersions} configuration versions, {auditEntries} audit entries.',
    '已导入:{issues} 个请求、{followUps} 个回访、{counters} 个编号计数器、{clockEvents} 个时限事件日志、{configVersions} 个配置版本、{auditEntries} 条审计记录。',
  ],
  badJson: ['App data file: this is not valid JSON ({message}).', '应用数据文件:不是有效的 JSON({message})。'],
  noFile: ['App data file: choose a file first.', '应用数据文件:请先选择文件。'],
});

export type AppDataKey = keyof (typeof appDataMessages)['en'];
