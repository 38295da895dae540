import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../../src/lib/progress/canonical-json.ts';
import { decodeProgressFile } from '../../../src/lib/progress/codec.ts';
import { encodeProgressFile } from '../../../src/lib/progress/export-file.ts';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { migrateProgress } from '../../../src/lib/progress/migrate.ts';
import { applyProgressEvent } from '../../../src/lib/progress/reducer.ts';
import { attempt, rules, sha256, tickingClock } from './helpers.ts';

const now = tickingClock();
const progress = applyProgressEvent(
  createEmptyProgress(now),
  { type: 'lesson.visited', lessonId: 'a-1' },
  { now, rules },
);
const decode = (text: string) => decodeProgressFile(text, { digest: sha256 });
const encoded = () => encodeProgressFile(progress, { now, digest: sha256 });

async function reason(text: string) {
  const result = await decode(text);
  return result.ok ? 'ok' : `${result.reason}: ${result.error}`;
}

describe('progress file codec', () => {
  it('writes versioned JSON with a SHA-256 digest and reads it back', async () => {
    const text = await encoded();
    const file = JSON.parse(text) as { app: string; version: number; digest: { algorithm: string; value: string } };
    expect(file).toMatchObject({ app: 'sinergi', kind: 'progress', version: 1, digest: { algorithm: 'SHA-256' } });
    expect(file.digest.value).toMatch(/^[0-9a-f]{64}$/);
    expect(await decode(text)).toMatchObject({ ok: true, progress, fileVersion: 1 });
  });

  it('reads a re-indented file (the digest covers the data, not the layout)', async () => {
    const text = JSON.stringify(JSON.parse(await encoded()));
    expect((await decode(text)).ok).toBe(true);
  });

  it('refuses each kind of bad file with its own Indonesian message', async () => {
    const good = JSON.parse(await encoded()) as Record<string, unknown>;
    const tampered = structuredClone(good) as { progress: { lessons: Record<string, unknown> } };
    tampered.progress.lessons['a-2'] = {
      firstVisitedAt: '2026-11-28T06:00:00.000Z',
      lastVisitedAt: '2026-11-28T06:00:00.000Z',
    };
    expect(await reason('bukan json {')).toMatchInlineSnapshot(
      `"not-json: Berkas ini bukan JSON yang sah. Pilih berkas .json hasil "Ekspor progres" di Sinergi."`,
    );
    expect(await reason(JSON.stringify({ app: 'moodle', data: [] }))).toMatchInlineSnapshot(
      `"other-app: Berkas ini bukan berkas progres Sinergi (mungkin dari aplikasi lain)."`,
    );
    expect(await reason(JSON.stringify({ ...good, version: 7 }))).toMatchInlineSnapshot(
      `"newer: Berkas ini dibuat oleh versi Sinergi yang lebih baru (versi 7; versi ini mengenal sampai 1). Muat ulang situs agar mendapat versi terbaru, lalu impor lagi."`,
    );
    expect(await reason(JSON.stringify(tampered))).toMatchInlineSnapshot(
      `"digest: Sidik SHA-256 berkas tidak cocok: isinya berubah atau rusak setelah diekspor. Ekspor ulang dari perangkat asal."`,
    );
    expect(await reason(' '.repeat(5 * 1024 * 1024 + 1))).toMatchInlineSnapshot(
      `"too-large: Berkas terlalu besar: batasnya 5 MB. Berkas progres Sinergi biasanya hanya beberapa KB."`,
    );
    const polluted = (await encoded()).replace('"lessons": {', '"lessons": {"__proto__": {"polluted": true},');
    expect(await reason(polluted)).toMatchInlineSnapshot(
      `"forbidden-key: Berkas ditolak demi keamanan: berisi kunci terlarang "__proto__"."`,
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a file whose digest matches but whose content is not valid progress', async () => {
    const bad = { ...progress, lessons: { 'A B': {} } } as unknown as typeof progress;
    const text = await encodeProgressFile(bad, { now, digest: sha256 });
    expect(await reason(text)).toMatch(/^invalid: Data progres rusak: bagian "lessons/);
  });

  it('refuses a file nested 200,000 levels deep with its own message, before the digest recurses into it', async () => {
    const levels = 200_000;
    for (const deep of ['['.repeat(levels) + ']'.repeat(levels), `${'{"a":'.repeat(levels)}0${'}'.repeat(levels)}`]) {
      const text = `{"app":"sinergi","kind":"progress","version":1,"exportedAt":"2026-11-28T06:00:00.000Z","digest":{"algorithm":"SHA-256","value":"${'0'.repeat(64)}"},"progress":${deep}}`;
      expect(await reason(text)).toMatchInlineSnapshot(
        `"too-deep: Isi berkas bersarang lebih dari 32 tingkat, jauh lebih dalam dari berkas progres Sinergi mana pun, jadi tidak dibaca. Berkas ini bukan hasil "Ekspor progres" atau sudah diubah: pilih berkas asli hasil ekspor, atau ekspor ulang dari perangkat asal."`,
      );
    }
  });

  it('reads a wide file under 5 MB as far as its digest (width is not depth)', async () => {
    const text = `{"app":"sinergi","kind":"progress","version":1,"progress":[${'0,'.repeat(2_000_000)}0]}`;
    expect(await reason(text)).toMatch(/^digest:/);
  });

  it('reads a file at the deepest nesting it allows and refuses one level more', async () => {
    const file = (progressLevels: number) =>
      `{"app":"sinergi","kind":"progress","version":1,"progress":${'['.repeat(progressLevels)}${']'.repeat(progressLevels)}}`;
    // The file itself is the first level, so its progress may add MAX_JSON_DEPTH - 1 more.
    expect(await reason(file(MAX_JSON_DEPTH - 1))).toMatch(/^digest:/);
    expect(await reason(file(MAX_JSON_DEPTH))).toMatch(/^too-deep:/);
  });

  it('refuses a sealed file whose attempt is marked passed below its pass mark', async () => {
    const forged = applyProgressEvent(
      progress,
      { type: 'quiz.attempted', attempt: attempt({ score: 40, passMark: 70, passed: true }) },
      { now, rules },
    );
    expect(await reason(await encodeProgressFile(forged, { now, digest: sha256 }))).toMatchInlineSnapshot(
      `"invalid: Data progres rusak: bagian "quizAttempts.0.passed" tidak sah (tercatat lulus, padahal nilai 40 di bawah batas lulus 70)."`,
    );
  });

  it('migrates a v0 file to v1', async () => {
    const v0 = {
      version: 0,
      savedAt: '2026-01-02T03:04:05.000Z',
      visitedLessons: { 'a-1': '2026-01-01T00:00:00.000Z' },
      quizAttempts: [],
      scenarioRuns: [],
    };
    const migrated = migrateProgress(v0);
    expect(migrated).toEqual({
      ok: true,
      fromVersion: 0,
      progress: {
        version: 1,
        createdAt: '2026-01-02T03:04:05.000Z',
        updatedAt: '2026-01-02T03:04:05.000Z',
        lessons: { 'a-1': { firstVisitedAt: '2026-01-01T00:00:00.000Z', lastVisitedAt: '2026-01-01T00:00:00.000Z' } },
        quizAttempts: [],
        scenarioRuns: [],
        completions: { modules: {}, courses: {} },
        log: [],
      },
    });
    // And through the file codec: a v0 file with a valid digest imports as v1.
    const body = { app: 'sinergi', kind: 'progress', version: 0, exportedAt: '2026-01-02T03:04:05.000Z', progress: v0 };
    const { canonicalJson } = await import('../../../src/lib/progress/canonical-json.ts');
    const text = JSON.stringify({
      ...body,
      digest: { algorithm: 'SHA-256', value: await sha256(canonicalJson(body)) },
    });
    const decoded = await decode(text);
    expect(decoded).toMatchObject({ ok: true, fileVersion: 0 });
    expect(decoded.ok && decoded.progress).toEqual(migrated.ok && migrated.progress);
  });
});
