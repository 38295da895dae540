import { z } from 'astro/zod';

/** A stable, kebab-case identifier; never changes when files are renamed or reordered. */
export const IdSchema = z
  .string({ error: 'harus berupa teks id, misalnya "apa-itu-polmas"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'hanya boleh berisi huruf kecil, angka dan tanda hubung, misalnya "apa-itu-polmas"',
  });

/** A non-empty, trimmed piece of Indonesian text. */
export const TextSchema = z.string({ error: 'harus berupa teks' }).trim().min(1, { error: 'tidak boleh kosong' });

/** How sure the domain brief is of a fact: only VERIFIED and LIKELY items may be published. */
export const ConfidenceSchema = z.enum(['VERIFIED', 'LIKELY'], {
  error: 'harus VERIFIED atau LIKELY (butir UNVERIFIED tidak boleh dimuat)',
});
