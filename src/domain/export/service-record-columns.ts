import type { Locale } from '../config';

/** The columns of the standard's service record table (技术支持服务记录表), in its order. */
export const SERVICE_RECORD_COLUMNS = [
  'serviceNumber',
  'requester',
  'contact',
  'department',
  'category',
  'description',
  'urgency',
  'receivedAt',
  'handler',
  'progress',
  'resolvedAt',
  'solution',
  'confirmation',
  'satisfaction',
  'operations',
] as const;
export type ServiceRecordColumn = (typeof SERVICE_RECORD_COLUMNS)[number];

/** One exported row as text, keyed by column. */
export type ServiceRecordCells = Record<ServiceRecordColumn, string>;

export const SERVICE_RECORD_HEADERS: Record<Locale, ServiceRecordCells> = {
  'zh-CN': {
    serviceNumber: '服务单号',
    requester: '申请人',
    contact: '联系方式',
    department: '所属部门',
    category: '问题类型',
    description: '问题描述',
    urgency: '紧急程度',
    receivedAt: '受理时间',
    handler: '处理人',
    progress: '处理进展',
    resolvedAt: '解决时间',
    solution: '解决方案简述',
    confirmation: '用户确认',
    satisfaction: '满意度评分',
    operations: '操作记录',
  },
  en: {
    serviceNumber: 'Service number',
    requester: 'Requester',
    contact: 'Contact',
    department: 'Department',
    category: 'Category',
    description: 'Description',
    urgency: 'Urgency',
    receivedAt: 'Received at',
    handler: 'Handler',
    progress: 'Progress',
    resolvedAt: 'Resolved at',
    solution: 'Solution summary',
    confirmation: 'Requester confirmation',
    satisfaction: 'Satisfaction',
    operations: 'Operation log',
  },
};

export const headerRow = (locale: Locale): string[] => SERVICE_RECORD_COLUMNS.map((column) => SERVICE_RECORD_HEADERS[locale][column]);
