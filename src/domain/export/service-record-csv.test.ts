import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { defaultConfig } from '../config';
import { serviceRecord, survey, scores } from '../../../test/kits/report-test-kit';
import { parseServiceRecordCsv } from './parse-service-record-csv';
import { serviceRecordCells, type ServiceRecordCsvOptions } from './service-record-cells';
import { SERVICE_RECORD_COLUMNS } from './service-record-columns';
import { serviceRecordCsv, serviceRecordCsvHeader, serviceRecordCsvLines } from './service-record-csv';
import type { ServiceRecordRow } from './service-record-row';

const config = defaultConfig();
const zh: ServiceRecordCsvOptions = { locale: 'zh-CN', timezone: 'Asia/Shanghai', config };
const en: ServiceRecordCsvOptions = { locale: 'en', timezone: 'Asia/Shanghai', config };

/** 张三's CRM request from the standard, resolved with a workaround and a fix, confirmed and rated. */
const crm: ServiceRecordRow = {
  key: 'SUP-1',
  created: Date.UTC(2026, 10, 29, 1, 5),
  summary: 'CRM系统无法新建客户',
  description: '点击"保存"后报错：\n"客户编号重复", 已重试 3 次\r\n截图见附件',
  requester: '张三',
  handler: '李四',
  status: '已解决',
  resolved: Date.UTC(2026, 10, 29, 3, 40),
  confirmedBy: '张三',
  serviceRecord: serviceRecord({
    serviceNumber: 'TS-20261129-001',
    category: 'software',
    subcategory: 'business-system-error',
    urgency: 'high',
    priority: 'high',
    contact: '+86 138-0000-0000',
    department: '销售部, 华东区',
    receivedAt: '2026-11-29T01:05:30.000Z',
    workaround: { text: '临时改用 Excel 登记', expectedAt: null, by: 'acc-li', at: '2026-11-29T02:00:00.000Z' },
    fix: { text: '=修复编号生成器, 发布 v2.1', expectedAt: null, by: 'acc-li', at: '2026-11-29T03:30:00.000Z' },
    confirmation: { by: 'acc-zhang', at: '2026-11-29T04:00:00.000Z', resolved: true, cycle: 1, comment: null },
    operationLog: [
      {
        id: '1',
        by: 'acc-li',
        at: '2026-11-29T01:30:00.000Z',
        action: '远程查看 CRM 日志',
        tool: '向日葵',
        sessionId: '123 456 789',
        result: '编号生成器重复',
        previous: [{ by: 'acc-li', at: '2026-11-29T01:20:00.000Z', action: '远程查看', tool: null, sessionId: null, result: null }],
      },
      { id: '2', by: 'acc-li', at: '2026-11-29T02:00:00.000Z', action: '电话指导改用 Excel', tool: null, sessionId: null, result: null },
    ],
  }),
  survey: survey(scores(5, 4, 4, 3, 5)),
};

/** A request whose intake has not been processed: only Jira's own fields are known. */
const bare: ServiceRecordRow = {
  key: 'SUP-2',
  created: Date.UTC(2026, 10, 30, 16, 30),
  summary: '@all printer on floor 3',
  description: null,
  requester: null,
  handler: null,
  status: 'Open',
  resolved: null,
  confirmedBy: null,
  serviceRecord: null,
  survey: null,
};

describe('serviceRecordCsv', () => {
  const text = serviceRecordCsv([crm, bare], zh);

  it('starts with a UTF-8 byte order mark', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes the standard record table header in zh-CN and en', () => {
    expect(serviceRecordCsvHeader('zh-CN')).toBe(
      '\uFEFF服务单号,申请人,联系方式,所属部门,问题类型,问题描述,紧急程度,受理时间,处理人,处理进展,解决时间,解决方案简述,用户确认,满意度评分,操作记录\r\n',
    );
    expect(serviceRecordCsvHeader('en')).toBe(
      '\uFEFFService number,Requester,Contact,Department,Category,Description,Urgency,Received at,Handler,Progress,Resolved at,Solution summary,Requester confirmation,Satisfaction,Operation log\r\n',
    );
  });

  it('ends every line with CRLF and keeps line breaks only inside quoted fields', () => {
    const plain = serviceRecordCsv([bare, bare], en);
    expect(plain.endsWith('\r\n')).toBe(true);
    expect(plain.split('\r\n')).toHaveLength(4);
    expect(plain).not.toMatch(/[^\r]\n/);
  });

  it('writes localized names, dates in the zone, the solution and the confirmation', () => {
    expect(serviceRecordCells(crm, zh)).toEqual({
      serviceNumber: 'TS-20261129-001',
      requester: '张三',
      contact: '+86 138-0000-0000',
      department: '销售部, 华东区',
      category: '软件异常 / 业务系统报错(ERP/CRM/OA)',
      description: crm.summary + '\n' + (crm.description ?? ''),
      urgency: '高',
      receivedAt: '2026-11-29 09:05',
      handler: '李四',
      progress: '已解决',
      resolvedAt: '2026-11-29 11:40',
      solution: '临时方案：临时改用 Excel 登记\n永久方案：=修复编号生成器, 发布 v2.1',
      confirmation: '已确认解决（张三，2026-11-29 12:00）',
      satisfaction: '4.2',
      // The current version of each step, one line each (edits are kept on the record, not in the table).
      operations: '2026-11-29 09:30 远程查看 CRM 日志（向日葵，会话 123 456 789） → 编号生成器重复\n2026-11-29 10:00 电话指导改用 Excel',
    });
    const english = serviceRecordCells(crm, { ...en, timezone: 'America/New_York' });
    expect(english.category).toBe('Software exception / Business-system error (ERP/CRM/OA)');
    expect(english.urgency).toBe('High');
    expect(english.receivedAt).toBe('2026-11-28 20:05');
    expect(english.confirmation).toBe('Confirmed resolved (张三, 2026-11-28 23:00)');
    expect(english.solution).toBe('Workaround: 临时改用 Excel 登记\nPermanent fix: =修复编号生成器, 发布 v2.1');
    expect(english.operations).toBe('2026-11-28 20:30 远程查看 CRM 日志 (向日葵, session 123 456 789) → 编号生成器重复\n2026-11-28 21:00 电话指导改用 Excel');
  });

  it('falls back to the issue key and creation time when there is no service record', () => {
    expect(serviceRecordCells(bare, zh)).toMatchObject({ serviceNumber: 'SUP-2', receivedAt: '2026-12-01 00:30', category: '', urgency: '', satisfaction: '' });
  });

  it('guards cells a spreadsheet would run as a formula', () => {
    const records = parse(text, { bom: true });
    expect(records[1]?.[2]).toBe("'+86 138-0000-0000");
    expect(records[2]?.[5]).toBe("'@all printer on floor 3");
    expect(records[1]?.[11]?.startsWith('临时方案')).toBe(true);
  });

  it('round-trips every field through csv-parse, Chinese text, commas, quotes and line breaks intact', () => {
    const parsed = parseServiceRecordCsv(text);
    expect(parsed).toEqual({ ok: true, value: { locale: 'zh-CN', rows: [serviceRecordCells(crm, zh), serviceRecordCells(bare, zh)] } });
  });

  it('lets a paging caller append line chunks to the header', () => {
    expect(serviceRecordCsvHeader('en') + serviceRecordCsvLines([crm], en) + serviceRecordCsvLines([bare], en)).toBe(serviceRecordCsv([crm, bare], en));
  });

  it('round-trips any text in any cell', () => {
    const tricky = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', "'", '\r', '\n', '=', '+', '-', '@', '\t', ' ', '😀') });
    const graphemes = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(tricky, graphemes), fc.oneof(tricky, graphemes), fc.oneof(tricky, graphemes), (contact, department, summary) => {
        const row: ServiceRecordRow = { ...crm, summary, description: null, serviceRecord: serviceRecord({ contact, department }) };
        const parsed = parseServiceRecordCsv(serviceRecordCsv([row], en));
        expect(parsed).toEqual({ ok: true, value: { locale: 'en', rows: [serviceRecordCells(row, en)] } });
      }),
    );
  });
});

describe('parseServiceRecordCsv', () => {
  it('reads an export with an en header as en', () => {
    const parsed = parseServiceRecordCsv(serviceRecordCsv([crm], en));
    expect(parsed.ok && parsed.value.locale).toBe('en');
  });

  it('refuses a header that is not the record table and names the column', () => {
    const header = serviceRecordCsvHeader('zh-CN').replace('所属部门', '部门');
    const result = parseServiceRecordCsv(header);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.path).toBe('header[3]');
      expect(result.error.message).toContain('所属部门');
    }
  });

  it('refuses a row with a missing column and an unterminated quote', () => {
    const header = serviceRecordCsvHeader('en');
    expect(parseServiceRecordCsv(`${header}a,b\r\n`).ok).toBe(false);
    const open = parseServiceRecordCsv(`${header}"a${',x'.repeat(SERVICE_RECORD_COLUMNS.length - 1)}\r\n`);
    expect(open.ok).toBe(false);
    if (!open.ok) expect(open.error.code).toBe('invalid-csv');
  });

  it('refuses an empty file', () => {
    expect(parseServiceRecordCsv('').ok).toBe(false);
  });
});
