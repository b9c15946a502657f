import type { ServerResponse } from 'node:http';
import { html, type Raw } from '../host/html';
import type { ConfluenceEmulator } from './confluence-emulator';

const page = (title: string, body: Raw): string =>
  html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;margin:24px;max-width:960px}iframe{width:100%;height:70vh;border:1px solid #ccc}.subtle{color:#666}</style>
</head><body><p class="subtle">Sandbox Confluence · <a href="/wiki">知识库 Knowledge base</a></p>${body}</body></html>`.html;

/**
 * The sandbox's Confluence site as people see it: `/wiki` lists the pages the app created, and the draft link the
 * app records (`/wiki/pages/resumedraft.action?draftId=`) shows one. The page body is shown in a sandboxed frame
 * (no scripts), as stored.
 */
export function handleWiki(confluence: ConfluenceEmulator, url: URL, res: ServerResponse): boolean {
  const send = (status: number, text: string): true => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(text);
    return true;
  };
  if (url.pathname === '/wiki' || url.pathname === '/wiki/') {
    const rows = confluence.pages().map((p) => html`<li data-wiki-page="${p.id}"><a href="/wiki/pages/resumedraft.action?draftId=${p.id}">${p.title}</a> <span class="subtle">${p.status} · ${confluence.space(p.spaceId)?.key ?? p.spaceId} · ${p.createdAt}</span></li>`);
    return send(200, page('Knowledge base', html`<h1>知识库 Knowledge base</h1>${rows.length === 0 ? html`<p>No pages yet.</p>` : html`<ol>${rows}</ol>`}`));
  }
  if (url.pathname === '/wiki/pages/resumedraft.action' || /^\/wiki\/spaces\/[^/]+\/pages\/\d+$/.test(url.pathname)) {
    const id = url.searchParams.get('draftId') ?? url.pathname.split('/').pop() ?? '';
    const found = confluence.pages().find((p) => p.id === id);
    if (found === undefined) return send(404, page('Not found', html`<h1>Page not found</h1>`));
    return send(
      200,
      page(found.title, html`<h1 data-wiki-title>${found.title}</h1><p class="subtle">${found.status === 'draft' ? '草稿 Draft' : 'Published'} · ${confluence.space(found.spaceId)?.name ?? ''}</p><iframe sandbox="" title="${found.title}" srcdoc="${found.storage}"></iframe>`),
    );
  }
  return false;
}
