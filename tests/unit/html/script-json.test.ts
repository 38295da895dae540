// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../../src/lib/html/script-json.ts';

const tricky = {
  title: 'Polmas </script><script>alert(1)</script> & <b>tebal</b>',
  comment: '<!-- <script> -->',
  separators: 'baris\u2028paragraf\u2029akhir',
  nested: [{ name: '</SCRIPT >', amp: 'a &amp; b' }],
};

/** What a browser builds from a page carrying the data block, as the HTML parser reads it. */
function pageWith(json: string) {
  const page = `<!doctype html><html><body><script type="application/json" id="data">${json}</script><p id="after">Sesudah</p></body></html>`;
  return new DOMParser().parseFromString(page, 'text/html');
}

describe('scriptJson', () => {
  it('gives back the same value through JSON.parse', () => {
    for (const value of [tricky, 'x</script>', ['\u2028', '\u2029', '<>&'], { n: 1, b: true, z: null }]) {
      expect(JSON.parse(scriptJson(value))).toEqual(value);
    }
  });

  it('writes no character that could close the element or open markup', () => {
    const json = scriptJson(tricky);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
  });

  it('keeps a page whose data holds </script><script>alert(1)</script> in one piece', () => {
    const doc = pageWith(scriptJson(tricky));
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(doc.getElementById('data')?.textContent ?? '')).toEqual(tricky);
    expect(doc.getElementById('after')?.textContent).toBe('Sesudah');
  });
});
