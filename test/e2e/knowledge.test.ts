/**
 * Issue 13 point 5 in the browser (the real Custom UIs in the sandbox, zh-CN and en): the admin names the
 * knowledge-base space; an agent drafts a knowledge article from a request resolved with a permanent fix — a draft
 * page in the emulated Confluence, linked (not duplicated) on a second click — and, with no space, downloads it as
 * Markdown; another request of the same kind lists the earlier solution.
 */
import { screenshot } from './browser';
import { browserSession } from './support/browser-session';

jest.setTimeout(300_000);

const session = browserSession(['static/admin', 'static/agent-panel']);
const { as, frameOf, raise } = session;

const resolveIssue = (key: string): Promise<void> => session.transition(key, '51');

const setSpace = async (lang: 'zh-CN' | 'en', spaceKey: string): Promise<void> => {
  await as('admin@example.com', lang);
  await session.page.goto(`${session.server.url}/admin`);
  const admin = frameOf('admin');
  await admin.getByRole('button', { name: lang === 'zh-CN' ? '知识库' : 'Knowledge base', exact: true }).click();
  await admin.getByRole('textbox', { name: lang === 'zh-CN' ? /Confluence 空间标识/ : /Confluence space key/ }).fill(spaceKey);
  await admin.getByRole('button', { name: lang === 'zh-CN' ? '保存' : 'Save', exact: true }).click();
  await admin.getByText(lang === 'zh-CN' ? /已保存/ : /Saved/).waitFor();
};

describe('knowledge from solved requests in the browser', () => {
  let solved: string;

  it('zh-CN: with space KB, a request resolved with a permanent fix becomes one draft page; the second click links to it', async () => {
    await setSpace('zh-CN', 'KB');
    await frameOf('admin').getByText('工程师可将以永久方案解决的请求生成为该空间中的草稿页面。').waitFor();
    solved = await raise('打印机无法打印');
    await as('lisi@example.com', 'zh-CN');
    await session.page.goto(`${session.server.url}/agent/issue/${solved}`);
    const panel = frameOf('agent-panel');
    const knowledge = panel.getByRole('region', { name: '知识库' });
    await knowledge.getByText('同一子类中以永久方案解决的以往请求(最新在前)。').waitFor();
    // Not resolved yet: no draft button.
    await expect(knowledge.getByRole('button', { name: '生成知识文章' }).count()).resolves.toBe(0);

    const fix = panel.getByRole('region', { name: '永久解决方案' });
    await fix.getByRole('button', { name: '记录: 永久解决方案' }).click();
    await fix.getByRole('textbox', { name: /处理内容/ }).fill('更换硒鼓并清洁定影器');
    await fix.getByRole('button', { name: '保存' }).click();
    await fix.getByText('更换硒鼓并清洁定影器').waitFor();
    await resolveIssue(solved);
    await session.page.reload();

    const ready = frameOf('agent-panel').getByRole('region', { name: '知识库' });
    await ready.getByText('文章将作为草稿页面创建在知识库空间中。').waitFor();
    await ready.getByRole('textbox', { name: /原因/ }).fill('硒鼓寿命耗尽 <b>粗体</b>');
    await ready.getByRole('button', { name: '生成知识文章' }).click();
    await ready.getByText(/^已创建草稿页面:TS-\d{8}-\d{3} 打印机无法打印$/).waitFor();
    await screenshot(session.page, 'knowledge-draft-created-zh');
    const link = ready.getByRole('link', { name: '在 Confluence 中打开草稿' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/wiki\/pages\/resumedraft\.action\?draftId=\d+$/);

    await ready.getByRole('button', { name: '生成知识文章' }).click();
    await ready.getByText(/^该请求已有草稿页面:TS-\d{8}-\d{3} 打印机无法打印$/).waitFor();

    // The emulated Confluence holds exactly one draft, with the agent's text escaped.
    const wiki = await (await fetch(`${session.server.url}/wiki`)).text();
    expect(wiki.match(/data-wiki-page=/g)).toHaveLength(1);
    await session.page.goto(href ?? '');
    await session.page.locator('[data-wiki-title]').getByText(/打印机无法打印/).waitFor();
    const body = await session.page.frameLocator('iframe').locator('body').textContent();
    expect(body).toContain('硒鼓寿命耗尽 <b>粗体</b>');
    expect(body).toContain('更换硒鼓并清洁定影器');
    await screenshot(session.page, 'knowledge-draft-in-wiki');
  });

  it('en: another request of the same kind lists the earlier solution; without a space the article downloads as Markdown', async () => {
    const next = await raise('Printer prints blank pages');
    await as('lisi@example.com', 'en');
    await session.page.goto(`${session.server.url}/agent/issue/${next}`);
    const knowledge = frameOf('agent-panel').getByRole('region', { name: 'Knowledge' });
    await knowledge.getByText('Solved before').waitFor();
    const item = knowledge.locator(`[data-solved="${solved}"]`);
    await item.getByText('更换硒鼓并清洁定影器').waitFor();
    await expect(knowledge.getByRole('button', { name: 'Draft knowledge article' }).count()).resolves.toBe(0);
    await screenshot(session.page, 'knowledge-solved-before-en');

    await setSpace('en', '');
    await frameOf('admin').getByText('No space: agents download articles from requests resolved with a permanent fix as Markdown files.').waitFor();
    await as('lisi@example.com', 'en');
    await session.page.goto(`${session.server.url}/agent/issue/${solved}`);
    const ready = frameOf('agent-panel').getByRole('region', { name: 'Knowledge' });
    await ready.getByText('No knowledge-base space is configured: the article is offered as a Markdown file.').waitFor();
    await ready.getByRole('button', { name: 'Draft knowledge article' }).click();
    const download = ready.getByRole('link', { name: /^Download TS-\d{8}-\d{3}\.md$/ });
    await download.waitFor();
    const markdown = decodeURIComponent((await download.getAttribute('href'))?.replace(/^data:text\/markdown;charset=utf-8,/, '') ?? '');
    expect(markdown).toMatch(/^# TS\\-\d{8}\\-\d{3} 打印机无法打印/);
    expect(markdown).toContain('更换硒鼓并清洁定影器');
    await screenshot(session.page, 'knowledge-markdown-en');
  });
});
