import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildProject, copyFixtureSite } from '../../scripts/temp-project.ts';

// The content check runs in Astro's setup hook, before any collection loads. This build of a minimal site with a lesson
// that has no title proves it: the build stops with the check's report, in Indonesian and located to the line, and
// Astro never gets to report its own schema error for the same file.

const BROKEN = 'modules/01-modul-uji/02-tanpa-judul.mdx';
let root = '';
let failed: { code?: number; stdout: string; stderr: string } | undefined;
const output = () => `${failed?.stdout ?? ''}${failed?.stderr ?? ''}`;

beforeAll(async () => {
  root = await copyFixtureSite('sinergi-content-check-');
  await writeFile(join(root, BROKEN), '---\nid: tanpa-judul\ndescription: Pelajaran uji.\nminutes: 5\n---\n\nIsi.\n');
  failed = await buildProject(root).then(
    () => undefined,
    (error: unknown) => error as typeof failed,
  );
}, BUILD_TIMEOUT);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('a build with a broken content file', () => {
  it('fails', () => {
    expect(failed?.code).toBe(1);
  });

  it("stops with the content check's report, naming file, line and field", () => {
    expect(output()).toContain('Konten tidak valid');
    expect(output()).toContain(`${BROKEN}:2:1  kolom "title" wajib diisi`);
    expect(output()).toContain('Perbaiki berkas di atas lalu jalankan lagi.');
  });

  it("stops before Astro parses the entry with its schema, so Astro's own error never shows", () => {
    expect(output()).not.toMatch(/does not match collection schema|InvalidContentEntryData/);
    expect(output()).not.toContain('Synced content');
  });
});
