import { esc, html, raw } from './html';

describe('html', () => {
  it('escapes interpolations and keeps raw fragments and arrays', () => {
    const name = '<script>"x"</script>';
    const out = html`<p title="${name}">${[html`<b>${'a&b'}</b>`, raw('<i>ok</i>')]}${undefined}${false}</p>`;
    expect(out.html).toBe('<p title="&lt;script&gt;&quot;x&quot;&lt;/script&gt;"><b>a&amp;b</b><i>ok</i></p>');
  });

  it('escapes quotes for attributes', () => {
    expect(esc(`'"`)).toBe('&#39;&quot;');
  });
});
