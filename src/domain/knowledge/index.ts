export { buildKnowledgeArticle, renderMarkdown, renderStorage } from './knowledge-article';
export type { ArticleSource, ArticleStep, KnowledgeArticle } from './knowledge-article';
