import { defaultConfig } from '../config';
import { categoryName, findCategory, findSubcategory, subcategoryBelongsTo, subcategoryName } from './lookup';

const { taxonomy } = defaultConfig();

describe('taxonomy lookups', () => {
  it('finds a category by id, and nothing for an unknown id', () => {
    expect(findCategory(taxonomy, 'network')?.name.en).toBe('Network issue');
    expect(findCategory(taxonomy, 'facilities')).toBeUndefined();
  });

  it('finds a subcategory together with its category', () => {
    const found = findSubcategory(taxonomy, 'vpn');
    expect(found?.category.id).toBe('network');
    expect(found?.subcategory.name['zh-CN']).toBe('VPN');
    expect(findSubcategory(taxonomy, 'teleporter')).toBeUndefined();
  });

  it('tells whether a subcategory belongs to a category', () => {
    expect(subcategoryBelongsTo(taxonomy, 'hardware', 'printer')).toBe(true);
    expect(subcategoryBelongsTo(taxonomy, 'software', 'printer')).toBe(false);
    expect(subcategoryBelongsTo(taxonomy, 'facilities', 'printer')).toBe(false);
  });

  it('names categories and subcategories in either locale, falling back to the id', () => {
    expect(categoryName(taxonomy, 'data-security', 'zh-CN')).toBe('数据安全');
    expect(categoryName(taxonomy, 'data-security', 'en')).toBe('Data security');
    expect(subcategoryName(taxonomy, 'blue-screen', 'zh-CN')).toBe('电脑蓝屏');
    expect(subcategoryName(taxonomy, 'blue-screen', 'en')).toBe('Blue screen');
    expect(categoryName(taxonomy, 'retired', 'en')).toBe('retired');
    expect(subcategoryName(taxonomy, 'retired-sub', 'zh-CN')).toBe('retired-sub');
  });
});
