import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../../../src/client/certificate/sheet.ts';
import type { CourseInfo } from '../../../src/client/certificate/view.ts';
import { samplePayload } from '../certificate/helpers.ts';

const course: CourseInfo = {
  id: samplePayload.c,
  title: 'Sosialisasi',
  certificateTitle: 'Sertifikat',
  signatoryRole: 'Kapolsek',
  modules: [],
};
const envelope = { payload: samplePayload, code: '0123456789AB' };
const ident = (seat?: 'lantas') =>
  bodyBlocks({ envelope, course, seat }, { text: 600, moduleTitle: 400 }).find((b) => b.key === 'ident')?.text;

describe("the learner's function on the certificate", () => {
  it('is printed after the identity line (sheet and PDF share these blocks) when known, and only then', () => {
    expect(ident('lantas')).toBe('NRP 87050123 · Bripka · Polsek Contoh · Fungsi: Lantas');
    expect(ident()).toBe('NRP 87050123 · Bripka · Polsek Contoh');
  });
});
