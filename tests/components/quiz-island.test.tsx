// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import QuizRunner from '../../src/components/islands/QuizRunner.tsx';
import { quizTextHtml } from '../../src/lib/quiz/text-html.ts';
import type { QuizAttempt } from '../../src/schemas/progress.ts';
import type { Quiz } from '../../src/schemas/quiz.ts';
import { fixtureQuizInput, fixtureQuizWith } from '../fixtures/quiz.ts';

const saved: QuizAttempt[] = [];
vi.mock('../../src/client/progress/quiz.ts', () => ({
  saveQuizAttempt: (attempt: QuizAttempt) => {
    saved.push(attempt);
    return Promise.resolve();
  },
  countQuizAttempts: () => Promise.resolve(0),
}));

afterEach(() => {
  cleanup();
  saved.length = 0;
});

const pick = (id: string) => fixtureQuizInput.questions.filter((q) => q.id === id);

/** The runner as Quiz.astro hands it over: with the quiz's Markdown rendered at build time. */
const renderRunner = (quiz: Quiz, attemptsUsed = 0) =>
  render(<QuizRunner quiz={quiz} attemptsUsed={attemptsUsed} textHtml={quizTextHtml(quiz)} />);

/** Renders the runner over a one-question quiz and starts it by keyboard. */
async function startWith(questionId: string) {
  const user = userEvent.setup();
  renderRunner(fixtureQuizWith({ questions: pick(questionId) }));
  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mulai kuis' }));
  await user.keyboard('{Enter}');
  return user;
}

const orderShown = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => li.firstElementChild?.textContent);

describe('QuizRunner by keyboard', () => {
  it('moves focus to the question, and puts ordering items in order with the Naik/Turun buttons', async () => {
    const user = await startWith('urutan');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Pertanyaan 1 dari 1' }));
    // Solve by moving each item to the top, last one first, only with Tab and Enter.
    for (const text of ['Perpol 1/2021', 'Perkap 3/2015', 'Skep 737/2005']) {
      while (orderShown()[0] !== text) {
        const up = screen.getByRole('button', { name: `Naik: ${text}` });
        while (document.activeElement !== up) await user.tab();
        await user.keyboard('{Enter}');
        // Focus stays on a button of the moved item, so a learner can keep pressing.
        expect((document.activeElement as HTMLElement).getAttribute('aria-label')).toMatch(text);
      }
    }
    // Moving to the top reverses the list: the bottom-most moved item ends first.
    expect(orderShown()).toEqual(['Skep 737/2005', 'Perkap 3/2015', 'Perpol 1/2021']);
    expect(screen.getByText(/dipindah ke posisi 1 dari 3/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    expect(within(screen.getByRole('status')).getByText('Benar.')).toBeTruthy();
  });

  it('pairs matching items with one select per left item, and reports a partial answer', async () => {
    const user = await startWith('pasangan');
    const lantas = screen.getByRole('combobox', { name: 'Lantas' });
    const intelkam = screen.getByRole('combobox', { name: 'Intelkam' });
    await user.tab();
    expect(document.activeElement).toBe(lantas);
    await user.selectOptions(lantas, 'Dikmas Lantas');
    // Submitting with a left item unpaired asks for every pair first.
    await user.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    expect(within(screen.getByRole('status')).getByText(/Pilih pasangan untuk setiap butir/)).toBeTruthy();
    await user.selectOptions(intelkam, 'Penyidikan');
    await user.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    const feedback = within(screen.getByRole('status'));
    expect(feedback.getByText('Sebagian benar (50%).')).toBeTruthy();
    expect(feedback.getByText(/Kartu fungsi\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Lihat hasil' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Hasil kuis' }));
    expect(screen.getByText('Nilai Anda 50% (batas lulus 70%).')).toBeTruthy();
    await act(() => Promise.resolve());
    expect(saved).toHaveLength(1);
    expect(saved[0]?.answers[0]?.response).toEqual({
      type: 'matching',
      matches: { lantas: 'lantas', intelkam: 'pengecoh-1' },
    });
  });

  it("shows the chosen option's feedback, the correct answer, the explanation and the source after a wrong answer", async () => {
    const user = await startWith('pengemban');
    await user.click(screen.getByRole('radio', { name: 'Hanya Bhabinkamtibmas' }));
    await user.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    const status = screen.getByRole('status');
    const feedback = within(status);
    expect(feedback.getByText('Belum tepat.')).toBeTruthy();
    expect(feedback.getByText('Bhabinkamtibmas hanya salah satu pengemban.')).toBeTruthy();
    expect(status.textContent).toContain('Jawaban yang benar: Setiap anggota Polri');
    expect(status.textContent).toContain('Pembahasan: Pasal 1 angka 4.');
    expect(status.textContent).toContain('Sumber: Perpol 1/2021 Pasal 1 angka 4');
    // The feedback is announced after the question, which stays on screen but can no longer be changed.
    const question = screen.getByRole<HTMLFieldSetElement>('group');
    expect(question.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(question.disabled).toBe(true);
  });

  it('says so and offers no start button once every attempt is used', () => {
    renderRunner(fixtureQuizWith({ attempts: 2 }), 2);
    expect(screen.getByText('Semua percobaan untuk kuis ini sudah dipakai.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mulai kuis' })).toBeNull();
  });

  it('counts down the attempts left on the intro', () => {
    renderRunner(fixtureQuizWith({ attempts: 3 }), 1);
    expect(screen.getByText('Sisa percobaan: 2 dari 3.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mulai kuis' })).toBeTruthy();
  });

  it("shows the quiz file's Markdown as formatting, keeps code literal and its HTML as text", async () => {
    const question = {
      id: 'pengemban',
      type: 'single' as const,
      prompt: 'Siapa **Pengemban Polmas**?',
      options: [
        { id: 'a', text: 'Hanya *Bhabinkamtibmas* <img src=x onerror="alert(1)">' },
        { id: 'b', text: 'Setiap anggota `Polri`', correct: true },
      ],
      explanation: 'Lihat `Pasal *1*`.',
      source: 'Perpol 1/2021 Pasal 1 angka 4',
    };
    const quiz = fixtureQuizWith({ questions: [question] });
    const user = userEvent.setup();
    renderRunner(quiz);
    await user.click(screen.getByRole('button', { name: 'Mulai kuis' }));
    expect(screen.getByText('Pengemban Polmas').tagName).toBe('STRONG');
    await user.click(screen.getByRole('radio', { name: /^Hanya Bhabinkamtibmas/ }));
    expect(screen.getByText('Bhabinkamtibmas').tagName).toBe('EM');
    await user.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Jawaban yang benar: Setiap anggota Polri');
    expect(within(status).getByText('Polri').tagName).toBe('CODE');
    expect(within(status).getByText('Pasal *1*').tagName).toBe('CODE');
    expect(document.querySelector('img')).toBeNull();
  });

  it('answers a single-choice question with the arrow keys', async () => {
    const user = await startWith('pengemban');
    await user.tab();
    await user.keyboard('{ArrowDown}');
    await user.keyboard(' ');
    const checked = screen.getAllByRole('radio').find((r) => (r as HTMLInputElement).checked);
    expect(checked).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status').textContent).toMatch(/Pembahasan/);
  });
});
