import { describe, expect, it } from 'vitest';
import {
  decodeUtf8,
  fileText,
  findProjectRoot,
  groupFiles,
  isReadFolder,
  toTextFile,
} from '../../../src/lib/studio/project.ts';

describe('the studio project model', () => {
  it('finds the course inside a zip: at its top, one folder down, or nowhere', () => {
    expect(findProjectRoot(['modules/01-a/index.mdx', 'content/courses/k.yaml'])).toBe('');
    expect(findProjectRoot(['sinergi-main/modules/01-a/index.mdx', 'sinergi-main/content/units.yaml'])).toBe(
      'sinergi-main/',
    );
    expect(findProjectRoot(['modules/01-a/index.mdx', 'README.md'])).toBeNull();
    expect(findProjectRoot(['foto/liburan.jpg'])).toBeNull();
  });

  it('edits with \\n line ends and saves a CRLF file as CRLF, keeping the final newline', () => {
    const crlf = toTextFile('---\r\nid: a\r\n---\r\n\r\nTeks.\r\n');
    expect(crlf).toEqual({ text: '---\nid: a\n---\n\nTeks.\n', eol: '\r\n' });
    expect(fileText({ ...crlf, text: `${crlf.text}Baris baru.\n` })).toBe(
      '---\r\nid: a\r\n---\r\n\r\nTeks.\r\nBaris baru.\r\n',
    );
    const lf = toTextFile('a: 1\nb: 2');
    expect(fileText(lf)).toBe('a: 1\nb: 2');
    expect(fileText(toTextFile('a\r\nb\r\n'))).toBe('a\r\nb\r\n');
  });

  it('keeps a byte-order mark and refuses bytes that are not UTF-8', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('\uFEFFa');
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x00]))).toBeNull();
  });

  it('skips dependencies and build output', () => {
    expect(isReadFolder('node_modules/react')).toBe(false);
    expect(isReadFolder('dist')).toBe(false);
    expect(isReadFolder('public/gambar')).toBe(true);
  });

  it('groups the files as a trainer thinks of the course', () => {
    const groups = groupFiles([
      'modules/01-a/index.mdx',
      'modules/01-a/02-dua.mdx',
      'modules/01-a/01-satu.mdx',
      'content/courses/k.yaml',
      'content/quizzes/kuis-a.yaml',
      'content/scenarios/skenario-a.yaml',
      'content/glossary/polmas.yaml',
      'content/units.yaml',
      'public/gambar/foto.jpg',
    ]);
    expect(groups.map((g) => [g.id, g.entries.map((e) => e.name)])).toEqual([
      ['courses', ['k.yaml']],
      ['modules', ['01-a']],
      ['quizzes', ['kuis-a.yaml']],
      ['scenarios', ['skenario-a.yaml']],
      ['data', ['glossary/polmas.yaml', 'units.yaml']],
    ]);
    expect(groups[1]?.entries[0]).toMatchObject({
      path: 'modules/01-a/index.mdx',
      children: [
        { path: 'modules/01-a/01-satu.mdx', name: '01-satu.mdx' },
        { path: 'modules/01-a/02-dua.mdx', name: '02-dua.mdx' },
      ],
    });
  });
});
