import type { Progress, ProgressRules } from '../../schemas/progress.ts';
import { writeCsv } from './csv-text.ts';
import { bestQuizScores, moduleStatus, type StatusKind } from './selectors.ts';

const statusText: Record<StatusKind, string> = {
  'not-started': 'belum mulai',
  'in-progress': 'sedang berjalan',
  complete: 'selesai',
};

/** The CSV summary for a unit: one row per module (headers in Indonesian, dates as ISO 8601). */
export function progressCsv(progress: Progress, rules: ProgressRules): string {
  const best = bestQuizScores(progress);
  const rows = rules.modules.map((rule) => {
    const status = moduleStatus(progress, rule);
    const quiz = rule.quiz === undefined ? undefined : best.get(rule.quiz);
    const scenariosDone = rule.requiredScenarios.filter((id) =>
      progress.scenarioRuns.some((r) => r.scenarioId === id && r.endingId !== undefined),
    ).length;
    return {
      nama: progress.profile?.name ?? '',
      nrp: progress.profile?.nrp ?? '',
      satuan: progress.profile?.unit ?? '',
      modul_id: rule.id,
      modul: rule.title,
      status: statusText[status.status],
      persen: status.percent,
      pelajaran_dibaca: rule.lessons.filter((id) => progress.lessons[id] !== undefined).length,
      pelajaran_total: rule.lessons.length,
      nilai_kuis_terbaik: quiz?.best ?? '',
      kuis_lulus: quiz === undefined ? '' : quiz.passed ? 'ya' : 'tidak',
      skenario_selesai: `${scenariosDone}/${rule.requiredScenarios.length}`,
      selesai_pada: status.completedAt ?? '',
    };
  });
  return writeCsv(rows);
}
