// The generated course of the build benchmark (scripts/bench-build.ts): N modules x 5 lessons of about 600 words,
// the same titles and Markdown bodies whichever site builds them (Sinergi, or Starlight with --starlight).
const WORDS =
  'polmas kemitraan masyarakat bhabinkamtibmas desa kelurahan koordinasi fungsi teknis intelkam reskrim samapta lantas ' +
  'polairud humas propam deteksi dini pemecahan masalah forum warga tokoh agama adat pemuda kepala desa babinsa patroli ' +
  'laporan informasi sambang kunjungan penyuluhan keamanan ketertiban lingkungan partisipasi transparansi akuntabilitas';
const vocabulary = WORDS.split(' ');

/** Lessons per generated module. */
export const LESSONS_PER_MODULE = 5;

/** A deterministic sentence of `words` words from the course's vocabulary. */
export function paragraph(seed: number, words: number): string {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(vocabulary[x % vocabulary.length] ?? 'polmas');
  }
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export interface GeneratedLesson {
  /** 1-based module number. */
  module: number;
  /** 1-based lesson number within its module. */
  lesson: number;
  title: string;
  description: string;
  /** Markdown without frontmatter: six sections of 100 words. */
  body: string;
}

/** Every lesson of a course of `modules` modules, module by module. */
export function* generatedLessons(modules: number): Generator<GeneratedLesson> {
  for (let m = 1; m <= modules; m++) {
    for (let l = 1; l <= LESSONS_PER_MODULE; l++) {
      const body = Array.from(
        { length: 6 },
        (_, p) => `## Bagian ${p + 1}\n\n${paragraph(m * 100 + l * 10 + p, 100)}\n`,
      ).join('\n');
      yield { module: m, lesson: l, title: `Pelajaran ${l} modul ${m}`, description: 'Pelajaran uji skala.', body };
    }
  }
}
