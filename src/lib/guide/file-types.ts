import type { z } from 'astro/zod';
import type * as Schemas from '../../schemas/index.ts';
import { describeFields, type FieldDoc } from './field-docs.ts';

/** A kind of file a trainer writes, and the schema that checks it. */
export interface FileType {
  /** Anchor on the reference page. */
  readonly id: string;
  /** Name in Indonesian. */
  readonly name: string;
  /** Where such files live. */
  readonly where: string;
  /** Name of the schema export in src/schemas/. */
  readonly schema: keyof typeof Schemas;
}

/** Every file type of modules/ and content/, in the order a trainer meets them. */
export const FILE_TYPES: readonly FileType[] = [
  {
    id: 'modul',
    name: 'Ringkasan modul',
    where: 'modules/NN-nama-modul/index.mdx (frontmatter)',
    schema: 'ModuleSchema',
  },
  {
    id: 'pelajaran',
    name: 'Pelajaran',
    where: 'modules/NN-nama-modul/NN-judul.mdx (frontmatter)',
    schema: 'LessonSchema',
  },
  { id: 'kuis', name: 'Kuis', where: 'content/quizzes/<id>.yaml', schema: 'QuizSchema' },
  { id: 'skenario', name: 'Skenario', where: 'content/scenarios/<id>.yaml', schema: 'ScenarioSchema' },
  { id: 'kursus', name: 'Kursus', where: 'content/courses/<id>.yaml', schema: 'CourseSchema' },
  { id: 'istilah', name: 'Istilah', where: 'content/glossary/<id>.yaml', schema: 'GlossaryTermSchema' },
  { id: 'fungsi', name: 'Kartu fungsi', where: 'content/functions/<id>.yaml', schema: 'FunctionCardSchema' },
  { id: 'jalur', name: 'Jalur Anda per fungsi', where: 'content/seats.yaml (daftar)', schema: 'SeatGuideSchema' },
  {
    id: 'templat',
    name: 'Templat perangkat kerja',
    where: 'content/kit/templates/<id>.yaml',
    schema: 'KitTemplateSchema',
  },
  { id: 'kartu-saku', name: 'Kartu saku', where: 'content/kit/cards/<id>.yaml', schema: 'KitCardSchema' },
  {
    id: 'rujukan',
    name: 'Rujukan hukum',
    where: 'content/legal/references.yaml (daftar)',
    schema: 'LegalReferenceSchema',
  },
  { id: 'sumber', name: 'Sumber', where: 'content/legal/sources.yaml (daftar)', schema: 'SourceSchema' },
  { id: 'satuan', name: 'Satuan', where: 'content/units.yaml (daftar)', schema: 'UnitSchema' },
  { id: 'dicabut', name: 'Sertifikat dicabut', where: 'content/revoked.yaml (daftar)', schema: 'RevocationSchema' },
];

/** A file type with its fields, ready for the reference page. */
export interface FileTypeDoc extends FileType {
  readonly fields: readonly FieldDoc[];
}

/**
 * Documents every file type from the schemas themselves: what fields exist, which are required, their kinds, and
 * the Indonesian description each field carries (`.describe()`), so the guide cannot drift from the checker.
 */
export function documentFileTypes(schemas: Readonly<Record<string, unknown>>): FileTypeDoc[] {
  return FILE_TYPES.map((type) => {
    const schema = schemas[type.schema] as z.core.$ZodType | undefined;
    if (!schema) throw new Error(`${type.schema} is not exported by src/schemas`);
    return { ...type, fields: describeFields(schema) };
  });
}
