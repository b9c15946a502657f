import type { Category, Locale, LocalizedText, Subcategory, Taxonomy } from '../config';

export const localize = (text: LocalizedText, locale: Locale): string => text[locale];

export const findCategory = (taxonomy: Taxonomy, categoryId: string): Category | undefined =>
  taxonomy.categories.find((category) => category.id === categoryId);

/** Subcategory ids are unique across the taxonomy (enforced by the config schema). */
export const findSubcategory = (
  taxonomy: Taxonomy,
  subcategoryId: string,
): { readonly category: Category; readonly subcategory: Subcategory } | undefined => {
  for (const category of taxonomy.categories) {
    const subcategory = category.subcategories.find((sub) => sub.id === subcategoryId);
    if (subcategory) return { category, subcategory };
  }
  return undefined;
};

export const subcategoryBelongsTo = (taxonomy: Taxonomy, categoryId: string, subcategoryId: string): boolean =>
  findCategory(taxonomy, categoryId)?.subcategories.some((sub) => sub.id === subcategoryId) ?? false;

/** The category's name in `locale`, or the id itself when the category is unknown (e.g. deleted since). */
export const categoryName = (taxonomy: Taxonomy, categoryId: string, locale: Locale): string => {
  const category = findCategory(taxonomy, categoryId);
  return category ? localize(category.name, locale) : categoryId;
};

export const subcategoryName = (taxonomy: Taxonomy, subcategoryId: string, locale: Locale): string => {
  const found = findSubcategory(taxonomy, subcategoryId);
  return found ? localize(found.subcategory.name, locale) : subcategoryId;
};
