import type { Messages } from '@support-standard/ui-kit';

export type IntakeKey =
  | 'title'
  | 'intro'
  | 'category'
  | 'categoryPlaceholder'
  | 'subcategory'
  | 'subcategoryPlaceholder'
  | 'subcategoryFirst'
  | 'urgency'
  | 'urgencyDefinedFor'
  | 'urgencyGeneral'
  | 'impact'
  | 'impactText'
  | 'impactTextHelp'
  | 'impactTextPlaceholder'
  | 'department'
  | 'contact'
  | 'contactHelp'
  | 'occurredAt'
  | 'occurredAtHelp'
  | 'optionsFailed'
  | 'onBehalfTitle'
  | 'onBehalfHelp'
  | 'channel'
  | 'channel.phone'
  | 'channel.walk-in'
  | 'channel.email'
  | 'channel.im'
  | 'channel.other'
  | 'stillNeeded'
  | 'problem.required'
  | 'problem.unknownOption'
  | 'problem.tooLong'
  | 'problem.invalidTime'
  | 'problem.futureTime';

export const messages: Messages<IntakeKey> = {
  en: {
    title: 'Service details',
    intro: 'These details decide who handles your request and how fast.',
    category: 'Problem category',
    categoryPlaceholder: 'Choose a category',
    subcategory: 'Subcategory',
    subcategoryPlaceholder: 'Choose a subcategory',
    subcategoryFirst: 'Choose a category first',
    urgency: 'Urgency',
    urgencyDefinedFor: 'Levels as the service standard defines them for {category}.',
    urgencyGeneral: 'Levels as the service standard defines them in general.',
    impact: 'Who is affected',
    impactText: 'Impact in your words',
    impactTextHelp: 'For example: 10 people cannot clock in.',
    impactTextPlaceholder: '10 people cannot clock in',
    department: 'Department',
    contact: 'Contact (phone, e-mail or IM)',
    contactHelp: 'How the engineer can reach you quickly.',
    occurredAt: 'When did it start?',
    occurredAtHelp: 'Your time zone: {zone}',
    stillNeeded: 'Still to fill in: {fields}.',
    onBehalfTitle: 'Raising for a customer',
    onBehalfHelp:
      'You are an agent: name the customer in “Raise this request on behalf of” — they become the requester, and the department and contact below are theirs. Say how the request reached you.',
    channel: 'Channel',
    'channel.phone': 'Phone',
    'channel.walk-in': 'Walk-in',
    'channel.email': 'Email',
    'channel.im': 'WeCom / DingTalk',
    'channel.other': 'Other',
    optionsFailed: 'The service details could not be loaded. You can still create the request; an agent will complete the details.',
    'problem.required': '{field} is required.',
    'problem.unknownOption': '{field}: choose one of the listed options.',
    'problem.tooLong': '{field} is too long (at most {max} characters).',
    'problem.invalidTime': '{field}: enter a date and time that exists in your time zone.',
    'problem.futureTime': '{field} cannot be in the future.',
  },
  'zh-CN': {
    title: '服务信息',
    intro: '这些信息决定由谁处理您的请求以及处理时限。',
    category: '问题类型',
    categoryPlaceholder: '请选择问题类型',
    subcategory: '问题子类',
    subcategoryPlaceholder: '请选择子类',
    subcategoryFirst: '请先选择问题类型',
    urgency: '紧急程度',
    urgencyDefinedFor: '以上为服务标准对「{category}」各紧急程度的定义。',
    urgencyGeneral: '以上为服务标准对各紧急程度的通用定义。',
    impact: '影响范围',
    impactText: '影响说明',
    impactTextHelp: '例如:10 人无法打卡。',
    impactTextPlaceholder: '10 人无法打卡',
    department: '所属部门',
    contact: '联系方式(电话、邮箱或 IM)',
    contactHelp: '便于工程师尽快联系您。',
    occurredAt: '发生时间',
    occurredAtHelp: '您的时区:{zone}',
    stillNeeded: '尚需填写:{fields}。',
    onBehalfTitle: '代客户提交',
    onBehalfHelp: '您是处理人员:请在“代表以下客户提交此请求”中选择客户——客户即为申请人,下面的所属部门和联系方式填写客户的信息。请注明请求是如何收到的。',
    channel: '接收渠道',
    'channel.phone': '电话',
    'channel.walk-in': '现场来访',
    'channel.email': '电子邮件',
    'channel.im': '企业微信 / 钉钉',
    'channel.other': '其他',
    optionsFailed: '无法加载服务信息。您仍可创建请求,处理人员会补全信息。',
    'problem.required': '请填写{field}。',
    'problem.unknownOption': '{field}:请从列表中选择。',
    'problem.tooLong': '{field}过长(最多 {max} 个字符)。',
    'problem.invalidTime': '{field}:请输入您所在时区中存在的日期和时间。',
    'problem.futureTime': '{field}不能晚于当前时间。',
  },
};
