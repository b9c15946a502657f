export { categoryName, findCategory, findSubcategory, localize, subcategoryBelongsTo, subcategoryName } from './lookup';
