import { describe, expect, it } from 'vitest';
import { documentFileTypes } from '../../../src/lib/guide/file-types.ts';
import {
  componentAt,
  describeComponent,
  describeField,
  fieldsFor,
  keyHelp,
  keyOptions,
  mdxOptions,
  mdxPlace,
  valueOptions,
  yamlPlace,
} from '../../../src/lib/studio/help.ts';
import * as schemas from '../../../src/schemas/index.ts';

const types = documentFileTypes(schemas);

/** Completions at the `|` of a YAML text, as labels. */
function complete(path: string, textWithCursor: string): string[] {
  const help = fieldsFor(types, path);
  if (!help) throw new Error(`no help for ${path}`);
  const offset = textWithCursor.indexOf('|');
  const lines = textWithCursor.replace('|', '').split('\n');
  const index = textWithCursor.slice(0, offset).split('\n').length - 1;
  const column = offset - textWithCursor.lastIndexOf('\n', offset - 1) - 1;
  const place = yamlPlace(lines, index, column, help.list);
  if (!place) return [];
  const options = place.kind === 'key' ? keyOptions(help.fields, place.parent) : valueOptions(help.fields, place.field);
  return options.map((o) => o.label);
}

describe('completion and hover help from the schemas', () => {
  it('offers the top-level fields of a quiz with their Indonesian descriptions', () => {
    const help = fieldsFor(types, 'content/quizzes/kuis-a.yaml');
    expect(complete('content/quizzes/kuis-a.yaml', 'id: kuis-a\n|')).toEqual(
      expect.arrayContaining(['id', 'title', 'questions', 'passMark']),
    );
    const title = keyOptions(help?.fields ?? [], '').find((o) => o.label === 'title');
    expect(title?.info).toBe(types.find((t) => t.id === 'kuis')?.fields.find((f) => f.path === 'title')?.description);
    expect(title?.info).not.toBe('');
  });

  it('offers the fields of a question inside the questions list, at the right nesting level', () => {
    const text = 'id: k\nquestions:\n  - id: q1\n    |';
    const labels = complete('content/quizzes/k.yaml', text);
    expect(labels).toEqual(expect.arrayContaining(['type', 'prompt', 'options']));
    expect(labels).not.toContain('passMark');
    const options = complete('content/quizzes/k.yaml', 'questions:\n  - id: q1\n    options:\n      - |');
    expect(options).toEqual(expect.arrayContaining(['text', 'correct']));
  });

  it('offers the values of a fixed choice', () => {
    expect(complete('content/quizzes/k.yaml', 'questions:\n  - id: q1\n    type: |')).toEqual(
      expect.arrayContaining(['single', 'multiple']),
    );
    expect(complete('modules/01-a/index.mdx', '---\ncompletion:\n  requireQuiz: |\n---')).toEqual(['true', 'false']);
  });

  it('offers the frontmatter fields of a lesson and of a module', () => {
    expect(complete('modules/01-a/01-satu.mdx', '---\nid: satu\n|\n---')).toEqual(
      expect.arrayContaining(['title', 'description', 'minutes']),
    );
    expect(complete('modules/01-a/index.mdx', '---\ncompletion:\n  |\n---')).toEqual(
      expect.arrayContaining(['requireQuiz']),
    );
  });

  it('reads a list file item by item', () => {
    expect(complete('content/units.yaml', '- id: polres-a\n  |')).toEqual(expect.arrayContaining(['name']));
  });

  it('shows the field under the pointer on hover', () => {
    const fields = fieldsFor(types, 'modules/01-a/index.mdx')?.fields ?? [];
    const lines = ['---', 'completion:', '  requireQuiz: false', '---'];
    const found = keyHelp(lines, 2, 5, fields, false);
    if (!found) throw new Error('no help for requireQuiz');
    expect(found.field.path).toBe('completion.requireQuiz');
    expect(describeField(found.field)).toContain('Pilihan; bawaan true.');
    expect(keyHelp(lines, 2, 18, fields, false)).toBeNull();
  });
});

describe('author components in MDX bodies', () => {
  it('completes component names after "<", their attributes, and an attribute\'s values', () => {
    const names = mdxOptions(mdxPlace('Teks <Cal') ?? { kind: 'component', word: '', from: 0 });
    expect(names.map((o) => o.label)).toContain('Callout');
    expect(mdxPlace('<Callout ty')).toEqual({ kind: 'attribute', component: 'Callout', word: 'ty', from: 9 });
    const attributes = mdxOptions({ kind: 'attribute', component: 'Callout', word: '', from: 0 });
    expect(attributes.map((o) => o.label)).toEqual(['type', 'title']);
    const place = mdxPlace('<Callout title="A" type="pe');
    expect(place).toMatchObject({ kind: 'attributeValue', attribute: 'type', word: 'pe' });
    if (!place) throw new Error('no place');
    expect(mdxOptions(place).map((o) => o.label)).toEqual(['info', 'penting', 'contoh']);
    expect(mdxPlace('Teks biasa')).toBeNull();
  });

  it('describes the component under the pointer', () => {
    expect(componentAt('Lihat <Term id="polmas">Polmas</Term>.', 8)).toEqual({ name: 'Term', from: 7, to: 11 });
    expect(componentAt('<div>', 2)).toBeNull();
    expect(describeComponent('Callout')).toContain('type: Jenis kotak; bawaan: info. Nilai: info, penting, contoh.');
  });
});
