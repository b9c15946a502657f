import { z } from 'zod';

/** The two UI languages of the app. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const text = (max: number) => z.string().trim().min(1, { error: 'must not be blank' }).max(max);
const bothLanguages = (one: z.ZodString) => z.strictObject({ 'zh-CN': one, en: one });

/**
 * A text in both UI languages, everywhere (configured names, priority reasons, names the backend resolves):
 * both languages present, neither blank, nothing else. The bound is generous because texts the app writes
 * (a priority reason quoting a rule and its categories) are longer than any one name.
 */
export const LocalizedTextSchema = bothLanguages(text(8000));
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A name an admin gives (category, level, rule, group …): the same `LocalizedText`, at most 200 characters each. */
export const LocalizedNameSchema = bothLanguages(text(200));
