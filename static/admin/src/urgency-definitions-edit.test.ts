import { defaultConfig } from '../../../src/domain/config';
import { definitionsFromGeneral, dropDefinitions, renameDefinitions } from './urgency-definitions-edit';

describe('editing the per-category urgency definitions', () => {
  const defs = defaultConfig().urgencyDefinitions;

  it('moves a category’s definitions to its new id when the id is edited', () => {
    const renamed = renameDefinitions(defs, 'hardware', 'hw');
    expect(renamed['hw']).toEqual(defs['hardware']);
    expect(renamed['hardware']).toBeUndefined();
  });

  it('drops a removed category’s definitions and keeps the others', () => {
    const dropped = dropDefinitions(defs, 'software');
    expect(Object.keys(dropped).sort()).toEqual(Object.keys(defs).filter((id) => id !== 'software').sort());
  });

  it('starts new definitions from the general meaning of each level', () => {
    const config = defaultConfig();
    expect(definitionsFromGeneral(config.urgencies).urgent).toEqual(config.urgencies.urgent.help);
  });
});
