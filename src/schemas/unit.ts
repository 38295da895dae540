import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** A unit (`content/units.yaml`) that may endorse certificates with its published public key. */
export const UnitSchema = z
  .object({
    /** Stable id, e.g. "polres-contoh". */
    id: IdSchema,
    /** Unit name, e.g. "Polres Contoh". */
    name: TextSchema,
    /** Level of the unit. */
    level: z.enum(['polsek', 'polres', 'polda', 'mabes']),
    /** ECDSA P-256 public key (SPKI, base64) used to verify endorsements; omitted until the unit has one. */
    publicKey: z
      .string()
      .regex(/^[A-Za-z0-9+/=]+$/, { error: 'harus berupa kunci publik base64' })
      .optional(),
  })
  .strict();
export type Unit = z.infer<typeof UnitSchema>;
