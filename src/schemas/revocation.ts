import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** A revoked certificate (`content/revoked.yaml`); /verifikasi reports its number as revoked. */
export const RevocationSchema = z
  .object({
    /** Certificate number as printed, e.g. "SNG-20261128-7K3QX9". */
    id: z
      .string()
      .regex(/^SNG-\d{8}-[0-9A-Z]{6}$/, { error: 'harus nomor sertifikat, misalnya "SNG-20261128-7K3QX9"' })
      .describe('Nomor sertifikat seperti tercetak, misalnya "SNG-20261128-7K3QX9".'),
    /** Date of revocation (YYYY-MM-DD). */
    date: z.iso
      .date({ error: 'harus tanggal TTTT-BB-HH, misalnya "2026-12-01"' })
      .describe('Tanggal pencabutan, TTTT-BB-HH, misalnya "2026-12-01".'),
    /** Why it was revoked, shown on /verifikasi. */
    reason: TextSchema.describe('Alasan pencabutan, tampil di /verifikasi.'),
  })
  .strict();
export type Revocation = z.infer<typeof RevocationSchema>;

/** The id of the one entry of the `revoked` collection, which holds the whole list (src/content.config.ts). */
export const REVOCATION_LIST = 'daftar';

/**
 * The `revoked` collection's one entry: every revocation of content/revoked.yaml. Loaded as one entry, the collection
 * exists even when the list is empty (the usual case), so Astro never warns that it "does not exist or is empty".
 */
export const RevocationListSchema = z.object({
  id: z.literal(REVOCATION_LIST),
  entries: z.array(RevocationSchema),
});
