import { stopwords as english } from '@orama/stopwords/english';
import { stopwords as indonesian } from '@orama/stopwords/indonesian';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FieldDoc } from '../../../src/lib/guide/field-docs.ts';
import { documentFileTypes, FILE_TYPES } from '../../../src/lib/guide/file-types.ts';
import * as schemas from '../../../src/schemas/index.ts';

const project = fileURLToPath(new URL('../../../', import.meta.url));
const englishWords = new Set(english);
// "misalnya" (for example) opens most examples but is missing from the stopword list.
const indonesianWords = new Set([...indonesian, 'misalnya']);

/**
 * Whether a description reads as Indonesian: more Indonesian function words than English ones, and at least one.
 * Examples in quotes, brackets or braces are left out: they hold YAML values such as `{ flag: a }`.
 */
function readsAsIndonesian(text: string): boolean {
  const prose = text.replace(/"[^"]*"|\[[^\]]*\]|\{[^}]*\}|<[^>]*>/g, ' ');
  const words = prose.toLowerCase().match(/[a-z]+/g) ?? [];
  const id = words.filter((w) => indonesianWords.has(w)).length;
  const en = words.filter((w) => englishWords.has(w) && !indonesianWords.has(w)).length;
  return id > 0 && id > en;
}

/** Fields whose description is missing or not Indonesian, as "Schema.path". */
function undescribed(docs: readonly { schema: string; fields: readonly FieldDoc[] }[]): string[] {
  return docs.flatMap((type) =>
    type.fields.filter((f) => !readsAsIndonesian(f.description)).map((f) => `${type.schema}.${f.path}`),
  );
}

describe('the field reference of the authoring guide', () => {
  it('documents every schema that content.config.ts gives a collection', async () => {
    const config = await readFile(join(project, 'src/content.config.ts'), 'utf8');
    // The revoked collection holds its list as one entry (RevocationListSchema); the guide documents a list item.
    const used = new Set(
      [...config.matchAll(/schema:\s*(\w+)/g)].map((m) =>
        m[1] === 'RevocationListSchema' ? 'RevocationSchema' : m[1],
      ),
    );
    expect(new Set(FILE_TYPES.map((t) => t.schema))).toEqual(used);
  });

  it('lists every top-level field, and gives every field at every depth an Indonesian description', () => {
    const docs = documentFileTypes(schemas);
    for (const type of docs) {
      const schema = schemas[type.schema] as unknown as { shape: Record<string, unknown> };
      expect(type.fields.filter((f) => f.depth === 0).map((f) => f.path)).toEqual(Object.keys(schema.shape));
    }
    expect(undescribed(docs)).toEqual([]);
    expect(docs.flatMap((d) => d.fields).length).toBeGreaterThan(150);
    const module = docs.find((d) => d.id === 'modul');
    expect(module?.fields.find((f) => f.path === 'completion.requireQuiz')).toEqual({
      path: 'completion.requireQuiz',
      depth: 1,
      required: false,
      type: 'true atau false',
      defaultValue: 'true',
      description: 'true bila peserta harus lulus kuis modul agar modul selesai; false bila kuis hanya latihan.',
      values: ['true', 'false'],
    });
    // The recursive scenario guard is listed once, with its six forms.
    const scenario = docs.find((d) => d.id === 'skenario')?.fields.map((f) => f.path) ?? [];
    expect(scenario.filter((p) => p.startsWith('nodes[].when.'))).toEqual(
      ['flag', 'notFlag', 'score', 'min', 'max', 'all', 'any'].map((k) => `nodes[].when.${k}`),
    );
  });

  it('tells English text from Indonesian', () => {
    expect(readsAsIndonesian("The module's quiz must be passed.")).toBe(false);
    expect(readsAsIndonesian('Ids of scenarios that must be finished (any ending).')).toBe(false);
    expect(readsAsIndonesian('')).toBe(false);
    expect(readsAsIndonesian('Judul pelajaran, misalnya "Apa itu Polmas?".')).toBe(true);
  });

  it('exports the Indonesian descriptions with the JSON Schema of each file type', async () => {
    const { z } = await import('astro/zod');
    const json = z.toJSONSchema(schemas.LessonSchema, { io: 'input' }) as {
      properties: Record<string, { description?: string }>;
    };
    expect(json.properties['minutes']?.description).toBe(
      'Perkiraan waktu baca dalam menit, angka bulat 1 sampai 60, misalnya 7.',
    );
  });

  it('shows a field as soon as it is added to a schema, and flags it until it has an Indonesian description', async () => {
    // A copy of src/schemas inside the project (so `astro/zod` resolves), with two new fields in the lesson schema.
    const copy = join(project, 'tests/unit/guide/.schemas-copy');
    await rm(copy, { recursive: true, force: true });
    await cp(join(project, 'src/schemas'), copy, { recursive: true });
    try {
      const lesson = join(copy, 'lesson.ts');
      const text = await readFile(lesson, 'utf8');
      const added = [
        '    /** Who wrote the lesson. */',
        '    author: TextSchema.optional().describe(\'Siapa penulis pelajaran, misalnya "Kanit Binmas Polsek Contoh".\'),',
        '    /** Who reviewed the lesson. */',
        '    reviewer: TextSchema.optional(),',
        '    /** Lesson title. */',
      ].join('\n');
      expect(text).toContain('    /** Lesson title. */');
      await writeFile(lesson, text.replace('    /** Lesson title. */', added));
      const changed = (await import(join(copy, 'index.ts'))) as Record<string, unknown>;
      const docs = documentFileTypes(changed);
      expect(docs.find((d) => d.id === 'pelajaran')?.fields.find((f) => f.path === 'author')).toEqual({
        path: 'author',
        depth: 0,
        required: false,
        type: 'teks',
        description: 'Siapa penulis pelajaran, misalnya "Kanit Binmas Polsek Contoh".',
      });
      expect(undescribed(docs)).toEqual(['LessonSchema.reviewer']);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
