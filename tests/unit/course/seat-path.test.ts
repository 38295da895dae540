import { describe, expect, it } from 'vitest';
import { buildCatalog, seatPaths } from '../../../src/lib/course/index.ts';
import type { SeatGuide } from '../../../src/schemas/seat-guide.ts';
import { fixtureLesson as lesson, fixtureModule as mod } from '../../fixtures/catalog.ts';

const catalog = buildCatalog({
  modules: [
    { folder: '01-umum', order: 1, data: mod('umum', { scenarios: ['pos-lantas', 'sambang'] }) },
    { folder: '08-fungsi', order: 8, data: mod('fungsi', { scenarios: ['pos-lantas'] }) },
  ],
  lessons: [
    { folder: '01-umum', order: 1, data: lesson('pengantar') },
    { folder: '08-fungsi', order: 2, data: { ...lesson('polmas-lantas'), seat: 'lantas' } },
    { folder: '08-fungsi', order: 1, data: { ...lesson('polmas-reskrim'), seat: 'reskrim' } },
  ],
  courses: [],
});
const guide = (id: SeatGuide['id'], partners: string[]): SeatGuide => ({
  id,
  polmas: 'p',
  partners,
  sources: ['S1'],
  confidence: 'VERIFIED',
});
const paths = seatPaths({
  catalog,
  scenarios: [
    { id: 'pos-lantas', title: 'Pos lalu lintas', seat: 'lantas' },
    { id: 'sambang', title: 'Sambang', seat: 'binmas' },
    { id: 'tidak-dipasang', title: 'Belum dipasang di modul', seat: 'lantas' },
  ],
  functions: [
    { id: 'binmas', name: 'Binmas', fullName: 'Pembinaan Masyarakat' },
    { id: 'samapta', name: 'Samapta', fullName: 'Samapta Bhayangkara' },
  ],
  guides: [guide('lantas', ['binmas', 'samapta']), guide('mitra', ['binmas'])],
});

describe('seatPaths', () => {
  it("lists a function's lessons and scenarios by their seat, and its partner cards in the guide's order", () => {
    const [lantas] = paths;
    expect(lantas?.lessons).toEqual([
      { id: 'polmas-lantas', title: 'Pelajaran polmas-lantas', href: '/modul/fungsi/polmas-lantas/' },
    ]);
    // At the scenario's first place on a module page; a scenario no module shows has no place to link to.
    expect(lantas?.scenarios).toEqual([
      { id: 'pos-lantas', title: 'Pos lalu lintas', href: '/modul/umum/#skenario-pos-lantas' },
    ]);
    expect(lantas?.partners.map((p) => [p.title, p.href])).toEqual([
      ['Binmas (Pembinaan Masyarakat)', '/fungsi/#binmas'],
      ['Samapta (Samapta Bhayangkara)', '/fungsi/#samapta'],
    ]);
  });

  it('gives a function without lessons or scenarios of its own empty lists, one path per guide', () => {
    expect(paths.map((p) => p.guide.id)).toEqual(['lantas', 'mitra']);
    expect(paths[1]).toMatchObject({ lessons: [], scenarios: [] });
  });
});
