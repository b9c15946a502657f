import { statusName } from './status-name';

describe('statusName: the 处理进展 column in the reader\'s language', () => {
  it('names JSM\'s built-in statuses in Chinese for a zh-CN export, whatever their case', () => {
    expect(statusName('Waiting for customer', 'zh-CN')).toBe('等待客户');
    expect(statusName('In Progress', 'zh-CN')).toBe('处理中');
    expect(statusName('RESOLVED', 'zh-CN')).toBe('已解决');
    expect(statusName('Closed', 'zh-CN')).toBe('已关闭');
  });

  it('keeps Jira\'s names in an English export, and a status an admin named themselves in either', () => {
    expect(statusName('Waiting for customer', 'en')).toBe('Waiting for customer');
    expect(statusName('现场处理中', 'zh-CN')).toBe('现场处理中');
    expect(statusName('Vendor RMA', 'zh-CN')).toBe('Vendor RMA');
  });
});
