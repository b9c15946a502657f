import type { Messages } from '@support-standard/ui-kit';

export type AgentKey =
  | 'title'
  | 'serviceNumber'
  | 'unnumbered'
  | 'noRecord'
  | 'noRecordHint'
  | 'category'
  | 'impact'
  | 'department'
  | 'contact'
  | 'occurredAt'
  | 'channel'
  | 'raisedBy'
  | 'assumed'
  | 'urgency'
  | 'urgencyProposed'
  | 'urgencyDefinitions'
  | 'urgencyVerified'
  | 'notVerified'
  | 'verifiedBy'
  | 'confirmedBy'
  | 'urgencyVerification'
  | 'verify'
  | 'verifyTitle'
  | 'note'
  | 'save'
  | 'cancel'
  | 'priority'
  | 'why'
  | 'rule'
  | 'clocks'
  | 'noSla'
  | 'holidayGap'
  | 'clock.response'
  | 'clock.resolution'
  | 'clock.onsite'
  | 'state.running'
  | 'state.paused'
  | 'state.breached'
  | 'state.met'
  | 'state.missed'
  | 'dueAt'
  | 'target'
  | 'used'
  | 'cycle'
  | 'earlierCycles'
  | 'cycleLine'
  | 'everBreached'
  | 'workaround'
  | 'fix'
  | 'record'
  | 'remedyText'
  | 'expectedAt'
  | 'expectedAtHelp'
  | 'recordedBy'
  | 'none'
  | 'textRequired'
  | 'expectedInvalid'
  | 'survey'
  | 'noSurvey'
  | 'confirmedResolved'
  | 'confirmedNotResolved'
  | 'confirmedVia.portal'
  | 'confirmedVia.link'
  | 'closedWith'
  | 'closeFailed'
  | 'lowScore'
  | 'followUp'
  | 'followUp.open'
  | 'followUp.closed'
  | 'followUpPending'
  | 'item.responseSpeed'
  | 'item.attitude'
  | 'item.expertise'
  | 'item.effectiveness'
  | 'item.recurrence'
  | 'comment'
  | 'level.urgent'
  | 'level.high'
  | 'level.medium'
  | 'level.low'
  | 'subcategory'
  | 'listSeparator'
  | 'channel.portal'
  | 'channel.email'
  | 'channel.im'
  | 'channel.phone'
  | 'channel.walk-in'
  | 'channel.api'
  | 'channel.other'
  | 'saved'
  | 'unit.calendarTime'
  | 'unit.business';

export const messages: Messages<AgentKey> = {
  en: {
    title: 'Support standard',
    serviceNumber: 'Service number',
    unnumbered: 'Not numbered yet',
    noRecord: 'No service record yet',
    noRecordHint: 'The record is created when the request is raised; reload in a moment.',
    category: 'Category',
    impact: 'Impact',
    department: 'Department',
    contact: 'Contact',
    occurredAt: 'Occurred',
    channel: 'Channel',
    raisedBy: 'Raised on the requester’s behalf by',
    assumed: 'Defaults used for: {fields}',
    urgency: 'Urgency',
    urgencyProposed: 'Proposed by requester',
    urgencyDefinitions: 'What each level means for {category} (service standard):',
    urgencyVerified: 'Verified',
    notVerified: 'Not verified yet: the SLA follows the proposed urgency.',
    verifiedBy: '{who} changed {from} → {to} at {at}',
    confirmedBy: '{who} confirmed {to} at {at}',
    urgencyVerification: 'Verification',
    verify: 'Verify / change',
    verifyTitle: 'Verify the urgency',
    note: 'Note',
    save: 'Save',
    cancel: 'Cancel',
    priority: 'Priority',
    why: 'Why',
    rule: 'Rule: {name}',
    clocks: 'SLA clocks',
    noSla: 'No SLA clocks yet.',
    holidayGap: '{clock}: holiday data for {year} missing — due time assumes no public holidays',
    'clock.response': 'Response',
    'clock.resolution': 'Resolution',
    'clock.onsite': 'On-site departure',
    'state.running': 'Running',
    'state.paused': 'Paused',
    'state.breached': 'Breached',
    'state.met': 'Met',
    'state.missed': 'Missed',
    dueAt: 'Due {at}',
    target: 'Target {target} ({unit})',
    used: 'Used {used}',
    cycle: 'Cycle {n}',
    earlierCycles: 'Earlier cycles',
    cycleLine: 'Cycle {n}: {used} of {target}',
    everBreached: 'Breached in an earlier cycle',
    workaround: 'Workaround',
    fix: 'Permanent fix',
    record: 'Record',
    remedyText: 'What was done',
    expectedAt: 'Expected by',
    expectedAtHelp: 'Optional. Your time zone: {zone}',
    recordedBy: 'by {who}, {at}',
    none: 'None recorded',
    textRequired: 'Describe what was done.',
    expectedInvalid: 'Expected by: enter a complete date and time, or clear it.',
    survey: 'Satisfaction survey',
    noSurvey: 'No survey answer yet.',
    confirmedResolved: 'The requester confirmed the problem is resolved ({via}, {at}).',
    confirmedNotResolved: 'The requester said the problem is not resolved ({via}, {at}).',
    'confirmedVia.portal': 'on the portal',
    'confirmedVia.link': 'by the e-mailed link',
    closedWith: 'Closed by the transition "{name}".',
    closeFailed: 'Not closed automatically — close the request by hand. {reason}',
    lowScore: 'Low score',
    followUp: 'Follow-up {key}: {status}',
    'followUp.open': 'open',
    'followUp.closed': 'closed',
    followUpPending: 'A follow-up is being created.',
    'item.responseSpeed': 'Response speed',
    'item.attitude': 'Attitude',
    'item.expertise': 'Expertise',
    'item.effectiveness': 'Effectiveness',
    'item.recurrence': 'No recurrence',
    comment: 'Comment',
    'level.urgent': 'Urgent',
    'level.high': 'High',
    'level.medium': 'Medium',
    'level.low': 'Low',
    subcategory: 'Subcategory',
    listSeparator: ', ',
    'channel.portal': 'Customer portal',
    'channel.email': 'Email',
    'channel.im': 'WeCom / DingTalk',
    'channel.phone': 'Phone',
    'channel.walk-in': 'Walk-in',
    'channel.api': 'API',
    'channel.other': 'Other',
    saved: 'Saved.',
    'unit.calendarTime': 'calendar time, 24×7',
    'unit.business': 'business hours, calendar {calendar}',
  },
  'zh-CN': {
    title: '服务标准',
    serviceNumber: '服务单号',
    unnumbered: '尚未编号',
    noRecord: '尚无服务记录',
    noRecordHint: '服务记录在请求创建时生成,请稍后刷新。',
    category: '问题类型',
    impact: '影响范围',
    department: '所属部门',
    contact: '联系方式',
    occurredAt: '发生时间',
    channel: '接收渠道',
    raisedBy: '代为提交人',
    assumed: '以下字段使用了默认值:{fields}',
    urgency: '紧急程度',
    urgencyProposed: '申请人提出',
    urgencyDefinitions: '服务标准对「{category}」各紧急程度的定义:',
    urgencyVerified: '已核实',
    notVerified: '尚未核实:SLA 暂按申请人提出的紧急程度计算。',
    verifiedBy: '{who} 于 {at} 将 {from} 改为 {to}',
    confirmedBy: '{who} 于 {at} 确认 {to}',
    urgencyVerification: '核实',
    verify: '核实 / 修改',
    verifyTitle: '核实紧急程度',
    note: '备注',
    save: '保存',
    cancel: '取消',
    priority: '优先级',
    why: '判定依据',
    rule: '规则:{name}',
    clocks: 'SLA 计时',
    noSla: '尚无 SLA 计时。',
    holidayGap: '{clock}:缺少 {year} 年节假日数据 — 到期时间按无公共假日计算',
    'clock.response': '响应',
    'clock.resolution': '解决',
    'clock.onsite': '上门出发',
    'state.running': '计时中',
    'state.paused': '已暂停',
    'state.breached': '已超时',
    'state.met': '已达成',
    'state.missed': '未达成',
    dueAt: '截止 {at}',
    target: '目标 {target}({unit})',
    used: '已用 {used}',
    cycle: '第 {n} 周期',
    earlierCycles: '以往周期',
    cycleLine: '第 {n} 周期:已用 {used} / 目标 {target}',
    everBreached: '以往周期曾超时',
    workaround: '临时方案',
    fix: '永久解决方案',
    record: '记录',
    remedyText: '处理内容',
    expectedAt: '预计完成时间',
    expectedAtHelp: '可选。您的时区:{zone}',
    recordedBy: '{who},{at}',
    none: '暂无记录',
    textRequired: '请填写处理内容。',
    expectedInvalid: '预计完成时间:请填写完整的日期和时间,或清空。',
    survey: '满意度调查',
    noSurvey: '尚无调查结果。',
    confirmedResolved: '用户已确认问题解决（{via}，{at}）。',
    confirmedNotResolved: '用户反馈问题未解决（{via}，{at}）。',
    'confirmedVia.portal': '门户',
    'confirmedVia.link': '邮件链接',
    closedWith: '已通过转换“{name}”关闭。',
    closeFailed: '未能自动关闭，请手动关闭此请求。{reason}',
    lowScore: '低分',
    followUp: '回访 {key}:{status}',
    'followUp.open': '进行中',
    'followUp.closed': '已关闭',
    followUpPending: '正在创建回访任务。',
    'item.responseSpeed': '响应速度',
    'item.attitude': '服务态度',
    'item.expertise': '专业能力',
    'item.effectiveness': '解决效果',
    'item.recurrence': '问题未复发',
    comment: '意见',
    'level.urgent': '紧急',
    'level.high': '高',
    'level.medium': '中',
    'level.low': '低',
    subcategory: '问题子类',
    listSeparator: '、',
    'channel.portal': '服务门户',
    'channel.email': '电子邮件',
    'channel.im': '企业微信 / 钉钉',
    'channel.phone': '电话',
    'channel.walk-in': '现场来访',
    'channel.api': '系统接口',
    'channel.other': '其他',
    saved: '已保存。',
    'unit.calendarTime': '自然时间,7×24',
    'unit.business': '工作时间,日历 {calendar}',
  },
};
