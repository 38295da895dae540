// Creates the next-numbered module folder: `npm run new:module -- "Judul Modul"`.
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describePlan, planNewModule } from '../src/lib/authoring/scaffold.ts';

const [title = '', rootArg] = process.argv.slice(2);
const root = resolve(rootArg ?? '.');
const moduleFolders = existsSync(join(root, 'modules'))
  ? (await readdir(join(root, 'modules'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name)
  : [];
const listed = async (dir: string) =>
  existsSync(join(root, dir)) ? (await readdir(join(root, dir))).map((name) => `${dir}/${name}`) : [];
const paths = new Set([...(await listed('content/quizzes')), ...(await listed('content/scenarios'))]);
const plan = planNewModule(title, { moduleFolders, paths });
if (!plan.ok) {
  console.error(plan.message);
  process.exitCode = 1;
} else {
  for (const file of plan.files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    // `wx` refuses to overwrite even if a file appeared since the check above.
    await writeFile(join(root, file.path), file.text, { flag: 'wx' });
  }
  console.log(describePlan(plan));
}
