import { describe, expect, it } from 'vitest';
import {
  CourseSchema,
  FunctionCardSchema,
  GlossaryTermSchema,
  LegalReferenceSchema,
  LessonSchema,
  ModuleSchema,
  QuizSchema,
  ScenarioSchema,
  SourceSchema,
  UnitSchema,
} from '../../../src/schemas/index.ts';

const lesson = { id: 'apa-itu-polmas', title: 'Apa itu Polmas?', description: 'Definisi.', minutes: 7 };
const module = {
  id: 'polmas-tugas-setiap-anggota',
  title: 'Polmas adalah tugas setiap anggota',
  summary: 'Ringkasan.',
  objectives: ['Menjelaskan definisi Polmas'],
};
const course = {
  id: 'sosialisasi',
  title: 'Sosialisasi',
  summary: 'Ringkasan.',
  audience: 'Semua anggota',
  modules: ['polmas-tugas-setiap-anggota'],
  certificate: { title: 'Sertifikat', validityMonths: 24, signatoryRole: 'Kasat Binmas' },
};
const term = {
  id: 'fkpm',
  term: 'FKPM',
  definition: 'Wadah komunikasi.',
  source: 'Perpol 1/2021 [S6]',
  confidence: 'LIKELY',
};
const card = {
  id: 'lantas',
  name: 'Lantas',
  fullName: 'Lalu Lintas',
  unit: 'Sat Lantas',
  order: 6,
  core: 'Kamseltibcar lantas.',
  layer: 'ambang-gangguan',
  needsFromPolmas: ['Titik rawan kecelakaan'],
  givesBack: ['Dikmas Lantas'],
  askBinmas: [{ text: 'Kanit Binmas Polsek', confidence: 'LIKELY' }],
  binmasNeeds: ['Data kecelakaan di desa'],
  basis: 'UU 2/2002 [S17]',
  confidence: 'LIKELY',
};
const asked = { id: 'q1', prompt: 'Polmas tugas semua?', explanation: 'Ya.', source: 'Pasal 12' };
const tf = { ...asked, type: 'truefalse', answer: true };
const single = {
  id: 'q2',
  type: 'single',
  prompt: 'Siapa?',
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B', correct: true },
  ],
  explanation: 'B.',
  source: 'Pasal 1',
};
const quiz = { id: 'k', title: 'Kuis', passMark: 70, questions: [tf, single] };
const reference = {
  id: 'perpol-1-2021-pasal-3',
  instrument: 'Perpol 1/2021',
  short: 'Perpol 1/2021',
  article: 'Pasal 3',
  summary: 'Sembilan prinsip.',
  confidence: 'VERIFIED',
  status: 'berlaku',
  sources: ['S2'],
};

/** `true` when the value is accepted; otherwise the one field (dotted path) the rejection must name. */
type Row = [name: string, value: unknown, expected: true | string];
interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly keys?: readonly string[];
}

/** Every field a rejection names; an unknown key counts as its own path. */
function rejectedFields(issues: readonly Issue[]): string[] {
  return issues.flatMap((issue) =>
    (issue.code === 'unrecognized_keys' ? (issue.keys ?? []).map((k) => [...issue.path, k]) : [issue.path]).map((p) =>
      p.map(String).join('.'),
    ),
  );
}

const tables: [string, { safeParse(v: unknown): { success: boolean; error?: { issues: Issue[] } } }, Row[]][] = [
  [
    'LessonSchema',
    LessonSchema,
    [
      ['a complete lesson', lesson, true],
      ['a missing title', { ...lesson, title: undefined }, 'title'],
      ['an unknown key', { ...lesson, judul: 'x' }, 'judul'],
      ['an NN- prefixed id', { ...lesson, id: '01-apa-itu-polmas' }, true],
      ['an id with capitals', { ...lesson, id: 'Apa-Itu' }, 'id'],
      ['minutes as text', { ...lesson, minutes: '7' }, 'minutes'],
      ['zero minutes', { ...lesson, minutes: 0 }, 'minutes'],
    ],
  ],
  [
    'ModuleSchema',
    ModuleSchema,
    [
      ['a minimal module', module, true],
      ['no objectives', { ...module, objectives: [] }, 'objectives'],
      ['finding 8', { ...module, findings: [8] }, 'findings.0'],
      ['an unknown completion key', { ...module, completion: { requireQuiz: true, extra: 1 } }, 'completion.extra'],
      ['a quiz id', { ...module, quiz: 'kuis-polmas' }, true],
    ],
  ],
  [
    'CourseSchema',
    CourseSchema,
    [
      ['a complete course', course, true],
      ['no modules', { ...course, modules: [] }, 'modules'],
      [
        'validity of 0 months',
        { ...course, certificate: { ...course.certificate, validityMonths: 0 } },
        'certificate.validityMonths',
      ],
      ['no expiry', { ...course, certificate: { title: 'S', signatoryRole: 'Kapolres' } }, true],
    ],
  ],
  [
    'GlossaryTermSchema',
    GlossaryTermSchema,
    [
      ['a term', term, true],
      ['an UNVERIFIED term', { ...term, confidence: 'UNVERIFIED' }, 'confidence'],
      ['no source', { ...term, source: '' }, 'source'],
    ],
  ],
  [
    'FunctionCardSchema',
    FunctionCardSchema,
    [
      ['a card', card, true],
      ['an unknown layer', { ...card, layer: 'lapis-4' }, 'layer'],
      ['no needs', { ...card, needsFromPolmas: [] }, 'needsFromPolmas'],
      ['no route to Binmas', { ...card, askBinmas: [] }, 'askBinmas'],
      [
        'an UNVERIFIED route',
        { ...card, askBinmas: [{ text: 'Lewat X', confidence: 'UNVERIFIED' }] },
        'askBinmas.0.confidence',
      ],
      ['no Binmas needs', { ...card, binmasNeeds: undefined }, 'binmasNeeds'],
    ],
  ],
  [
    'LegalReferenceSchema',
    LegalReferenceSchema,
    [
      ['a reference', reference, true],
      ['a reference whose status is unknown', { ...reference, status: 'tidak-diketahui' }, true],
      ['no sources', { ...reference, sources: [] }, 'sources'],
      ['a malformed source id', { ...reference, sources: ['2'] }, 'sources.0'],
      ['status "berlaku?"', { ...reference, status: 'mungkin' }, 'status'],
    ],
  ],
  [
    'SourceSchema',
    SourceSchema,
    [
      ['a source', { id: 'S1', title: 'pasal.id', url: 'https://pasal.id/', kind: 'primer' }, true],
      ['a bad url', { id: 'S1', title: 'pasal.id', url: 'pasal.id', kind: 'primer' }, 'url'],
    ],
  ],
  [
    'UnitSchema',
    UnitSchema,
    [
      ['a unit', { id: 'polres-contoh', name: 'Polres Contoh', level: 'polres' }, true],
      ['an unknown level', { id: 'x', name: 'X', level: 'korwil' }, 'level'],
    ],
  ],
  [
    'QuizSchema',
    QuizSchema,
    [
      ['a quiz', quiz, true],
      ['a pass mark over 100', { ...quiz, passMark: 101 }, 'passMark'],
      ['a negative pass mark', { ...quiz, passMark: -1 }, 'passMark'],
      ['an unknown feedback mode', { ...quiz, feedback: 'nanti' }, 'feedback'],
      ['a draw of 0', { ...quiz, draw: 0 }, 'draw'],
      ['an unknown quiz key', { ...quiz, acak: true }, 'acak'],
      ['a question without a type', { ...quiz, questions: [{ ...tf, type: undefined }] }, 'questions.0.type'],
      ['an unknown question type', { ...quiz, questions: [{ ...tf, type: 'essay' }] }, 'questions.0.type'],
      ['an unknown question key', { ...quiz, questions: [{ ...tf, options: [] }] }, 'questions.0.options'],
      [
        'a question without an explanation',
        { ...quiz, questions: [{ ...tf, explanation: undefined }] },
        'questions.0.explanation',
      ],
      [
        'a single question with one option',
        { ...quiz, questions: [{ ...single, options: [single.options[0]] }] },
        'questions.0.options',
      ],
      [
        'an option with an unknown key',
        { ...quiz, questions: [{ ...single, options: [...single.options, { id: 'c', text: 'C', benar: true }] }] },
        'questions.0.options.2.benar',
      ],
      [
        'a matching pair without a right side',
        { ...quiz, questions: [{ ...asked, type: 'matching', pairs: [{ id: 'a', left: 'A' }] }] },
        'questions.0.pairs.0.right',
      ],
      [
        'an ordering question with items',
        {
          ...quiz,
          questions: [
            {
              ...asked,
              type: 'ordering',
              items: [
                { id: 'a', text: 'A' },
                { id: 'b', text: 'B' },
              ],
            },
          ],
        },
        true,
      ],
    ],
  ],
  [
    'ScenarioSchema',
    ScenarioSchema,
    [
      [
        'a scenario',
        {
          id: 's',
          title: 'S',
          summary: 'R',
          start: 'n1',
          nodes: [{ id: 'n1', text: 'T', ending: { rating: 'ideal', title: 'E', debrief: 'D' } }],
        },
        true,
      ],
      [
        'a guard without min or max',
        { id: 's', title: 'S', summary: 'R', start: 'n1', nodes: [{ id: 'n1', text: 'T', when: { score: 'x' } }] },
        'nodes.0.when',
      ],
      [
        'an unknown rating',
        {
          id: 's',
          title: 'S',
          summary: 'R',
          start: 'n1',
          nodes: [{ id: 'n1', text: 'T', ending: { rating: 'bagus', title: 'E', debrief: 'D' } }],
        },
        'nodes.0.ending.rating',
      ],
      ['no nodes', { id: 's', title: 'S', summary: 'R', start: 'n1', nodes: [] }, 'nodes'],
    ],
  ],
];

describe.each(tables)('%s', (_name, schema, rows) => {
  // A rejection must come from the field the row is about, so that a row cannot pass for an unrelated reason.
  const cases = rows.map(([label, value, expected]) => ({ label, value, expected }));
  it.each(cases)('$label -> $expected', ({ value, expected }) => {
    const result = schema.safeParse(value);
    if (expected === true) expect(result.success).toBe(true);
    else expect(rejectedFields(result.error?.issues ?? [])).toEqual([expected]);
  });
});
