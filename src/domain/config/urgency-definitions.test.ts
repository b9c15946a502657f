import { AppConfigSchema } from './app-config-schema';
import { defaultConfig } from './default-config';
import { LEVEL_IDS } from './levels';
import { parseConfig } from './parse-config';
import { standardUrgencyDefinitions } from './urgency-definitions';

describe('the standard’s category × severity definition table', () => {
  const table = standardUrgencyDefinitions();

  it('defines all four levels, in zh-CN and en, for every one of the six default categories and nothing else', () => {
    const categories = defaultConfig().taxonomy.categories.map((c) => c.id);
    expect(Object.keys(table).sort()).toEqual([...categories].sort());
    for (const id of categories) {
      for (const level of LEVEL_IDS) {
        const text = table[id]?.[level];
        expect(text?.['zh-CN'].trim()).toBeTruthy();
        expect(text?.en.trim()).toBeTruthy();
      }
    }
  });

  it('carries the standard’s own words for hardware and software (三、(二))', () => {
    const zh = (id: string) => LEVEL_IDS.map((level) => table[id]?.[level]['zh-CN']);
    expect(zh('hardware')).toEqual(['核心电脑宕机影响业务', '非核心电脑故障', '外设损坏', '配件老化']);
    expect(zh('software')).toEqual(['系统无法登录', '核心功能异常', '非核心功能异常', '界面显示问题']);
  });

  it('gives no two levels of a category the same meaning', () => {
    for (const definitions of Object.values(table)) {
      expect(new Set(LEVEL_IDS.map((level) => definitions[level].en)).size).toBe(4);
      expect(new Set(LEVEL_IDS.map((level) => definitions[level]['zh-CN'])).size).toBe(4);
    }
  });

  it('is the default configuration’s definitions, and what a stored configuration without them gets', () => {
    const config = defaultConfig();
    expect(config.urgencyDefinitions).toEqual(table);
    const { urgencyDefinitions: _omitted, ...stored } = config;
    expect(AppConfigSchema.parse(stored).urgencyDefinitions).toEqual(table);
  });

  it('refuses definitions for a category the taxonomy does not have, naming the field', () => {
    const config = defaultConfig();
    const result = parseConfig({ ...config, urgencyDefinitions: { ...config.urgencyDefinitions, printer: table['hardware'] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((i) => i.path)).toContain('urgencyDefinitions.printer');
  });

  it('refuses a blank level text, naming the field', () => {
    const config = defaultConfig();
    const hardware = { ...table['hardware']!, low: { 'zh-CN': ' ', en: 'x' } };
    const result = parseConfig({ ...config, urgencyDefinitions: { ...config.urgencyDefinitions, hardware } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((i) => i.path)).toContain('urgencyDefinitions.hardware.low.zh-CN');
  });
});
