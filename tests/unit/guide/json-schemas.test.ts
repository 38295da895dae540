import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server';
import { quizTemplate, scenarioTemplate } from '../../../src/lib/authoring/templates.ts';
import { schemaFiles, vscodeYamlSchemas } from '../../../src/lib/authoring/json-schemas.ts';

// The JSON Schemas in schemas/ give a trainer completion, allowed values and the Indonesian descriptions while typing
// in VS Code. They are generated from the zod schemas (`npm run schemas`); these tests keep them up to date, and play
// them through yaml-language-server, the language server of the VS Code YAML extension that .vscode/extensions.json
// recommends.

const project = fileURLToPath(new URL('../../../', import.meta.url));
const names = {
  title: 'Kemitraan',
  moduleId: 'kemitraan',
  lessonId: 'kemitraan-pengantar',
  quizId: 'kuis-kemitraan',
  scenarioId: 'skenario-kemitraan',
};

/** A language service set up as VS Code is by .vscode/settings.json (or with no settings, for a modeline). */
async function languageService(withSettings: boolean) {
  const service = getLanguageService({
    schemaRequestService: (uri) => readFile(new URL(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (path, resource) => new URL(path, resource).href },
  });
  const settings = JSON.parse(await readFile(`${project}.vscode/settings.json`, 'utf8')) as {
    'yaml.schemas': Record<string, string[]>;
  };
  service.configure({
    validate: true,
    completion: true,
    hover: true,
    schemas: withSettings
      ? Object.entries(settings['yaml.schemas']).map(([schema, globs]) => ({
          uri: new URL(schema, pathToFileURL(project)).href,
          fileMatch: globs.map((g) => `${project}${g}`),
        }))
      : [],
  });
  return service;
}

function doc(path: string, text: string) {
  return TextDocument.create(pathToFileURL(`${project}${path}`).href, 'yaml', 1, text);
}

describe('JSON Schemas for the editor', () => {
  it('are up to date with the zod schemas (run `npm run schemas` after changing src/schemas/)', async () => {
    for (const [name, text] of schemaFiles()) {
      expect(await readFile(`${project}schemas/${name}`, 'utf8'), name).toBe(text);
    }
  });

  it('are wired for every YAML file type in .vscode/settings.json', async () => {
    const settings = JSON.parse(await readFile(`${project}.vscode/settings.json`, 'utf8')) as Record<string, unknown>;
    expect(settings['yaml.schemas']).toEqual(vscodeYamlSchemas());
  });

  it('complete the allowed values of a field and the fields still missing', async () => {
    const service = await languageService(true);
    const values = await service.doComplete(
      doc('content/quizzes/kuis-baru.yaml', 'id: kuis-baru\nfeedback: \n'),
      { line: 1, character: 10 },
      false,
    );
    expect(values.items.map((i) => i.label)).toEqual(['immediate', 'deferred']);
    const fields = await service.doComplete(
      doc('content/quizzes/kuis-baru.yaml', 'id: kuis-baru\n'),
      { line: 1, character: 0 },
      false,
    );
    expect(fields.items.map((i) => i.label)).toEqual(expect.arrayContaining(['title', 'passMark', 'questions']));
  });

  it('show the Indonesian description on hover', async () => {
    const service = await languageService(true);
    const hover = await service.doHover(doc('content/scenarios/baru.yaml', 'id: baru\nstart: awal\n'), {
      line: 1,
      character: 2,
    });
    expect(JSON.stringify(hover?.contents)).toContain('simpul');
  });

  it('reach a scaffolded file through its $schema line, with no editor settings', async () => {
    const service = await languageService(false);
    const quiz = quizTemplate(names);
    expect(quiz.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/quiz.schema.json');
    const broken = quiz.replace(/^feedback: immediate$/m, 'feedback: nanti');
    const problems = await service.doValidation(doc('content/quizzes/kuis-kemitraan.yaml', broken), false);
    expect(problems.map((p) => p.message)).toEqual(['Value is not accepted. Valid values: "immediate", "deferred".']);
    const scenario = scenarioTemplate(names);
    expect(await service.doValidation(doc('content/scenarios/skenario-kemitraan.yaml', scenario), false)).toEqual([]);
  });
});
