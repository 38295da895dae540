import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossedThreshold, deadlineOf, formatRemaining, remainingMs } from '../../../src/lib/exam/timer.ts';

const MIN = 60_000;

describe('exam timer', () => {
  it('counts down to a deadline and never below zero', () => {
    const deadline = deadlineOf('2026-12-01T08:00:00.000Z', 30);
    expect(deadline).toBe('2026-12-01T08:30:00.000Z');
    expect(remainingMs(deadline, new Date('2026-12-01T08:29:00.000Z'))).toBe(MIN);
    expect(remainingMs(deadline, new Date('2026-12-01T09:00:00.000Z'))).toBe(0);
  });

  it('shows m:ss, rounding up', () => {
    expect(formatRemaining(30 * MIN)).toBe('30:00');
    expect(formatRemaining(61_001)).toBe('1:02');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(90 * MIN)).toBe('1:30:00');
  });

  it('announces at 5-minute steps, 2 minutes, 1 minute and 30 seconds only', () => {
    expect(crossedThreshold(10 * MIN + 500, 10 * MIN - 500)).toBe(10 * MIN);
    expect(crossedThreshold(9 * MIN, 8 * MIN)).toBeNull();
    expect(crossedThreshold(2 * MIN + 1, 2 * MIN)).toBe(2 * MIN);
    expect(crossedThreshold(31_000, 29_000)).toBe(30_000);
    expect(crossedThreshold(29_000, 1_000)).toBeNull();
  });

  it('speaks at most once per minute when read every second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), (minutes) => {
        let said = 0;
        for (let ms = minutes * MIN; ms > 0; ms -= 1000) if (crossedThreshold(ms, ms - 1000) !== null) said++;
        expect(said).toBeLessThanOrEqual(Math.ceil(minutes / 5) + 3);
      }),
    );
  });
});
