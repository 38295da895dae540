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

/** One of the seven findings of the 2022 Puslitbang Polri study (1-7), as the course numbers them. */
export const FindingSchema = z
  .number({ error: 'harus berupa nomor temuan 1 sampai 7' })
  .int()
  .min(1, { error: 'nomor temuan 1 sampai 7' })
  .max(7, { error: 'nomor temuan 1 sampai 7' });

/**
 * The function a learner serves in, and the seat a lesson or scenario is written from: the Polri functions of
 * Perpol 1/2021's "every member", plus leadership (Kapolsek/Kapolres and deputies) and the community partner.
 * SPKT is part of Samapta's seat.
 */
export const SeatSchema = z.enum(
  [
    'binmas',
    'intelkam',
    'reskrim',
    'resnarkoba',
    'samapta',
    'lantas',
    'polairud',
    'humas',
    'propam',
    'pimpinan',
    'mitra',
  ],
  {
    error:
      'harus salah satu fungsi: binmas, intelkam, reskrim, resnarkoba, samapta, lantas, polairud, humas, propam, pimpinan atau mitra',
  },
);
export type Seat = z.infer<typeof SeatSchema>;
