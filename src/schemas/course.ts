import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** Certificate settings of a course. */
export const CertificateSettingsSchema = z
  .object({
    /** Title printed on the certificate. */
    title: TextSchema,
    /** Months the certificate stays valid; omitted when it never expires. */
    validityMonths: z.number().int().min(1).max(120).optional(),
    /** Role of the official who endorses it, e.g. "Kasat Binmas". */
    signatoryRole: TextSchema,
  })
  .strict();

/** A course (`content/courses/<id>.yaml`): an ordered list of required modules. */
export const CourseSchema = z
  .object({
    /** Stable course id; the URL is /kursus/<id>/. */
    id: IdSchema,
    /** Course title. */
    title: TextSchema,
    /** One or two sentences shown in the catalogue. */
    summary: TextSchema,
    /** Who the course is for. */
    audience: TextSchema,
    /** Position in the catalogue (lower first). */
    order: z.number().int().min(0).default(100),
    /** Ids of the required modules, in the order they should be taken. */
    modules: z.array(IdSchema).min(1, { error: 'sebutkan minimal satu modul' }),
    /** Certificate settings. */
    certificate: CertificateSettingsSchema,
  })
  .strict();
export type Course = z.infer<typeof CourseSchema>;
