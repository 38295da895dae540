import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { courseModules } from './support/curriculum.ts';
import { COURSE, COURSE_TWO, memberProgress, progressFiles } from './support/progress-files.ts';

const NAME = 'Ni Luh Putu Ayu Wédari Ş.';
const CERT = `/sertifikat/${COURSE}/`;

test.beforeEach(async ({ page }) => {
  // The learner already answered the "save for offline" offer, so it does not cover the buttons under test.
  await page.addInitScript(() => {
    sessionStorage.setItem('sinergi:offline-dismissed:v1', '1');
  });
});

async function seedCompletedCourse(page: Page, course = COURSE) {
  // Progress as the progress API stores it (JSON of a valid Progress under its key), every lesson read.
  await page.goto('/');
  await page.evaluate(
    (progress) => {
      localStorage.setItem('sinergi:progress:v1', JSON.stringify(progress));
    },
    memberProgress(7, { name: NAME, course }),
  );
}

async function pdfPages(bytes: Uint8Array | Buffer) {
  return (await PDFDocument.load(bytes)).getPageCount();
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
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
    await expect(cert.getByRole('table').getByRole('row')).toHaveCount(courseModules(course).length + 1);
    expect(await axe(page)).toEqual([]);

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
    const pdf = await PDFDocument.load(await readFile(file));
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    await expect(page.getByRole('status')).toHaveText('PDF sudah diunduh.');
  });
}

test('the QR code decodes to /verifikasi, which reports the certificate intact; an altered one as altered', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await seedCompletedCourse(page);
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(CERT);
  const qr = page.getByRole('img', { name: /Kode QR/ });
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
  const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
  expect(decoded?.data).toMatch(/\/verifikasi\/#[A-Za-z0-9_-]+\.[0-9A-Z]{12}$/);
  const url = decoded?.data ?? '';

  await page.goto(url);
  const result = page.getByRole('status');
  await expect(result).toContainText('Utuh: data sesuai dengan kode verifikasi.');
  await expect(result).toContainText(NAME);
  await expect(result).toContainText('Diterbitkan mandiri oleh peserta');
  await expect(result).toContainText('Masih berlaku sampai');
  expect(await axe(page)).toEqual([]);

  // Change the name inside the payload but keep the printed code.
  const [base, fragment] = url.split('#') as [string, string];
  const [body, code] = fragment.split('.') as [string, string];
  const json = Buffer.from(body, 'base64url').toString('utf8').replace(NAME, 'Orang Lain');
  await page.goto('/');
  await page.goto(`${base}#${Buffer.from(json).toString('base64url')}.${code}`);
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
  // Every module of the course requires its quiz, so the certificate prints a date and a quiz score per module.
  const dates = form.getByLabel(/tanggal selesai/);
  const scores = form.getByLabel(/: nilai/);
  await expect(dates).toHaveCount(courseModules(COURSE).length);
  await expect(scores).toHaveCount(courseModules(COURSE).length);
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
  await page.goto('/satuan/');
  expect(await axe(page)).toEqual([]);
  await page.getByLabel('Pilih atau seret berkas progres (.json)').setInputFiles(await progressFiles(50, 10, 5));
  await expect(page.getByRole('status').first()).toHaveText(
    '40 berkas terbaca, 10 rusak, 5 dengan nilai kuis yang diubah.',
  );
  const broken = page.getByRole('heading', { name: 'Berkas yang tidak dapat dibaca' }).locator('+ ul > li');
  await expect(broken).toHaveCount(10);
  await expect(broken.filter({ hasText: 'Sidik SHA-256 berkas tidak cocok' })).toHaveCount(3);
  const rows = page.getByRole('region', { name: 'Rekap anggota' }).getByRole('row');
  await expect(rows).toHaveCount(41);
  await expect(rows.filter({ hasText: 'Nilai kuis diubah tangan' })).toHaveCount(5);
  await page.getByLabel('Hanya yang nilai kuisnya diubah').check();
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toContainText('Anggota Uji 0010');
  await page.getByLabel('Hanya yang nilai kuisnya diubah').uncheck();
  await page.getByLabel('Saring (nama, NRP, satuan)').fill('87050049');
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Saring (nama, NRP, satuan)').fill('');

  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor CSV' }).click();
  const text = await readFile(await (await csv).path(), 'utf8');
  expect(text.trim().split('\r\n')).toHaveLength(41);
  expect(await axe(page)).toEqual([]);
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
