import { describe, expect, it } from 'vitest';
import { iso8601Duration, scorm12Timespan } from '../../../src/lib/lms/time.ts';

describe('session time', () => {
  it.each([
    [0, '00:00:00.00', 'PT0S'],
    [3.456, '00:00:03.46', 'PT3.46S'],
    [59.999, '00:01:00.00', 'PT1M'],
    [3723.5, '01:02:03.50', 'PT1H2M3.5S'],
    [7200, '02:00:00.00', 'PT2H'],
    [36_000_000, '9999:59:59.99', 'PT10000H'],
    [-5, '00:00:00.00', 'PT0S'],
  ])('%s s is %s in SCORM 1.2 and %s in SCORM 2004', (seconds, timespan, duration) => {
    expect(scorm12Timespan(seconds)).toBe(timespan);
    expect(iso8601Duration(seconds)).toBe(duration);
  });

  it('always matches the formats the runtimes check', () => {
    for (const seconds of [0, 0.01, 1, 61.2, 3599.99, 86_400, 123_456.78]) {
      expect(scorm12Timespan(seconds)).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      expect(iso8601Duration(seconds)).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    }
  });
});
