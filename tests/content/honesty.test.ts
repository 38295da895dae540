import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/integrations/read-content.ts';
import { checkHonesty, type HonestyReference } from '../../src/lib/content/honesty.ts';
import { normalizeInstrument } from '../../src/lib/content/legal-mentions.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = await readContentFiles(root);
const referencesFile = files.find((f) => f.path === 'content/legal/references.yaml');
if (!referencesFile) throw new Error('content/legal/references.yaml is missing');
const references = parse(referencesFile.text) as HonestyReference[];

const format = (findings: ReturnType<typeof checkHonesty>) => findings.map((f) => `${f.file}:${f.line}  ${f.message}`);

describe('honesty rules on the real course', () => {
  it('cites only articles listed in content/legal/references.yaml, and repealed rules only as history', () => {
    expect(format(checkHonesty(files, references))).toEqual([]);
  });

  it('gives every quiz question a non-empty source and explanation', () => {
    const quizzes = files.filter((f) => f.path.startsWith('content/quizzes/'));
    expect(quizzes.length).toBeGreaterThanOrEqual(6);
    const missing: string[] = [];
    for (const quiz of quizzes) {
      const data = parse(quiz.text) as { questions: { id: string; source?: unknown; explanation?: unknown }[] };
      for (const q of data.questions) {
        if (typeof q.source !== 'string' || q.source.trim() === '') missing.push(`${quiz.path}#${q.id} source`);
        if (typeof q.explanation !== 'string' || q.explanation.trim() === '') {
          missing.push(`${quiz.path}#${q.id} explanation`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('honesty rules catch breaches', () => {
  const refs: HonestyReference[] = [
    { id: 'p1-1-4', short: 'Perpol 1/2021', article: 'Pasal 1 angka 4', status: 'berlaku' },
    { id: 'p1-3', short: 'Perpol 1/2021', article: 'Pasal 3', status: 'berlaku' },
    { id: 'uu-14-1', short: 'UU 2/2002', article: 'Pasal 14 ayat (1)', status: 'berlaku' },
    { id: 'uu-14-1-c', short: 'UU 2/2002', article: 'Pasal 14 ayat (1) huruf c', status: 'berlaku' },
    { id: 'perkap', short: 'Perkap 3/2015', article: 'Pasal 27', status: 'dicabut' },
    { id: 'skep', short: 'Skep/737/X/2005', status: 'diganti' },
    { id: 'skep-1988', short: 'Skep/1988/XII/2005', status: 'tidak-diketahui' },
  ];
  const mdx = (text: string) => [{ path: 'modules/01-x/01-y.mdx', text }];

  it('normalises the ways an instrument is written', () => {
    expect(normalizeInstrument('Perpol No. 1 Tahun 2021')).toBe('Perpol 1/2021');
    expect(normalizeInstrument('Undang-Undang Nomor 2 Tahun 2002')).toBe('UU 2/2002');
    expect(normalizeInstrument('Skep Kapolri No. Pol.: Skep/737/X/2005')).toBe('Skep 737/2005');
    expect(normalizeInstrument('Skep/737/X/2005')).toBe('Skep 737/2005');
  });

  it('does not ask for a history label on an instrument whose status is unknown (it is not known to be repealed)', () => {
    expect(checkHonesty(mdx('Skep/1988/XII/2005 menempatkan Bhabinkamtibmas sebagai jaringan deteksi.'), refs)).toEqual(
      [],
    );
    expect(checkHonesty(mdx('Skep/737/X/2005 memperkenalkan FKPM.'), refs)).toHaveLength(1);
  });

  it('accepts listed articles and their parents', () => {
    const text = 'Pasal 3 Perpol 1/2021 menyebut prinsip. Lihat UU 2/2002 Pasal 14 ayat (1) huruf c dan Pasal 14.';
    expect(checkHonesty(mdx(text), refs)).toEqual([]);
  });

  it('rejects an article that is not listed for that instrument', () => {
    expect(format(checkHonesty(mdx('Tujuan Polmas ada di Pasal 2 Perpol 1/2021.'), refs))).toEqual([
      'modules/01-x/01-y.mdx:1  "Pasal 2" Perpol 1/2021 tidak ada di content/legal/references.yaml',
    ]);
  });

  it('rejects a letter more specific than the listed article', () => {
    expect(format(checkHonesty(mdx('Penyidikan: UU 2/2002 Pasal 14 ayat (1) huruf g.'), refs))).toEqual([
      'modules/01-x/01-y.mdx:1  "Pasal 14 ayat (1) huruf g" UU 2/2002 tidak ada di content/legal/references.yaml',
    ]);
  });

  it('rejects an article cited for the wrong instrument', () => {
    expect(format(checkHonesty(mdx('Perkap 3/2015 (sudah dicabut) Pasal 3 mengatur prinsip.'), refs))).toEqual([
      'modules/01-x/01-y.mdx:1  "Pasal 3" Perkap 3/2015 tidak ada di content/legal/references.yaml',
    ]);
  });

  it('rejects a Pasal with no instrument anywhere near it', () => {
    expect(format(checkHonesty(mdx('## Judul\n\nMenurut Pasal 5, semua harus hadir.'), refs))).toEqual([
      'modules/01-x/01-y.mdx:3  "Pasal 5" tanpa nama peraturan di dekatnya',
    ]);
  });

  it('takes the instrument from the section or the enclosing DasarHukum', () => {
    const text = [
      '## Perkap 3/2015 (sejarah, sudah dicabut)',
      '',
      '- Pasal 27 mengatur tugas pokok.',
      '',
      '<DasarHukum ref="p1-1-4">',
      '',
      'Pasal 1 angka 4: setiap anggota.',
      '',
      '</DasarHukum>',
    ].join('\n');
    expect(checkHonesty(mdx(text), refs)).toEqual([]);
  });

  it('rejects a repealed rule quoted as if it were in force', () => {
    expect(format(checkHonesty(mdx('Tugas Bhabinkamtibmas diatur Perkap 3/2015 Pasal 27.'), refs))).toEqual([
      'modules/01-x/01-y.mdx:1  Perkap 3/2015 sudah tidak berlaku tetapi tidak ditandai sebagai sejarah',
    ]);
  });

  it('accepts a repealed rule labelled as history, in prose or in YAML', () => {
    expect(checkHonesty(mdx('Sebagai sejarah: Skep/737/X/2005 memperkenalkan FKPM.'), refs)).toEqual([]);
    const yaml = [{ path: 'content/glossary/x.yaml', text: "basis: 'Perkap 3/2015 Pasal 27, sudah dicabut'\n" }];
    expect(checkHonesty(yaml, refs)).toEqual([]);
  });

  it('reads a quiz question as a whole: its explanation may label the repealed rules its options name', () => {
    const question = (explanation: string) =>
      [
        'questions:',
        '  - id: urutan',
        '    options:',
        "      - { id: a, text: 'Skep/737/X/2005' }",
        "      - { id: b, text: 'Perpol 1/2021' }",
        `    explanation: '${explanation}'`,
        '  - id: lain',
        "    prompt: 'Perpol 1/2021 berlaku.'",
      ].join('\n');
    const quiz = (text: string) => [{ path: 'content/quizzes/k.yaml', text }];
    expect(checkHonesty(quiz(question('Skep/737/X/2005 sudah dicabut; hanya sejarah.')), refs)).toEqual([]);
    expect(format(checkHonesty(quiz(question('Urutannya dari yang lama.')), refs))).toEqual([
      'content/quizzes/k.yaml:4  Skep 737/2005 sudah tidak berlaku tetapi tidak ditandai sebagai sejarah',
    ]);
  });
});
