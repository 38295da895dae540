import type {
  Course,
  FunctionCard,
  GlossaryTerm,
  KitCard,
  KitTemplate,
  LegalReference,
  Lesson,
  Module,
  Quiz,
  Revocation,
  Scenario,
  SeatGuide,
  Source,
  Unit,
} from '../../schemas/index.ts';

/** A content file as read from disk: path relative to the project root, with forward slashes. */
export interface ContentFile {
  readonly path: string;
  readonly text: string;
}

/** Finds the line and column of a data path inside the entry (`key` points at the key, not its value). */
export type Locate = (path: readonly PropertyKey[], options?: { key?: boolean }) => { line: number; column: number };

/** A validated entry and where it came from. */
export interface Located<T> {
  readonly file: string;
  readonly data: T;
  /** Locates a field of this entry in its file. */
  readonly locate: Locate;
}

/** An MDX entry (module overview or lesson) with its folder and ordering prefix. */
export interface MdxEntry<T> extends Located<T> {
  /** Module folder name, e.g. "01-polmas-tugas-setiap-anggota". */
  readonly folder: string;
  /** Numeric `NN-` prefix of the file (lessons) or folder (modules). */
  readonly order: number;
  /** MDX text after the frontmatter. */
  readonly body: string;
  /** Lines before the body, to locate body positions. */
  readonly bodyLineOffset: number;
}

/** The kinds of entry other files refer to by id. */
export type EntryKind =
  | 'module'
  | 'lesson'
  | 'course'
  | 'quiz'
  | 'scenario'
  | 'glossary'
  | 'function'
  | 'kitTemplate'
  | 'kitCard'
  | 'references';

/**
 * An entry that could not be read (its own file is wrong): references to it are not reported again, they are named
 * under its file's message (Diagnostic.causedBy).
 */
export interface InvalidEntry {
  readonly kind: EntryKind;
  /** Its id as written, or as guessed from its file or folder name when the file cannot be read at all. */
  readonly id: string;
  readonly file: string;
  /** The module folder, for an MDX file. */
  readonly folder?: string;
}

/** Every validated content entry of the project. */
export interface ContentCorpus {
  readonly modules: MdxEntry<Module>[];
  readonly lessons: MdxEntry<Lesson>[];
  readonly courses: Located<Course>[];
  readonly quizzes: Located<Quiz>[];
  readonly scenarios: Located<Scenario>[];
  readonly glossary: Located<GlossaryTerm>[];
  readonly functions: Located<FunctionCard>[];
  readonly units: Located<Unit>[];
  readonly revoked: Located<Revocation>[];
  readonly references: Located<LegalReference>[];
  readonly sources: Located<Source>[];
  readonly seats: Located<SeatGuide>[];
  /** Entries whose own file is wrong. */
  readonly invalid: InvalidEntry[];
  readonly kitTemplates: Located<KitTemplate>[];
  readonly kitCards: Located<KitCard>[];
}

/** An empty corpus to fill. */
export function emptyCorpus(): ContentCorpus {
  return {
    modules: [],
    lessons: [],
    courses: [],
    quizzes: [],
    scenarios: [],
    glossary: [],
    functions: [],
    units: [],
    revoked: [],
    references: [],
    sources: [],
    seats: [],
    invalid: [],
    kitTemplates: [],
    kitCards: [],
  };
}
