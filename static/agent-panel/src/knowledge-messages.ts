import { fromPairs } from '@support-standard/ui-kit/src/i18n';

/** Strings of the knowledge section (issue 13 point 5). */
export const knowledgeMessages = fromPairs({
  heading: ['Knowledge', '知识库'],
  draft: ['Draft knowledge article', '生成知识文章'],
  drafting: ['Drafting…', '正在生成…'],
  cause: ['Cause', '原因'],
  causeHelp: ['Optional: what caused the problem, as the article should say.', '可选:问题的原因,将写入文章。'],
  toConfluence: ['The article is created as a draft page in the knowledge-base space.', '文章将作为草稿页面创建在知识库空间中。'],
  toMarkdown: ['No knowledge-base space is configured: the article is offered as a Markdown file.', '未配置知识库空间:文章将以 Markdown 文件提供下载。'],
  created: ['Draft page created: {title}', '已创建草稿页面:{title}'],
  linked: ['This request already has a draft page: {title}', '该请求已有草稿页面:{title}'],
  openPage: ['Open the draft in Confluence', '在 Confluence 中打开草稿'],
  markdownReady: ['Article ready: {title}', '文章已生成:{title}'],
  downloadMarkdown: ['Download {file}', '下载 {file}'],
  notSolved: ['Only a request resolved with a permanent fix can become a knowledge article. Record the fix and resolve the request first.', '只有以永久解决方案解决的请求才能生成知识文章。请先记录永久方案并解决该请求。'],
  busy: ['This article is being drafted right now. Try again in a minute.', '该文章正在生成中,请稍后再试。'],
  noSpace: ['The configured knowledge-base space does not exist or the app cannot see it. Ask an admin to check it.', '配置的知识库空间不存在或应用无权访问,请联系管理员检查。'],
  unavailable: ['Confluence did not answer. Try again later.', 'Confluence 未响应,请稍后再试。'],
  solvedBefore: ['Solved before', '以往解决方案'],
  solvedBeforeHint: ['Earlier requests of the same subcategory resolved with a permanent fix, newest first.', '同一子类中以永久方案解决的以往请求(最新在前)。'],
  noneSolved: ['No earlier request of this subcategory was resolved with a permanent fix.', '该子类暂无以永久方案解决的以往请求。'],
  loadingSolved: ['Looking for earlier solutions…', '正在查找以往解决方案…'],
  fixLabel: ['Fix', '解决方案'],
});
