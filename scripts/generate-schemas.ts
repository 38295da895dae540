// Writes the JSON Schemas of every content file type into schemas/ (`npm run schemas`), for editor completion and
// hover in VS Code (.vscode/settings.json). A test fails when they are out of date with src/schemas/.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaFiles } from '../src/lib/authoring/json-schemas.ts';

const dir = fileURLToPath(new URL('../schemas/', import.meta.url));
await mkdir(dir, { recursive: true });
for (const [name, text] of schemaFiles()) await writeFile(join(dir, name), text);
console.log(`${String(schemaFiles().size)} skema ditulis ke schemas/`);
