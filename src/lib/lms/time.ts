// Session time as each SCORM edition writes it.

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (hours two to four digits; longer sessions are capped at 9999 hours). */
export function scorm12Timespan(seconds: number): string {
  const centis = Math.min(Math.round(Math.max(0, seconds) * 100), (9999 * 3600 + 3599) * 100 + 99);
  const h = Math.floor(centis / 360_000);
  const m = Math.floor((centis % 360_000) / 6000);
  const s = (centis % 6000) / 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(h)}:${pad(m)}:${s.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration, seconds to two decimals), e.g. `PT1H2M3.5S`; `PT0S` for nothing. */
export function iso8601Duration(seconds: number): string {
  const centis = Math.round(Math.max(0, seconds) * 100);
  const h = Math.floor(centis / 360_000);
  const m = Math.floor((centis % 360_000) / 6000);
  const s = (centis % 6000) / 100;
  const parts = `${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${s > 0 || (h === 0 && m === 0) ? `${s}S` : ''}`;
  return `PT${parts}`;
}
