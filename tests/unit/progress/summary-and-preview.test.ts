import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { progressCsv } from '../../../src/lib/progress/csv.ts';
import { createEmptyProgress } from '../../../src/lib/progress/empty.ts';
import { previewImport } from '../../../src/lib/progress/import-preview.ts';
import { applyProgressEvent, type ProgressEvent } from '../../../src/lib/progress/reducer.ts';
import type { Progress } from '../../../src/schemas/progress.ts';
import { attempt, rules, run, tickingClock } from './helpers.ts';

function play(events: ProgressEvent[], start?: string): Progress {
  const now = tickingClock(start);
  return events.reduce<Progress>((p, e) => applyProgressEvent(p, e, { now, rules }), createEmptyProgress(now));
}

const moduleAStarted: ProgressEvent[] = [
  { type: 'lesson.visited', lessonId: 'a-1' },
  { type: 'quiz.attempted', attempt: attempt({ id: 'attempt-fail', score: 40, passed: false }) },
  { type: 'quiz.attempted', attempt: attempt({ id: 'attempt-pass', score: 90, passed: true }) },
];

describe('CSV summary', () => {
  it('has one row per module, in catalogue order, with status, percent, best score and completion date', () => {
    const p = play([
      {
        type: 'profile.updated',
        profile: { name: 'Budi Santoso', kind: 'anggota', nrp: '85061234', unit: 'Polsek A' },
      },
      ...moduleAStarted,
      { type: 'lesson.visited', lessonId: 'b-1' },
    ]);
    const parsed = Papa.parse<Record<string, string>>(progressCsv(p, rules), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      {
        nama: 'Budi Santoso',
        nrp: '85061234',
        satuan: 'Polsek A',
        modul_id: 'modul-a',
        modul: 'Modul A',
        status: 'sedang berjalan',
        persen: '50',
        pelajaran_dibaca: '1',
        pelajaran_total: '2',
        nilai_kuis_terbaik: '90',
        kuis_lulus: 'ya',
        skenario_selesai: '0/1',
        selesai_pada: '',
      },
      {
        nama: 'Budi Santoso',
        nrp: '85061234',
        satuan: 'Polsek A',
        modul_id: 'modul-b',
        modul: 'Modul B',
        status: 'selesai',
        persen: '100',
        pelajaran_dibaca: '1',
        pelajaran_total: '1',
        nilai_kuis_terbaik: '',
        kuis_lulus: '',
        skenario_selesai: '0/0',
        selesai_pada: p.completions.modules['modul-b']?.completedAt,
      },
    ]);
  });

  it('never lets a profile field run as a spreadsheet formula', () => {
    const p = play([{ type: 'profile.updated', profile: { name: '=HYPERLINK("http://x")', kind: 'mitra' } }]);
    const [, firstRow] = progressCsv(p, rules).split('\r\n');
    expect(firstRow?.startsWith(`"'=HYPERLINK`)).toBe(true);
  });
});

describe('import preview', () => {
  it('counts what the file adds and names the modules it completes', () => {
    const here = play([{ type: 'lesson.visited', lessonId: 'a-1' }]);
    const file = play(
      [
        ...moduleAStarted,
        { type: 'lesson.visited', lessonId: 'a-2' },
        { type: 'scenario.saved', run: run({ endingId: 'akhir', finishedAt: '2026-11-28T08:10:00.000Z' }) },
        { type: 'lesson.visited', lessonId: 'b-1' },
        { type: 'profile.updated', profile: { name: 'Siti Aminah', kind: 'mitra' } },
      ],
      '2026-11-29T00:00:00.000Z',
    );
    expect(previewImport(here, file, rules)).toEqual({
      newLessons: 2,
      newAttempts: 2,
      newRuns: 1,
      newModules: ['Modul A', 'Modul B'],
      newCourses: ['Kursus 1'],
      profileConflict: false,
      newProfile: true,
      newSeat: false,
      nothingNew: false,
    });
  });

  it('reports nothing new for the same progress, and a profile conflict only when both differ', () => {
    const here = play([
      { type: 'profile.updated', profile: { name: 'Budi', kind: 'mitra' } },
      { type: 'lesson.visited', lessonId: 'b-1' },
    ]);
    expect(previewImport(here, here, rules)).toMatchObject({ nothingNew: true, profileConflict: false });
    const other = { ...here, profile: { name: 'Budi Santoso', kind: 'anggota' as const, nrp: '12345678' } };
    expect(previewImport(here, other, rules)).toMatchObject({
      nothingNew: false,
      profileConflict: true,
      newProfile: false,
      newLessons: 0,
    });
  });
});
