import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, toWibDate } from '../../../src/lib/certificate/dates.ts';
import { expiresWithin, expiryDate, isExpired } from '../../../src/lib/certificate/expiry.ts';
import { reminderIcs } from '../../../src/lib/certificate/ics.ts';

describe('expiry arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-11-28', 24, '2028-11-28'],
    ['2026-05-31', 120, '2036-05-31'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('never expires without validity months', () => {
    expect(expiryDate('2026-11-28', undefined)).toBeNull();
    expect(isExpired(null, '2099-01-01')).toBe(false);
  });

  it('is valid through the expiry day and expired the day after', () => {
    expect(isExpired('2028-02-29', '2028-02-29')).toBe(false);
    expect(isExpired('2028-02-29', '2028-03-01')).toBe(true);
  });

  it('finds certificates expiring within 60 days', () => {
    expect(expiresWithin('2027-01-26', '2026-11-27', 60)).toBe(true);
    expect(expiresWithin('2027-01-27', '2026-11-27', 60)).toBe(false);
    expect(expiresWithin('2026-11-26', '2026-11-27', 60)).toBe(false);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('dates a completion in WIB', () => {
    expect(toWibDate('2026-11-28T16:59:59Z')).toBe('2026-11-28');
    expect(toWibDate('2026-11-28T17:00:00Z')).toBe('2026-11-29');
  });
});

describe('calendar reminder', () => {
  it('is an all-day RFC 5545 event on the expiry date with CRLF lines', () => {
    const ics = reminderIcs({
      uid: 'SNG-20261128-7K3QX9',
      date: '2028-02-29',
      summary: 'Sertifikat berakhir; perpanjang',
      description: 'Nomor SNG-20261128-7K3QX9',
      now: new Date('2026-11-28T00:00:00Z'),
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20280229\r\nDTEND;VALUE=DATE:20280301\r\n');
    expect(ics).toContain('SUMMARY:Sertifikat berakhir\\; perpanjang');
    expect(ics).toContain('DTSTAMP:20261128T000000Z');
    expect(ics.split('\r\n').every((line) => line.length <= 75)).toBe(true);
  });
});
