import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** A unit (`content/units.yaml`) that may endorse certificates with its published public key. */
export const UnitSchema = z
  .object({
    /** Stable id, e.g. "polres-contoh". */
    id: IdSchema.describe('Kode tetap satuan, misalnya polres-contoh.'),
    /** Unit name, e.g. "Polres Contoh". */
    name: TextSchema.describe('Nama satuan, misalnya "Polres Contoh".'),
    /** Level of the unit. */
    level: z.enum(['polsek', 'polres', 'polda', 'mabes']).describe('Tingkat satuan: polsek, polres, polda atau mabes.'),
    /** ECDSA P-256 public key (SPKI, base64) used to verify endorsements; omitted until the unit has one. */
    publicKey: z
      .string()
      .regex(/^[A-Za-z0-9+/=]+$/, { error: 'harus berupa kunci publik base64' })
      .optional()
      .describe(
        'Kunci publik satuan (ECDSA P-256, SPKI, base64) untuk memeriksa pengesahan sertifikat. Salin apa adanya dari petugas yang membuat kunci; hapus baris ini selama satuan belum punya kunci.',
      ),
  })
  .strict();
export type Unit = z.infer<typeof UnitSchema>;
