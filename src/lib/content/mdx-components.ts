/** One attribute an author may write on a component. */
export interface ComponentProp {
  readonly name: string;
  readonly required: boolean;
  /** Allowed values, when the prop is a fixed choice. */
  readonly values?: readonly string[];
  /** What it means, in Indonesian, for the authoring guide. */
  readonly description: string;
}

/** An author component usable in MDX without an import. */
export interface AuthorComponent {
  readonly name: string;
  /** What it is for, in Indonesian, for the authoring guide. */
  readonly description: string;
  readonly props: readonly ComponentProp[];
  /** Whether it wraps content (`<X>...</X>`) rather than standing alone (`<X ... />`). */
  readonly wraps: boolean;
  /** Attributes the MDX pipeline adds (src/lib/mdx/); an author who writes one is told it is unknown. */
  readonly generatedProps?: readonly string[];
}

/**
 * The author components, their attributes and what they mean. The checker and the guide (/pelatih/) both read this
 * list; a test compares it with each component's `Props` in src/components/mdx/.
 */
export const AUTHOR_COMPONENTS: readonly AuthorComponent[] = [
  {
    name: 'Quiz',
    description: 'Menampilkan kuis dari content/quizzes/ di halaman ini.',
    wraps: false,
    props: [{ name: 'id', required: true, description: 'id kuis (kolom id di content/quizzes/<id>.yaml).' }],
  },
  {
    name: 'Scenario',
    description: 'Menampilkan simulasi skenario bercabang dari content/scenarios/.',
    wraps: false,
    props: [{ name: 'id', required: true, description: 'id skenario (kolom id di content/scenarios/<id>.yaml).' }],
  },
  {
    name: 'Term',
    description: 'Menautkan sebuah istilah ke daftar istilah (/istilah/). Teks di dalamnya yang ditampilkan.',
    wraps: true,
    props: [{ name: 'id', required: true, description: 'id istilah di content/glossary/.' }],
  },
  {
    name: 'FunctionCard',
    description: 'Menampilkan kartu sebuah fungsi teknis (tugas, kebutuhan dari Polmas, yang diberikan kembali).',
    wraps: false,
    props: [{ name: 'id', required: true, description: 'id kartu fungsi di content/functions/.' }],
  },
  {
    name: 'DasarHukum',
    description:
      'Mengutip dasar hukum dari content/legal/references.yaml beserta sumbernya. Tanpa isi, ringkasan rujukan yang tampil.',
    wraps: true,
    props: [{ name: 'ref', required: true, description: 'id rujukan di content/legal/references.yaml.' }],
  },
  {
    name: 'Sumber',
    description:
      'Mengutip sebuah sumber dari content/legal/sources.yaml sebagai catatan bernomor. Nomornya tampil di teks dan menaut ke daftar "Sumber" di akhir halaman, yang memuat nama dan tautan sumber; sumber yang dikutip lagi memakai nomor yang sama.',
    wraps: false,
    props: [{ name: 'id', required: true, description: 'id sumber di content/legal/sources.yaml, misalnya S10.' }],
    generatedProps: ['n', 'at', 'uses'],
  },
  {
    name: 'Callout',
    description: 'Kotak sorotan: info (latar belakang), penting (peringatan), atau contoh (kasus dari lapangan).',
    wraps: true,
    props: [
      {
        name: 'type',
        required: false,
        values: ['info', 'penting', 'contoh'],
        description: 'Jenis kotak; bawaan: info.',
      },
      { name: 'title', required: false, description: 'Judul kotak; bawaan: nama jenisnya.' },
    ],
  },
  {
    name: 'Objectives',
    description: 'Daftar tujuan pembelajaran di awal pelajaran. Isinya daftar berawalan "- ".',
    wraps: true,
    props: [{ name: 'title', required: false, description: 'Judul daftar; bawaan: "Tujuan pelajaran ini".' }],
  },
  {
    name: 'Checklist',
    description: 'Daftar periksa untuk tugas lapangan. Isinya daftar berawalan "- ".',
    wraps: true,
    props: [{ name: 'title', required: false, description: 'Judul daftar; bawaan: "Yang perlu Anda lakukan".' }],
  },
];

/** Finds an author component by name. */
export function findAuthorComponent(name: string): AuthorComponent | undefined {
  return AUTHOR_COMPONENTS.find((c) => c.name === name);
}
