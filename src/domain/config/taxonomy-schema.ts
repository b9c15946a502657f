import { z } from 'zod';
import { IdSchema } from './ids';
import { LocalizedNameSchema } from '../vocabulary';

export const SubcategorySchema = z.strictObject({ id: IdSchema, name: LocalizedNameSchema });
export type Subcategory = z.infer<typeof SubcategorySchema>;

export const CategorySchema = z.strictObject({
  id: IdSchema,
  name: LocalizedNameSchema,
  subcategories: z.array(SubcategorySchema),
});
export type Category = z.infer<typeof CategorySchema>;

/** Subcategory ids are unique across the whole taxonomy, so a rule can name one without its category. */
export const TaxonomySchema = z.strictObject({
  categories: z.array(CategorySchema).min(1, { error: 'at least one category is required' }),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;
