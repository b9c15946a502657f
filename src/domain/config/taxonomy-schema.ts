import { z } from 'zod';
import { IdSchema } from './ids';
import { LocalizedTextSchema } from './localized-text';

export const SubcategorySchema = z.strictObject({ id: IdSchema, name: LocalizedTextSchema });
export type Subcategory = z.infer<typeof SubcategorySchema>;

export const CategorySchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  subcategories: z.array(SubcategorySchema),
});
export type Category = z.infer<typeof CategorySchema>;

/** Subcategory ids are unique across the whole taxonomy, so a rule can name one without its category. */
export const TaxonomySchema = z.strictObject({
  categories: z.array(CategorySchema).min(1, { error: 'at least one category is required' }),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;
