// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from '../../../src/lib/html/markdown.ts';

/** The element a reader sees once the rendered HTML is in the page. */
function shown(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box;
}

describe('renderInlineMarkdown (quiz text)', () => {
  it('renders bold, italic with * and _, and code', () => {
    const box = shown(renderInlineMarkdown('Siapa **Pengemban Polmas**, *mitra* atau _warga_? Lihat `Pasal 1`.'));
    expect(box.querySelector('strong')?.textContent).toBe('Pengemban Polmas');
    expect([...box.querySelectorAll('em')].map((e) => e.textContent)).toEqual(['mitra', 'warga']);
    expect(box.querySelector('code')?.textContent).toBe('Pasal 1');
    expect(box.textContent).toBe('Siapa Pengemban Polmas, mitra atau warga? Lihat Pasal 1.');
  });

  it('keeps a code span literal', () => {
    const box = shown(renderInlineMarkdown('Tulis `**tebal** dan _miring_ <b>x</b>` apa adanya.'));
    expect(box.querySelector('code')?.textContent).toBe('**tebal** dan _miring_ <b>x</b>');
    expect(box.querySelector('code *')).toBeNull();
  });

  it('renders a link and drops the link of an unsafe scheme', () => {
    const box = shown(
      renderInlineMarkdown('[Perpol 1/2021](https://example.org/perpol) dan [klik](javascript:alert(1))'),
    );
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Perpol 1/2021', 'https://example.org/perpol'],
    ]);
    expect(box.textContent).toBe('Perpol 1/2021 dan klik');
  });

  it('shows HTML written in the source as text', () => {
    const source = 'Awas <img src=x onerror="alert(1)"> dan <script>alert(2)</script> & selesai';
    const box = shown(renderInlineMarkdown(source));
    expect(box.querySelector('img, script')).toBeNull();
    expect(box.textContent).toBe(source);
  });
});

describe('renderMarkdown (scenario text)', () => {
  it('renders paragraphs and lists, and shows raw HTML blocks as text', () => {
    const box = shown(renderMarkdown('Warga melapor.\n\n- satu\n- dua\n\n<div onclick="alert(1)">blok</div>\n'));
    expect(box.querySelector('p')?.textContent).toBe('Warga melapor.');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['satu', 'dua']);
    expect(box.querySelector('div, [onclick]')).toBeNull();
    expect(box.textContent).toContain('<div onclick="alert(1)">blok</div>');
  });
});
