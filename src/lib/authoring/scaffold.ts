import type { z } from 'astro/zod';
import { QuizSchema, ScenarioSchema } from '../../schemas/index.ts';
import { lessonTemplate, moduleIndexTemplate, quizTemplate, scenarioTemplate, type ModuleNames } from './templates.ts';

/** A file the scaffold wants to create, relative to the project root. */
export interface PlannedFile {
  readonly path: string;
  readonly text: string;
  /** What the file is, in Indonesian, for the summary printed to the author. */
  readonly role: string;
}

/** What already exists in the project, so the plan never reuses a number, a folder or an id. */
export interface ExistingContent {
  /** Folder names in modules/, e.g. "01-polmas-tugas-setiap-anggota". */
  readonly moduleFolders: readonly string[];
  /** Every path that exists (relative, forward slashes). */
  readonly paths: ReadonlySet<string>;
}

export type ScaffoldPlan =
  | { readonly ok: true; readonly names: ModuleNames; readonly folder: string; readonly files: readonly PlannedFile[] }
  | { readonly ok: false; readonly message: string };

/** Turns a title into a kebab-case id: "Kemitraan & FKPM di Desa" -> "kemitraan-fkpm-di-desa". */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The top-level keys an object schema accepts, or null when it cannot tell (then every key is kept). */
function topLevelKeys(schema: z.core.$ZodType): ReadonlySet<string> | null {
  let current: z.core.$ZodType | undefined = schema;
  for (let guard = 0; current && guard < 10; guard++) {
    const def = current._zod.def as { type: string; shape?: Record<string, unknown>; in?: z.core.$ZodType };
    if (def.type === 'object' && def.shape) return new Set(Object.keys(def.shape));
    current = def.type === 'pipe' ? def.in : undefined;
  }
  return null;
}

/**
 * Keeps only the top-level YAML blocks (a key, its indented lines and the comments right above it) whose key the
 * schema accepts, so the scaffold stays valid while a schema is still growing towards the format it documents.
 */
export function keepKnownTopLevelKeys(yaml: string, known: ReadonlySet<string> | null): string {
  if (!known) return yaml;
  const out: string[] = [];
  let pending: string[] = [];
  let keep = true;
  for (const line of yaml.split('\n')) {
    const key = /^([A-Za-z_][\w-]*):/.exec(line)?.[1];
    if (key !== undefined) {
      keep = known.has(key);
      if (keep) out.push(...pending, line);
      pending = [];
    } else if (line.startsWith('#')) pending.push(line);
    else if (keep) out.push(...pending.splice(0), line);
  }
  out.push(...pending);
  return out.join('\n');
}

/** Plans a new module folder with an overview, one lesson, a quiz and a scenario, all valid and commented. Pure. */
export function planNewModule(title: string, existing: ExistingContent): ScaffoldPlan {
  const trimmed = title.trim();
  const slug = slugify(trimmed);
  if (!slug) {
    return { ok: false, message: 'Judul modul kosong. Contoh: npm run new:module -- "Kemitraan dengan FKPM"' };
  }
  const same = existing.moduleFolders.find((f) => f.replace(/^\d+-/, '') === slug);
  if (same)
    return { ok: false, message: `Modul "${slug}" sudah ada di modules/${same}/. Tidak ada berkas yang diubah.` };
  const numbers = existing.moduleFolders.map((f) => Number(/^(\d+)-/.exec(f)?.[1] ?? 0));
  const folder = `${String(Math.max(0, ...numbers) + 1).padStart(2, '0')}-${slug}`;
  const names: ModuleNames = {
    title: trimmed,
    moduleId: slug,
    lessonId: `${slug}-pengantar`,
    quizId: `kuis-${slug}`,
    scenarioId: `skenario-${slug}`,
  };
  const files: PlannedFile[] = [
    { path: `modules/${folder}/index.mdx`, text: moduleIndexTemplate(names), role: 'ringkasan modul' },
    { path: `modules/${folder}/01-pengantar.mdx`, text: lessonTemplate(names), role: 'pelajaran pertama' },
    {
      path: `content/quizzes/${names.quizId}.yaml`,
      text: keepKnownTopLevelKeys(quizTemplate(names), topLevelKeys(QuizSchema)),
      role: 'kuis modul',
    },
    {
      path: `content/scenarios/${names.scenarioId}.yaml`,
      text: keepKnownTopLevelKeys(scenarioTemplate(names), topLevelKeys(ScenarioSchema)),
      role: 'skenario modul',
    },
  ];
  const taken = files.find((f) => existing.paths.has(f.path));
  if (taken) return { ok: false, message: `Berkas ${taken.path} sudah ada. Tidak ada berkas yang diubah.` };
  return { ok: true, names, folder, files };
}

/** What to print after the files are written: what was made and the next steps, in Indonesian. */
export function describePlan(plan: Extract<ScaffoldPlan, { ok: true }>): string {
  const width = Math.max(...plan.files.map((f) => f.path.length));
  return [
    `Modul baru "${plan.names.title}" dibuat:`,
    ...plan.files.map((f) => `  ${f.path.padEnd(width)}  ${f.role}`),
    '',
    'Langkah berikutnya:',
    '  1. Ganti setiap teks "Tulis ..." dengan isi modul Anda. Baris berawalan # dan catatan {/* */} menjelaskan tiap kolom.',
    `  2. Masukkan modul ke kursus: tambahkan "${plan.names.moduleId}" ke kolom modules di content/courses/<kursus>.yaml.`,
    `  3. Lihat hasilnya: npm start, lalu buka http://localhost:4321/modul/${plan.names.moduleId}/`,
    '  4. Periksa konten: npm run check:content (setiap kesalahan ditunjukkan dengan berkas, baris dan kolomnya).',
    '  5. Panduan lengkap: halaman /pelatih/ di situs.',
  ].join('\n');
}
