import { adfToText, escapeHtml, isAdfDoc, textToAdf } from './adf';

describe('adf', () => {
  it('round-trips plain text through ADF paragraphs', () => {
    const doc = textToAdf('第一段\n\n第二段');
    expect(isAdfDoc(doc)).toBe(true);
    expect(adfToText(doc)).toBe('第一段\n\n第二段');
  });

  it('reads text, hard breaks and mentions out of richer documents', () => {
    const doc = {
      type: 'doc', version: 1, content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Hi ' }, { type: 'mention', attrs: { id: '1', text: '@李四' } }, { type: 'hardBreak' }, { type: 'text', text: 'bye' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }] },
      ],
    };
    expect(adfToText(doc)).toBe('Hi @李四\nbye\n\none');
  });

  it('rejects non-documents and escapes HTML', () => {
    expect(isAdfDoc('text')).toBe(false);
    expect(isAdfDoc({ type: 'paragraph', content: [] })).toBe(false);
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
