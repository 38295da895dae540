// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudioPreview } from '../../src/components/studio/StudioPreview.tsx';

// The studio's preview over the fixture course (tests/build/fixtures/site/) plus the guide's worked quiz and scenario,
// edited as an author would: each case re-renders with the changed file and waits for the debounced preview.

const SITE = 'tests/build/fixtures/site';
const LESSON = 'modules/01-modul-uji/01-pelajaran-uji.mdx';
const QUIZ = 'content/quizzes/contoh-panduan-kuis.yaml';
const SCENARIO = 'content/scenarios/contoh-panduan-skenario.yaml';

function filesUnder(root: string): [string, string][] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = join(d.parentPath, d.name);
      return [relative(root, full).replaceAll('\\', '/'), readFileSync(full, 'utf8')];
    });
}

const course = new Map([
  ...filesUnder(SITE),
  [QUIZ, readFileSync(QUIZ, 'utf8')],
  [SCENARIO, readFileSync(SCENARIO, 'utf8')],
]);
const edited = (path: string, text: string) => new Map([...course, [path, text]]);
const lessonText = course.get(LESSON) ?? '';
/**
 * What the preview waits for: the debounce, then the compile; the islands load their runner and player on demand (a
 * dynamic import, slow in a cold test worker on a busy machine).
 */
const LAZY = { timeout: 10_000 };
/** Each case edits and waits more than once: room for a loaded machine. */
const SLOW = { timeout: 30_000 };

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('StudioPreview of a lesson', SLOW, () => {
  it('follows the MDX as it changes, with the author components', async () => {
    const view = render(<StudioPreview files={course} path={LESSON} />);
    expect(await screen.findByText('Isi pelajaran uji.', {}, LAZY)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Pelajaran uji' })).toBeTruthy();

    const changed = lessonText.replace(
      'Isi pelajaran uji.',
      'Isi yang sudah diubah.\n\n<Callout type="penting" title="Ingat">\nJangan lupa <Term id="polmas">Polmas</Term>.\n</Callout>',
    );
    view.rerender(<StudioPreview files={edited(LESSON, changed)} path={LESSON} />);
    expect(await screen.findByText('Isi yang sudah diubah.', {}, LAZY)).toBeTruthy();
    expect(screen.queryByText('Isi pelajaran uji.')).toBeNull();
    const callout = screen.getByRole('complementary', { name: 'Ingat' });
    expect(within(callout).getByRole('link', { name: 'Polmas' }).getAttribute('href')).toBe('/istilah/#polmas');
  });

  it('says in Indonesian where the MDX is wrong and keeps the last good preview', async () => {
    const view = render(<StudioPreview files={course} path={LESSON} />);
    await screen.findByText('Isi pelajaran uji.', {}, LAZY);
    const broken = lessonText.replace('Isi pelajaran uji.', 'Isi pelajaran uji.\n\n<Callout type="penting">\nIsi.\n');
    view.rerender(<StudioPreview files={edited(LESSON, broken)} path={LESSON} />);
    const alert = await screen.findByText(/komponen <Callout> dibuka tetapi tidak ditutup/, {}, LAZY);
    const line = broken.split('\n').findIndex((l) => l.startsWith('<Callout')) + 1;
    expect(alert.textContent).toContain(`baris ${String(line)}, kolom 1`);
    expect(screen.getByText(/pratinjau di bawah adalah versi terakhir yang berhasil/)).toBeTruthy();
    expect(screen.getByText('Isi pelajaran uji.')).toBeTruthy();
  });

  it('names a component whose id is not in the edited files where the component would be', async () => {
    const text = lessonText.replace('Isi pelajaran uji.', 'Lihat <Term id="tidak-ada">istilah</Term>.');
    render(<StudioPreview files={edited(LESSON, text)} path={LESSON} />);
    expect(
      await screen.findByText('<Term id="tidak-ada">: istilah "tidak-ada" tidak ada di content/glossary/'),
    ).toBeTruthy();
  });
});

describe('StudioPreview of a quiz', SLOW, () => {
  it('plays the quiz in trial mode: answers get feedback, and nothing is read from or written to storage', async () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const user = userEvent.setup();
    render(<StudioPreview files={course} path={QUIZ} />);
    expect(await screen.findByText(/Mode uji coba/)).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Mulai kuis' }, LAZY));
    await user.click(await screen.findByRole('radio', { name: /Anggota fungsi Binmas saja/ }));
    await user.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    expect(await screen.findByText(/Fungsi Binmas membina Polmas/)).toBeTruthy();
    expect(getItem).not.toHaveBeenCalled();
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });

  it('keeps the last quiz that validated while the YAML is wrong, and says where', async () => {
    const view = render(<StudioPreview files={course} path={QUIZ} />);
    await screen.findByRole('button', { name: 'Mulai kuis' }, LAZY);
    const broken = (course.get(QUIZ) ?? '').replace('passMark: 70', 'passMark: tujuh puluh');
    view.rerender(<StudioPreview files={edited(QUIZ, broken)} path={QUIZ} />);
    const alert = await screen.findByRole('alert');
    expect(await within(alert).findByText(/baris 5, kolom 11: .*passMark/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mulai kuis' })).toBeTruthy();
  });
});

describe('StudioPreview of a scenario', SLOW, () => {
  it('redraws the map as a node is added, and names the node no choice reaches', async () => {
    const view = render(<StudioPreview files={course} path={SCENARIO} />);
    const list = await screen.findByRole('heading', { name: 'Semua simpul' });
    expect(list).toBeTruthy();
    expect(document.getElementById('simpul-simpul-baru')).toBeNull();
    const added = `${course.get(SCENARIO) ?? ''}
  - id: simpul-baru
    text: 'Simpul yang belum disambungkan.'
    choices:
      - { id: kembali, label: 'Kembali', to: musyawarah }
`;
    view.rerender(<StudioPreview files={edited(SCENARIO, added)} path={SCENARIO} />);
    expect(await screen.findByText('Simpul "simpul-baru" tidak terjangkau dari awal.')).toBeTruthy();
    const node = document.getElementById('simpul-simpul-baru');
    expect(node?.textContent).toContain('tidak terjangkau');
    expect(screen.getByRole('img', { name: /Bagan alur/ }).textContent).toContain('simpul-baru');
  });
});

describe('StudioPreview of a course', SLOW, () => {
  it('plays the final exam in trial mode, with the key from the bank, keeping nothing in storage', async () => {
    // The modules' findings (the exam's balanced draw), the course and the quiz banks.
    const project = new Map(
      [
        ...filesUnder('modules').map(([p, t]): [string, string] => [`modules/${p}`, t]),
        ...filesUnder('content').map(([p, t]): [string, string] => [`content/${p}`, t]),
      ].filter(
        ([p]) => p.endsWith('/index.mdx') || p.startsWith('content/courses/') || p.startsWith('content/quizzes/'),
      ),
    );
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const user = userEvent.setup();
    render(<StudioPreview files={project} path="content/courses/sosialisasi-perpol-1-2021.yaml" />);
    await user.click(await screen.findByRole('button', { name: 'Mulai ujian' }, LAZY));
    expect(await screen.findByRole('heading', { name: /^Pertanyaan 1 dari \d+$/ })).toBeTruthy();
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });
});
