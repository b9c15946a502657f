import { injectShim, BRIDGE_SHIM_TAG } from './static-resources';

describe('injectShim', () => {
  it('puts the shim first inside <head>, before the app bundle', () => {
    const page = '<!doctype html><html><head lang="x"><script type="module" src="./assets/app.js"></script></head><body></body></html>';
    const out = injectShim(page);
    expect(out.indexOf(BRIDGE_SHIM_TAG)).toBeLessThan(out.indexOf('./assets/app.js'));
    expect(out).toContain(`<head lang="x">${BRIDGE_SHIM_TAG}`);
  });

  it('prepends the shim when there is no <head>', () => {
    expect(injectShim('<p>hi</p>')).toBe(`${BRIDGE_SHIM_TAG}<p>hi</p>`);
  });
});
