import type { AppConfig } from './app-config-schema';
import { CONFIG_VERSION } from './app-config-schema';
import { defaultTaxonomy } from './default-taxonomy';
import { standardUrgencyDefinitions } from './urgency-definitions';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const nineToSix = (): [string, string][] => [['09:00', '18:00']];

/**
 * The configuration that reproduces the standard exactly (DOMAIN.md §2–§6). A fresh object on every
 * call, so callers may edit it into a new config without sharing state.
 */
export const defaultConfig = (): AppConfig => ({
  version: CONFIG_VERSION,
  taxonomy: defaultTaxonomy(),
  impactLevels: [
    { id: 'individual', rank: 1, name: text('个人', 'Individual') },
    { id: 'team', rank: 2, name: text('团队', 'Team') },
    { id: 'department', rank: 3, name: text('部门', 'Department') },
    { id: 'company', rank: 4, name: text('全公司', 'Whole company') },
  ],
  urgencies: {
    urgent: {
      name: text('紧急', 'Urgent'),
      help: text('核心业务中断(如生产系统宕机)', 'Core business interrupted (e.g. the production system is down)'),
    },
    high: {
      name: text('高', 'High'),
      help: text('主要功能不可用(如CRM无法录入客户数据)', 'A main function is unavailable (e.g. the CRM cannot record customer data)'),
    },
    medium: {
      name: text('中', 'Medium'),
      help: text('部分功能异常(如报表失败)', 'Part of a function is abnormal (e.g. a report fails)'),
    },
    low: {
      name: text('低', 'Low'),
      help: text('轻微操作疑问或非核心设备故障(如软件设置咨询)', 'A minor how-to question or a non-core device fault (e.g. a software settings question)'),
    },
  },
  urgencyDefinitions: standardUrgencyDefinitions(),
  priorities: {
    urgent: {
      name: text('紧急', 'Urgent'),
      description: text('核心业务系统完全中断', 'Core business system fully down'),
      response: 60,
      resolution: 120,
      onsite: 30,
      targetUnit: 'business',
      calendar: '24x7',
    },
    high: {
      name: text('高', 'High'),
      description: text('主要业务功能不可用', 'Main business function unavailable'),
      response: 120,
      resolution: 240,
      onsite: 60,
      targetUnit: 'business',
      calendar: 'workday',
    },
    medium: {
      name: text('中', 'Medium'),
      description: text('部分功能异常', 'Part of a function abnormal'),
      response: 240,
      resolution: 480,
      targetUnit: 'business',
      calendar: 'workday',
    },
    low: {
      name: text('低', 'Low'),
      description: text('轻微操作疑问或非核心设备故障', 'Minor question or non-core device fault'),
      response: 480,
      resolution: 1440,
      targetUnit: 'business',
      calendar: 'workday',
    },
  },
  calendars: {
    workday: {
      timezone: 'Asia/Shanghai',
      weekly: { mon: nineToSix(), tue: nineToSix(), wed: nineToSix(), thu: nineToSix(), fri: nineToSix() },
      holidaySets: ['cn-statutory'],
    },
    '24x7': { timezone: 'Asia/Shanghai', alwaysOpen: true },
  },
  calendarCoverage: { warnFrom: '11-01' },
  sla: {
    pauseStatuses: ['Waiting for customer', 'Waiting for third party'],
    responseStatuses: ['In Progress'],
    doneStatuses: ['Resolved', 'Closed'],
    onPriorityChange: 'retroactive',
    onReopen: 'newCycle',
    warningThresholds: [50, 75],
    workaroundSatisfiesResolution: ['high'],
  },
  priorityRules: [
    {
      id: 'data-security-department',
      name: text('数据安全且影响部门及以上 → 紧急', 'Data security affecting a department or more → urgent'),
      enabled: true,
      conditions: { categories: ['data-security'], impact: { atLeast: 'department' } },
      priority: 'urgent',
    },
  ],
  routing: {
    strategy: 'round-robin',
    groups: {
      hardware: { name: text('硬件工程师', 'Hardware engineers'), members: [] },
      software: { name: text('软件开发工程师', 'Software engineers'), members: [] },
      network: { name: text('网络工程师', 'Network engineers'), members: [] },
      consultation: { name: text('服务台', 'Service desk'), members: [] },
      'data-security': { name: text('安全工程师', 'Security engineers'), members: [] },
      'third-party': { name: text('集成工程师', 'Integration engineers'), members: [] },
    },
  },
  numbering: { prefix: 'TS', padding: 3, timezone: 'Asia/Shanghai' },
  survey: {
    items: {
      responseSpeed: { label: text('响应速度', 'Response speed') },
      attitude: { label: text('处理态度', 'Attitude') },
      expertise: { label: text('专业能力', 'Expertise') },
      effectiveness: { label: text('问题解决效果', 'Effectiveness') },
      recurrence: { label: text('是否复发(5 = 未复发)', 'Recurrence (5 = has not recurred)') },
    },
    scale: { min: 1, max: 5 },
    lowScoreRule: 'anyBelow',
    threshold: 3,
    followUp: {
      owner: { type: 'dutySupervisor' },
      issueType: 'Task',
      dueBusinessMinutes: 540,
      calendar: 'workday',
    },
  },
  confirmation: { closeTransition: 'auto', linkExpiryDays: 14 },
  notifications: {
    events: { urgentRaised: ['jira'], warning: ['jira'], breach: ['jira'], lowScore: ['jira'] },
  },
  intakeDefaults: { category: 'consultation', urgency: 'medium', impact: 'individual' },
  retention: { months: 24 },
  knowledge: { spaceKey: null, language: 'zh-CN' },
});
