import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentFileTypes, FILE_TYPES } from '../../../src/lib/guide/file-types.ts';
import * as schemas from '../../../src/schemas/index.ts';

const project = fileURLToPath(new URL('../../../', import.meta.url));

async function readSources(dir: string) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.ts'));
  return Promise.all(names.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })));
}

describe('the field reference of the authoring guide', () => {
  it('documents every schema that content.config.ts gives a collection', async () => {
    const config = await readFile(join(project, 'src/content.config.ts'), 'utf8');
    const used = new Set([...config.matchAll(/schema:\s*(\w+)/g)].map((m) => m[1]));
    expect(new Set(FILE_TYPES.map((t) => t.schema))).toEqual(used);
  });

  it('lists every top-level field with the JSDoc written next to it', async () => {
    const docs = documentFileTypes(schemas, await readSources(join(project, 'src/schemas')));
    for (const type of docs) {
      const schema = schemas[type.schema] as unknown as { shape: Record<string, unknown> };
      const top = type.fields.filter((f) => f.depth === 0);
      expect(top.map((f) => f.path)).toEqual(Object.keys(schema.shape));
      for (const field of top) expect(field.description, `${type.schema}.${field.path}`).not.toBe('');
    }
    const module = docs.find((d) => d.id === 'modul');
    expect(module?.fields.find((f) => f.path === 'completion.requireQuiz')).toEqual({
      path: 'completion.requireQuiz',
      depth: 1,
      required: false,
      type: 'true atau false',
      defaultValue: 'true',
      description: "The module's quiz must be passed.",
    });
  });

  it('shows a field as soon as it is added to a schema, with its comment', async () => {
    // A copy of src/schemas inside the project (so `astro/zod` resolves), with one new field in the lesson schema.
    const copy = join(project, 'tests/unit/guide/.schemas-copy');
    await rm(copy, { recursive: true, force: true });
    await cp(join(project, 'src/schemas'), copy, { recursive: true });
    try {
      const lesson = join(copy, 'lesson.ts');
      const text = await readFile(lesson, 'utf8');
      await writeFile(
        lesson,
        text.replace(
          '    /** Lesson title. */',
          '    /** Who wrote the lesson, e.g. "Kanit Binmas Polsek Contoh". */\n    author: TextSchema.optional(),\n    /** Lesson title. */',
        ),
      );
      const changed = (await import(join(copy, 'index.ts'))) as Record<string, unknown>;
      const docs = documentFileTypes(changed, await readSources(copy));
      expect(docs.find((d) => d.id === 'pelajaran')?.fields.find((f) => f.path === 'author')).toEqual({
        path: 'author',
        depth: 0,
        required: false,
        type: 'teks',
        description: 'Who wrote the lesson, e.g. "Kanit Binmas Polsek Contoh".',
      });
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
