import { z } from 'zod';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const NonBlank = z.string().trim().min(1, { error: 'must not be blank' }).max(200);

/** Every admin-visible name is kept in both UI languages (docs/architecture.md; UI text in zh-CN and en). */
export const LocalizedTextSchema = z.strictObject({ 'zh-CN': NonBlank, en: NonBlank });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
