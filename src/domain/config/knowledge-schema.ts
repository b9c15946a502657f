import { z } from 'zod';
import { LOCALES } from '../vocabulary';

/**
 * Knowledge articles drafted from solved requests (issue 13 point 5). With a Confluence space key the draft is
 * created as a page in that space; without one (no Confluence site linked) the agent downloads it as Markdown.
 */
export const KnowledgeSettingsSchema = z.strictObject({
  spaceKey: z
    .string()
    .regex(/^~?[A-Za-z0-9]{1,255}$/, { error: 'expected a Confluence space key such as KB (letters and digits)' })
    .nullable(),
  /** Language of the article's headings and category names (the service desk's language). */
  language: z.enum(LOCALES),
});
export type KnowledgeSettings = z.infer<typeof KnowledgeSettingsSchema>;

export const DEFAULT_KNOWLEDGE: KnowledgeSettings = { spaceKey: null, language: 'zh-CN' };
