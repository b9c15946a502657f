import { buildKnowledgeArticle, renderMarkdown, renderStorage, type ArticleSource } from '.';

const source = (over: Partial<ArticleSource> = {}): ArticleSource => ({
  locale: 'zh-CN',
  timezone: 'Asia/Shanghai',
  issueKey: 'ITS-7',
  issueUrl: 'https://example.atlassian.net/browse/ITS-7',
  serviceNumber: 'TS-20261130-001',
  summary: 'CRM系统无法新建客户',
  category: '软件',
  subcategory: 'CRM',
  cause: '数据库连接池耗尽',
  fix: { text: '扩大连接池并升级驱动', by: '李四', at: Date.UTC(2026, 10, 30, 6, 30) },
  steps: [
    { at: Date.UTC(2026, 10, 30, 3, 0), by: '李四', action: '远程查看日志', tool: '向日葵', sessionId: '123 456', result: '发现连接超时' },
    { at: Date.UTC(2026, 10, 30, 2, 10), by: '李四', action: '电话确认现象', tool: null, sessionId: null, result: null },
  ],
  ...over,
});

describe('knowledge article from a solved request', () => {
  it.each(['UTC', 'America/New_York'])('writes times in the desk zone whatever the process zone (TZ=%s)', (tz) => {
    process.env.TZ = tz;
    const article = buildKnowledgeArticle(source());
    expect(article.fixedAt).toBe('2026-11-30 14:30');
    expect(article.steps.map((s) => s.at)).toEqual(['2026-11-30 10:10', '2026-11-30 11:00']);
  });

  it('has the problem, category, cause, fix, steps in time order and the linked request', () => {
    const article = buildKnowledgeArticle(source());
    expect(article).toMatchObject({
      title: 'TS-20261130-001 CRM系统无法新建客户',
      problem: 'CRM系统无法新建客户',
      category: '软件 / CRM',
      cause: '数据库连接池耗尽',
      fix: '扩大连接池并升级驱动',
      fixedBy: '李四',
      request: { key: 'ITS-7', serviceNumber: 'TS-20261130-001' },
    });
    expect(article.steps.map((s) => s.action)).toEqual(['电话确认现象', '远程查看日志']);
    expect(article.steps[1]?.tool).toBe('向日葵 (会话 123 456)');
  });

  it('renders Confluence storage format with headings in the desk language', () => {
    const zh = renderStorage(buildKnowledgeArticle(source()));
    expect(zh).toContain('<h2>问题</h2><p>CRM系统无法新建客户</p>');
    expect(zh).toContain('<h2>原因</h2><p>数据库连接池耗尽</p>');
    expect(zh).toContain('<h2>永久解决方案</h2><p>扩大连接池并升级驱动</p>');
    expect(zh).toContain('<ol><li><p>2026-11-30 10:10 李四: 电话确认现象</p></li>');
    expect(zh).toContain('<a href="https://example.atlassian.net/browse/ITS-7">TS-20261130-001 (ITS-7)</a>');
    const en = renderStorage(buildKnowledgeArticle(source({ locale: 'en', cause: null, steps: [] })));
    expect(en).toContain('<h2>Cause</h2><p>Not recorded</p>');
    expect(en).toContain('<h2>Steps taken</h2><p>No steps were logged</p>');
  });

  it('escapes user text in storage format so no markup or script gets through', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"> & \'q\'';
    const xhtml = renderStorage(
      buildKnowledgeArticle(
        source({
          summary: hostile,
          cause: hostile,
          fix: { text: hostile, by: '<b>x</b>', at: 0 },
          steps: [{ at: 0, by: hostile, action: hostile, tool: hostile, sessionId: hostile, result: hostile }],
          issueUrl: 'javascript:alert(3)',
        }),
      ),
    );
    expect(xhtml).not.toMatch(/<script|<img|<b>|javascript:/);
    expect(xhtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &amp; &#39;q&#39;');
    // A link whose address is not http(s) is shown as text only.
    expect(xhtml).toContain('<h2>关联请求</h2><p>TS-20261130-001 (ITS-7)</p>');
  });

  it('renders Markdown with every user character that Markdown or HTML would interpret escaped', () => {
    const text = renderMarkdown(buildKnowledgeArticle(source({ locale: 'en', cause: '# not a heading\n[link](javascript:x) <i>', summary: 'a*b_c' })));
    expect(text).toContain('# TS\\-20261130\\-001 a\\*b\\_c');
    expect(text).toContain('## Cause\n\n\\# not a heading\n\n\\[link\\]\\(javascript:x\\) \\<i\\>');
    expect(text).toContain('## Permanent fix\n\n扩大连接池并升级驱动');
    expect(text).toContain('1\\. 2026\\-11\\-30 10:10 李四: 电话确认现象\n2\\. 2026\\-11\\-30 11:00 李四: 远程查看日志  \n   向日葵 \\(session 123 456\\)  \n   result: 发现连接超时');
    expect(text).toContain('[TS\\-20261130\\-001 \\(ITS\\-7\\)](<https://example.atlassian.net/browse/ITS-7>)');
    expect(text).not.toMatch(/<i>/);
  });
});
