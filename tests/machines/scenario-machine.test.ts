import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ScenarioRun } from '../../src/schemas/progress.ts';
import { ScenarioSchema } from '../../src/schemas/scenario.ts';
import { buildDebrief } from '../../src/lib/scenario/debrief.ts';
import { runOfContext, scenarioMachine } from '../../src/machines/scenario-machine.ts';
import { testInput } from './scenario-paths.ts';

const scenario = ScenarioSchema.parse(
  parse(readFileSync(join(import.meta.dirname, '../../content/scenarios/curanmor-desa.yaml'), 'utf8')),
);

function start(resume?: ScenarioRun) {
  const saved: ScenarioRun[] = [];
  const machine = scenarioMachine.provide({
    actions: { saveProgress: ({ context }) => saved.push(runOfContext(context)) },
  });
  const actor = createActor(machine, { input: { ...testInput(scenario), resume } }).start();
  const pick = (choiceId: string) => {
    actor.send({ type: 'choice.pick', choiceId });
  };
  return { actor, saved, pick, node: () => actor.getSnapshot().context.trail.states.at(-1)?.nodeId };
}

describe('scenario machine', () => {
  it('moves along offered choices, saves after each step and ignores choices not offered', () => {
    const { pick, node, saved } = start();
    pick('petakan-bersama');
    expect(node()).toBe('pemetaan');
    pick('susun-rencana');
    expect(node()).toBe('pemetaan');
    expect(saved).toHaveLength(1);
    expect(saved[0]?.path.map((s) => s.choiceId)).toEqual(['petakan-bersama']);
    expect(saved[0]?.scores).toEqual({ kemitraan: 1, 'pemecahan-masalah': 1, koordinasi: 0, legalitas: 0 });
  });

  it('guards a choice until its condition holds', () => {
    const { pick, node } = start();
    for (const c of ['petakan-bersama', 'ke-konsultasi', 'tanya-intelkam', 'kembali-dari-intelkam']) pick(c);
    pick('susun-rencana');
    expect(node()).toBe('pusat-konsultasi');
    pick('tanya-samapta');
    pick('kembali-dari-samapta');
    pick('susun-rencana');
    expect(node()).toBe('rapat-fkpm');
  });

  it('goes back one step, restoring scores and flags', () => {
    const { actor, pick, node } = start();
    pick('petakan-bersama');
    pick('ke-konsultasi');
    pick('tanya-intelkam');
    actor.send({ type: 'step.back' });
    expect(node()).toBe('pusat-konsultasi');
    expect(actor.getSnapshot().context.trail.states.at(-1)?.flags).toEqual([]);
    expect(actor.getSnapshot().context.trail.steps).toHaveLength(2);
  });

  it('records a finished run with ending, rating and path; stepping back afterwards starts a new run', () => {
    const { actor, pick, saved } = start();
    pick('serahkan-ke-warga');
    pick('biarkan-ronda');
    expect(actor.getSnapshot().hasTag('ending')).toBe(true);
    const finished = saved.at(-1);
    expect(finished).toMatchObject({ endingId: 'akhir-main-hakim', rating: 'kurang', scores: { legalitas: -4 } });
    expect(finished?.finishedAt).toBeDefined();
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().matches('playing')).toBe(true);
    expect(saved.at(-1)?.id).not.toBe(finished?.id);
    expect(saved.at(-1)?.endingId).toBeUndefined();
    const debrief = buildDebrief(scenario, finished?.path ?? [], finished?.endingId ?? '');
    expect(debrief.steps.map((s) => s.label)).toEqual([
      'Meminta warga berjaga dan menangkap sendiri pelakunya',
      'Membiarkan, karena warga sudah mau bergerak',
    ]);
    expect(debrief.steps[1]?.effects).toEqual([{ scoreId: 'legalitas', label: 'Legalitas', delta: -2 }]);
  });

  it('resumes an unfinished run where it stopped, and restarts from the beginning', () => {
    const first = start();
    first.pick('petakan-bersama');
    first.pick('ke-konsultasi');
    const run = first.saved.at(-1);
    const resumed = start(run);
    expect(resumed.node()).toBe('pusat-konsultasi');
    expect(runOfContext(resumed.actor.getSnapshot().context).id).toBe(run?.id);
    resumed.actor.send({ type: 'scenario.restart' });
    expect(resumed.node()).toBe('rapat-desa');
    expect(resumed.saved.at(-1)?.path).toEqual([]);
  });

  it('drops recorded steps that the scenario no longer offers', () => {
    const stale: ScenarioRun = {
      id: 'run-stale-1',
      scenarioId: scenario.id,
      startedAt: '2026-11-28T06:00:00.000Z',
      path: [
        { nodeId: 'rapat-desa', choiceId: 'petakan-bersama', at: '2026-11-28T06:01:00.000Z' },
        { nodeId: 'pemetaan', choiceId: 'pilihan-lama', at: '2026-11-28T06:02:00.000Z' },
      ],
      scores: {},
      flags: [],
    };
    expect(start(stale).node()).toBe('pemetaan');
  });
});
