import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { inflateRawSync } from 'node:zlib';
import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { formatCode } from '../../src/lib/certificate/code.ts';
import { decodeEnvelope, type Envelope } from '../../src/lib/certificate/envelope.ts';
import { encodeProgressFile } from '../../src/lib/progress/export-file.ts';
import type { Progress } from '../../src/schemas/progress.ts';
import { certificateLineCount, loadCourse } from './support/curriculum.ts';
import {
  findPhrase,
  inkShare,
  readPageQr,
  renderPdf,
  wordsOutside,
  wordsOver,
  type Box,
  type RenderedPage,
} from './support/pdf-render.ts';
import { pdfPageTexts } from './support/pdf-text.ts';
import { COURSE, COURSE_TWO, memberProgress, nodeDigest, progressFiles } from './support/progress-files.ts';
import { axeViolations } from './support/axe.ts';
import { answerOfflineOffer } from './support/offline-choice.ts';

const NAME = 'Ni Luh Putu Ayu Wédari Ş.';
const CERT = `/sertifikat/${COURSE}/`;
/** Rank, titles and degrees as a unit's roll prints them: 97 characters. */
const LONG_NAME = 'AKBP Dr. H. Raden Mas Bambang Sutrisno Wiryoatmodjo Kusumanegara, S.H., S.I.K., M.Si., M.H., CPHR';
const LONG_UNIT =
  'Satuan Pembinaan Masyarakat Kepolisian Resor Kota Besar Contoh Selatan Wilayah Hukum Kepulauan Seribu';

// The learner already answered the offline offer, so it covers nothing under test.
test.beforeEach(({ page }) => answerOfflineOffer(page));

async function seedCompletedCourse(
  page: Page,
  course = COURSE,
  progress: Progress = memberProgress(7, { name: NAME, course }),
) {
  // Progress as the progress API stores it (JSON of a valid Progress under its key), every lesson read.
  await page.goto('/');
  await page.evaluate((stored) => {
    localStorage.setItem('sinergi:progress:v1', JSON.stringify(stored));
  }, progress);
}

async function pdfPages(bytes: Uint8Array | Buffer) {
  return (await PDFDocument.load(bytes)).getPageCount();
}

/** What a phone camera reads from a QR code on the page: its screenshot decoded by jsQR. */
async function readQr(page: Page, qr: Locator): Promise<string | undefined> {
  const png = (await qr.screenshot()).toString('base64');
  // Decode the screenshot's pixels with the browser's own PNG decoder, then read the QR with jsQR in Node.
  const pixels = await page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context?.drawImage(bitmap, 0, 0);
    const data = context?.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: bitmap.width, height: bitmap.height, data: Array.from(data?.data ?? []) };
  }, png);
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data;
}

// Sosialisasi has four modules, Transfer Pengetahuan five: the longest certificate must still print on one sheet.
for (const course of [COURSE, COURSE_TWO]) {
  test(`a learner who completed ${course} gets a one-page A4 landscape certificate, as print and as PDF`, async ({
    page,
  }) => {
    await seedCompletedCourse(page, course);
    await page.goto(`/sertifikat/${course}/`);
    await expect(page.getByRole('status')).toHaveText('Sertifikat siap dicetak atau diunduh.');
    const cert = page.getByRole('article', { name: /^Sertifikat/ });
    await expect(cert.getByText(NAME)).toBeVisible();
    await expect(cert).toContainText('NRP 87050007 · Bripka · Polsek Contoh Selatan');
    await expect(cert).toContainText('Diterbitkan mandiri oleh peserta');
    await expect(cert).toContainText('Berlaku sampai');
    await expect(cert.locator('.cert-code')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(cert.getByRole('table').getByRole('row')).toHaveCount(certificateLineCount(course) + 1);
    expect(await axeViolations(page)).toEqual([]);

    // Print: Chromium's own print output has exactly one page, and the sheet fits A4 landscape at 12 mm margins.
    const phone = page.viewportSize();
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1123, height: 794 });
    const box = await cert.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(794 - 2 * 45.4 + 1);
    expect(box?.width).toBeLessThanOrEqual(1123 - 2 * 45.4 + 1);
    // The sheet clips what does not fit, so check nothing is cut off: the QR code's foot ends inside the sheet.
    expect(await cert.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath('certificate-print.png') });
    expect(await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    if (phone) await page.setViewportSize(phone);

    const download = page.waitForEvent('download');
    // By keyboard: after the print emulation above, Chromium's hit-testing of this page stays stale.
    await page.getByRole('button', { name: 'Unduh PDF' }).focus();
    await page.keyboard.press('Enter');
    const file = await (await download).path();
    const bytes = await readFile(file);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    // The name reads back from the PDF's glyphs exactly as typed, accents included, with the rest of the face.
    const [text] = await pdfPageTexts(bytes);
    expect(text?.split('\n')).toContain(NAME);
    expect(text).toContain('NRP 87050007 · Bripka · Polsek Contoh Selatan');
    expect(text).toContain('Diterbitkan mandiri oleh peserta');
    expect(text).toContain(await cert.locator('.cert-code').innerText());
    await expect(page.getByRole('status')).toHaveText('PDF sudah diunduh.');
  });
}

/** The sheet's border sits 12 mm inside the page edge; every word must be drawn inside it. */
const BORDER = (12 * 72) / 25.4;

/**
 * What a person holding the printed page can read: the name, the certificate and course titles, the number and the code
 * each have ink where pdftotext finds their words; every word is inside the border and clear of the others and of
 * the QR code (when its box is known).
 */
function expectLegible(
  sheet: RenderedPage,
  course: string,
  certificate: { name: string; number: string; code: string },
  qr?: Box,
): void {
  const phrases = {
    name: certificate.name,
    'certificate title': loadCourse(course).certificate.title,
    'course title': loadCourse(course).title,
    number: certificate.number,
    code: certificate.code,
  };
  for (const [what, phrase] of Object.entries(phrases)) {
    const words = findPhrase(sheet, phrase);
    expect.soft(words, `${what} "${phrase}" among the words of ${sheet.png}`).toBeDefined();
    for (const word of words ?? []) {
      expect
        .soft(inkShare(sheet, word), `ink in the box of "${word.text}" (${what}) on ${sheet.png}`)
        .toBeGreaterThan(0.04);
    }
  }
  const inside = { xMin: BORDER, yMin: BORDER, xMax: sheet.width - BORDER, yMax: sheet.height - BORDER };
  expect.soft(wordsOutside(sheet, inside), `words outside the border of ${sheet.png}`).toEqual([]);
  expect.soft(wordsOver(sheet), `words drawn over each other on ${sheet.png}`).toEqual([]);
  if (qr) expect.soft(wordsOver(sheet, qr), `words drawn over the QR code on ${sheet.png}`).toEqual([]);
}

/** The certificate a phone reads from the QR code of a rendered PDF page, then checked legible against that page. */
function expectLegibleByQr(sheet: RenderedPage, course: string): { url: string; envelope?: Envelope } {
  const qr = readPageQr(sheet);
  expect(qr, `a QR code a phone can read on ${sheet.png}`).toBeDefined();
  const decoded = decodeEnvelope(new URL(qr?.data ?? 'http://x/').hash);
  expect(decoded.ok, `the QR code of ${sheet.png} holds a certificate`).toBe(true);
  if (!decoded.ok || !qr) return { url: '' };
  const { envelope } = decoded;
  const certificate = { name: envelope.payload.n, number: envelope.payload.no, code: formatCode(envelope.code) };
  expectLegible(sheet, course, certificate, qr.box);
  return { url: qr.data, envelope };
}

test('a learner with a 97-character name and a long unit gets a certificate whose every word is printed on the sheet', async ({
  page,
}, testInfo) => {
  const progress = memberProgress(7, { course: COURSE_TWO });
  const profile = { name: LONG_NAME, kind: 'anggota', nrp: '87050007', rank: 'Bripka', unit: LONG_UNIT } as const;
  await seedCompletedCourse(page, COURSE_TWO, { ...progress, profile });
  await page.goto(`/sertifikat/${COURSE_TWO}/`);
  const cert = page.getByRole('article', { name: /^Sertifikat/ });
  await expect(cert.getByText(LONG_NAME)).toBeVisible();
  const code = await cert.locator('.cert-code').innerText();

  // Printed on A4 landscape: the name, the identity line and the QR code stay on the sheet, nothing is clipped.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1123, height: 794 });
  const sheet = await cert.boundingBox();
  for (const part of ['.cert-name', '.cert-ident', '.cert-course', '.cert-qr']) {
    const box = await cert.locator(part).boundingBox();
    expect(box && sheet, part).toBeTruthy();
    if (!box || !sheet) continue;
    expect(box.x, `${part} left`).toBeGreaterThanOrEqual(sheet.x);
    expect(box.x + box.width, `${part} right`).toBeLessThanOrEqual(sheet.x + sheet.width);
    expect(box.y + box.height, `${part} foot`).toBeLessThanOrEqual(sheet.y + sheet.height);
  }
  expect(await cert.evaluate((el) => el.scrollHeight - el.clientHeight), 'clipped by the sheet').toBeLessThanOrEqual(0);
  // What the printer gets: Chromium's own print of the page, rendered and read like the PDF below.
  const printed = await renderPdf(
    await page.pdf({ preferCSSPageSize: true, printBackground: true }),
    testInfo.outputPath(),
    'certificate-long-name-print',
  );
  expect(printed).toHaveLength(1);
  const number = await cert.locator('.cert-number').innerText();
  if (printed[0]) expectLegible(printed[0], COURSE_TWO, { name: LONG_NAME, number, code });
  await page.emulateMedia({ media: 'screen' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh PDF' }).focus();
  await page.keyboard.press('Enter');
  const bytes = await readFile(await (await download).path());
  const pages = await renderPdf(bytes, testInfo.outputPath(), 'certificate-long-name');
  expect(pages).toHaveLength(1);
  const [only] = pages;
  if (!only) return;
  const { url, envelope } = expectLegibleByQr(only, COURSE_TWO);
  expect(url.startsWith(`${new URL(page.url()).origin}/verifikasi/#`), url).toBe(true);
  expect(envelope?.payload.n).toBe(LONG_NAME);
  expect(envelope && formatCode(envelope.code)).toBe(code);
  // The identity line with the long unit has ink too.
  for (const word of findPhrase(only, LONG_UNIT) ?? [])
    expect.soft(inkShare(only, word), word.text).toBeGreaterThan(0.04);
  expect(findPhrase(only, LONG_UNIT), 'the unit on the PDF').toBeDefined();
});

test("a unit's batch PDF of 20 endorsed certificates, one with a 97-character name: every page legible, its QR its own", async ({
  page,
}, testInfo) => {
  // Twenty pages rendered twice at 200 dpi and twenty QR codes read by jsQR: about a minute on a busy machine.
  test.setTimeout(240_000);
  const files = await progressFiles(19, 0, 0);
  files.push({
    name: 'progres-panjang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      await encodeProgressFile(memberProgress(19, { name: LONG_NAME }), {
        now: () => new Date('2026-11-28T00:00:00Z'),
        digest: nodeDigest,
      }),
    ),
  });
  await page.goto('/satuan/');
  await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles(files);
  await expect(page.getByRole('status').first()).toContainText('20 berkas terbaca');
  await page.getByLabel('Frasa sandi cadangan (minimal 12 karakter)').fill('frasa sandi yang panjang');
  const backup = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Buat kunci baru dan unduh cadangan' }).click();
  await backup;
  await expect(page.getByText(/Kunci Polres Contoh aktif/)).toBeVisible();
  await page.getByLabel('Pilih semua yang tampil').check();
  await expect(page.getByText('20 anggota dipilih')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh PDF sertifikat terpilih' }).click();
  const bytes = await readFile(await (await download).path());
  const pages = await renderPdf(bytes, testInfo.outputPath(), 'batch');
  expect(pages).toHaveLength(20);
  const names: string[] = [];
  for (const sheet of pages) {
    const { envelope } = expectLegibleByQr(sheet, COURSE);
    if (envelope) names.push(envelope.payload.n);
    expect(envelope?.endorsement?.unitId, sheet.png).toBe('polres-contoh');
    expect.soft(findPhrase(sheet, 'Disahkan oleh Polres Contoh'), sheet.png).toBeDefined();
  }
  const expected = [...Array.from({ length: 19 }, (_, i) => `Anggota Uji ${String(i).padStart(4, '0')}`), LONG_NAME];
  expect(names.toSorted()).toEqual(expected.toSorted());
});

test('the QR code decodes to /verifikasi, which reports the certificate intact; an altered one as altered', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await seedCompletedCourse(page);
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(CERT);
  const url = (await readQr(page, page.getByRole('img', { name: /Kode QR/ }))) ?? '';
  expect(url).toMatch(/\/verifikasi\/#z\.[A-Za-z0-9_-]+\.[0-9A-Z]{12}$/);

  await page.goto(url);
  const result = page.getByRole('status');
  await expect(result).toContainText('Utuh: data sesuai dengan kode verifikasi.');
  await expect(result).toContainText(NAME);
  await expect(result).toContainText('Diterbitkan mandiri oleh peserta');
  await expect(result).toContainText('Masih berlaku sampai');
  expect(await axeViolations(page)).toEqual([]);

  // A QR printed before payloads were compressed (plain base64url JSON) still verifies.
  const [base, fragment] = url.split('#') as [string, string];
  const [, body, code] = fragment.split('.') as [string, string, string];
  const json = inflateRawSync(Buffer.from(body, 'base64url')).toString('utf8');
  await page.goto('/');
  await page.goto(`${base}#${Buffer.from(json).toString('base64url')}.${code}`);
  await expect(page.getByRole('status')).toContainText('Utuh: data sesuai dengan kode verifikasi.');

  // Change the name inside the payload but keep the printed code.
  await page.goto('/');
  await page.goto(`${base}#${Buffer.from(json.replace(NAME, 'Orang Lain')).toString('base64url')}.${code}`);
  await expect(page.getByRole('status')).toContainText('Diubah: data tidak sesuai dengan kode verifikasi.');
});

test('a code typed in with the printed data is reported intact; a wrong name as altered', async ({ page }) => {
  await seedCompletedCourse(page);
  await page.goto(CERT);
  const cert = page.getByRole('article', { name: /Sertifikat Penyelesaian/ });
  const code = (await cert.locator('.cert-code').textContent()) ?? '';
  const number = (await cert.locator('.cert-number').textContent()) ?? '';
  await page.goto('/verifikasi/');
  const form = page.getByRole('region', { name: 'Periksa dengan mengetik' });
  await form.getByLabel('Nomor sertifikat').fill(number);
  await form.getByLabel('Kode verifikasi').fill(code.toLowerCase().replace(/-/g, ' '));
  await form.getByLabel('Nama').fill(NAME);
  await form.getByLabel('NRP (anggota) atau peran (mitra)').fill('87050007');
  await form.getByLabel(/^Pangkat/).fill('Bripka');
  await form.getByLabel(/^Satuan/).fill('Polsek Contoh Selatan');
  // Every module of the course requires its quiz, so the certificate prints a date and a quiz score per module, and
  // the final exam's date and score.
  const dates = form.getByLabel(/tanggal selesai/);
  const scores = form.getByLabel(/: nilai/);
  await expect(dates).toHaveCount(certificateLineCount(COURSE));
  await expect(scores).toHaveCount(certificateLineCount(COURSE));
  for (const date of await dates.all()) await date.fill('2026-11-08');
  for (const score of await scores.all()) await score.fill('100');
  await form.getByLabel('Tanggal terbit').fill('2026-11-08');
  await form.getByRole('button', { name: 'Periksa' }).click();
  await expect(page.getByRole('status')).toContainText('Utuh: data sesuai dengan kode verifikasi.');
  await form.getByLabel('Nama').fill('Ni Luh Putu Ayu');
  await form.getByRole('button', { name: 'Periksa' }).click();
  await expect(page.getByRole('status')).toContainText('Diubah');
});

test('/satuan reads 50 files, lists the 10 broken ones with a reason and flags the 5 forged ones', async ({ page }) => {
  // Generating 50 files and two axe runs over a 41-row table take more than 30 s on a busy machine.
  test.setTimeout(90_000);
  await page.goto('/satuan/');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles(await progressFiles(50, 10, 5));
  await expect(page.getByRole('status').first()).toHaveText(
    '40 berkas terbaca, 10 rusak, 5 dengan nilai kuis yang diubah.',
  );
  const broken = page.getByRole('heading', { name: 'Berkas yang tidak dapat dibaca' }).locator('+ ul > li');
  await expect(broken).toHaveCount(10);
  // Exactly the first ten files are broken, each named with its reason.
  const names = Array.from({ length: 10 }, (_, i) => `progres-${String(i).padStart(4, '0')}.json`);
  await expect(broken.locator('strong')).toHaveText(names);
  await expect(broken.filter({ hasText: 'Sidik SHA-256 berkas tidak cocok' })).toHaveCount(3);
  const rows = page.getByRole('region', { name: 'Rekap anggota' }).getByRole('row');
  await expect(rows).toHaveCount(41);
  await expect(rows.filter({ hasText: 'Nilai kuis diubah tangan' })).toHaveCount(5);
  await page.getByLabel('Hanya yang nilai kuisnya diubah').check();
  await expect(rows).toHaveCount(6);
  // Exactly the five forged members (files 10 to 14), in name order.
  await expect(page.getByRole('region', { name: 'Rekap anggota' }).getByRole('rowheader')).toHaveText(
    ['0010', '0011', '0012', '0013', '0014'].map((n) => `Anggota Uji ${n}`),
  );
  await page.getByLabel('Hanya yang nilai kuisnya diubah').uncheck();
  await page.getByLabel('Saring (nama, NRP, satuan)').fill('87050049');
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Saring (nama, NRP, satuan)').fill('');

  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor CSV' }).click();
  const text = await readFile(await (await csv).path(), 'utf8');
  expect(text.trim().split('\r\n')).toHaveLength(41);
  expect(await axeViolations(page)).toEqual([]);
});

test('batch printing gives one page per selected member, endorsed by the unit key', async ({ page }) => {
  await page.goto('/satuan/');
  await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles(await progressFiles(6, 0, 0));
  await expect(page.getByRole('status').first()).toContainText('6 berkas terbaca');
  for (const n of ['0001', '0002', '0004']) await page.getByLabel(`Pilih Anggota Uji ${n}`).check();
  await expect(page.getByText('3 anggota dipilih')).toBeVisible();

  await page.getByLabel('Frasa sandi cadangan (minimal 12 karakter)').fill('frasa sandi yang panjang');
  const backup = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Buat kunci baru dan unduh cadangan' }).click();
  const saved = JSON.parse(await readFile(await (await backup).path(), 'utf8')) as { kdf: { name: string } };
  expect(saved.kdf.name).toBe('PBKDF2');
  await expect(page.getByText(/Kunci Polres Contoh aktif/)).toBeVisible();
  await expect(page.getByLabel('Kunci publik (untuk content/units.yaml)')).toHaveValue(/publicKey: [A-Za-z0-9+/=]+/);

  // The backup restores only with its passphrase.
  await page.getByLabel('Berkas cadangan kunci').setInputFiles({
    name: 'cadangan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(saved)),
  });
  await page.getByLabel('Frasa sandi cadangan (minimal 12 karakter)').fill('frasa sandi yang salah');
  await page.getByRole('button', { name: 'Pulihkan kunci dari cadangan' }).click();
  await expect(page.getByText('Frasa sandi salah atau berkas cadangan rusak.')).toBeVisible();
  await page.getByLabel('Frasa sandi cadangan (minimal 12 karakter)').fill('frasa sandi yang panjang');
  await page.getByRole('button', { name: 'Pulihkan kunci dari cadangan' }).click();
  await expect(page.getByText(/Kunci Polres Contoh aktif/)).toBeVisible({ timeout: 15_000 });

  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Cetak sertifikat terpilih' }).click();
  await expect(page.locator('#unit-sheets .certificate')).toHaveCount(3);
  await expect(page.locator('#unit-sheets .certificate').first()).toContainText('Disahkan oleh Polres Contoh');
  await page.emulateMedia({ media: 'print' });
  expect(await pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(3);
  await page.emulateMedia({ media: 'screen' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh PDF sertifikat terpilih' }).click();
  expect(await pdfPages(await readFile(await (await download).path()))).toBe(3);
});

/** Serves /verifikasi/ as if content/units.yaml and content/revoked.yaml held these entries when the site was built. */
async function publish(
  page: Page,
  content: { publicKey?: string; revoked?: { id: string; date: string; reason: string }[] },
) {
  await page.unrouteAll();
  await page.route('**/verifikasi/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<script type="application\/json" id="verify-data">)(.*?)(<\/script>)/s,
      (_, open: string, json: string, close: string) => {
        const data = JSON.parse(json) as { units: { id: string; publicKey?: string }[]; revoked: unknown[] };
        for (const unit of data.units) if (unit.id === 'polres-contoh') unit.publicKey = content.publicKey;
        data.revoked = content.revoked ?? [];
        return `${open}${JSON.stringify(data)}${close}`;
      },
    );
    await route.fulfill({ response, body: html });
  });
}

test('a certificate endorsed on /satuan shows "Disahkan oleh" on /verifikasi only against the published key, offline', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/satuan/');
  await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles(await progressFiles(2, 0, 0));
  await expect(page.getByRole('status').first()).toContainText('2 berkas terbaca');
  await page.getByLabel('Pilih Anggota Uji 0001').check();
  await page.getByLabel('Frasa sandi cadangan (minimal 12 karakter)').fill('frasa sandi yang panjang');
  const backup = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Buat kunci baru dan unduh cadangan' }).click();
  await backup;
  const snippet = await page.getByLabel('Kunci publik (untuk content/units.yaml)').inputValue();
  const publicKey = /publicKey: (\S+)/.exec(snippet)?.[1] ?? '';
  expect(publicKey).not.toBe('');

  // Print the endorsed certificate and scan its QR from the printed sheet.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Cetak sertifikat terpilih' }).click();
  const sheet = page.locator('#unit-sheets .certificate');
  await expect(sheet).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toContainText('Disahkan oleh Polres Contoh');
  expect(await pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(1);
  await page.emulateMedia({ media: 'screen' });
  // Screenshots under print emulation are clipped wrongly, so scan the same sheet shown on screen.
  await page.addStyleTag({ content: '#unit-sheets { display: block !important; }' });
  const url = (await readQr(page, sheet.getByRole('img', { name: /Kode QR/ }))) ?? '';
  expect(url).toMatch(/\/verifikasi\/#z\.[A-Za-z0-9_-]+\.[0-9A-Z]{12}\.polres-contoh\.[A-Za-z0-9_-]+$/);
  const fragment = new URL(url).hash;
  const decoded = decodeEnvelope(fragment);
  const number = decoded.ok ? decoded.envelope.payload.no : '';

  // The key is published: once the page is open, the check needs no network.
  await publish(page, { publicKey });
  await page.goto('/verifikasi/');
  await context.setOffline(true);
  await page.evaluate((hash) => {
    location.hash = hash;
  }, fragment);
  const result = page.getByRole('status');
  await expect(result).toContainText('Utuh: data sesuai dengan kode verifikasi.');
  await expect(result).toContainText('Disahkan oleh Polres Contoh: tanda tangan digital cocok');
  await expect(result).toContainText('Anggota Uji 0001');
  await context.setOffline(false);
  expect(await axeViolations(page)).toEqual([]);

  // Not published (the site as built): no endorsement is shown.
  await page.unrouteAll();
  await page.goto('/');
  await page.goto(url);
  await expect(result).toContainText('Utuh');
  await expect(result).toContainText('Tanda tangan menyebut satuan "polres-contoh" yang kuncinya tidak diterbitkan.');
  await expect(result).not.toContainText('Disahkan oleh');

  // Another key published for the unit: the signature does not check.
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'der' });
  await publish(page, { publicKey: other.toString('base64') });
  await page.goto('/');
  await page.goto(url);
  await expect(result).toContainText('Tanda tangan satuan tidak sah');
  await expect(result).not.toContainText('Disahkan oleh');

  // Revoked in content/revoked.yaml: said so, even with a good signature.
  await publish(page, { publicKey, revoked: [{ id: number, date: '2026-12-01', reason: 'Diterbitkan keliru' }] });
  await page.goto('/');
  await page.goto(url);
  await expect(result).toContainText('Dicabut pada 1 Desember 2026: Diterbitkan keliru');
});

test('/progres lists a certificate expiring within 60 days and gives a calendar reminder for its expiry date', async ({
  page,
}) => {
  await seedCompletedCourse(page);
  // Completed 8 November 2026, valid 24 months: nothing expires soon today.
  await page.goto('/progres/');
  const section = page.getByRole('region', { name: 'Sertifikat yang segera berakhir' });
  await expect(section).toContainText('Tidak ada sertifikat yang berakhir dalam 60 hari ke depan.');

  // 38 days before the last valid day (8 November 2028).
  await page.clock.setFixedTime(new Date('2028-10-01T03:00:00Z'));
  await page.reload();
  const item = section.getByRole('listitem').filter({ hasText: 'Sosialisasi' });
  await expect(item).toContainText('berakhir 8 November 2028 (38 hari lagi)');
  await expect(section.getByText('Tidak ada sertifikat')).toBeHidden();
  await expect(item.getByRole('link', { name: 'Lihat sertifikat' })).toHaveAttribute('href', CERT);
  expect(await axeViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Tambahkan pengingat ke kalender (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^pengingat-SNG-20261108-[0-9A-Z]{6}\.ics$/);
  const ics = await readFile(await file.path(), 'utf8');
  expect(ics).toContain('BEGIN:VEVENT\r\n');
  expect(ics).toContain('DTSTART;VALUE=DATE:20281108\r\n');
  expect(ics).toMatch(/SUMMARY:Sertifikat Sinergi berakhir: Sosialisasi/);

  // After the last valid day it is no longer listed as expiring soon.
  await page.clock.setFixedTime(new Date('2028-11-09T03:00:00Z'));
  await page.reload();
  await expect(section).toContainText('Tidak ada sertifikat yang berakhir dalam 60 hari ke depan.');
});

test('certificate pages fit a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [CERT, `/sertifikat/${COURSE_TWO}/`, '/verifikasi/', '/satuan/']) {
    // Each certificate page shows a completed course (four and five modules).
    if (path.startsWith('/sertifikat/')) await seedCompletedCourse(page, path.split('/')[2]);
    await page.goto(path);
    if (path.startsWith('/sertifikat/')) await expect(page.getByRole('article')).toBeVisible();
    if (path === '/satuan/') {
      // The recap's sort list names every module; it must not widen the page.
      await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles(await progressFiles(3, 0, 0));
      await expect(page.getByRole('status').first()).toContainText('3 berkas terbaca');
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
