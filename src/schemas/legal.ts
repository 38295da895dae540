import { z } from 'astro/zod';
import { ConfidenceSchema, IdSchema, TextSchema } from './common.ts';

/** One entry of the source register (`content/legal/sources.yaml`), cited as [S1], [S2], ... */
export const SourceSchema = z
  .object({
    /** Source id as used in the domain brief, e.g. "S1". */
    id: z.string().regex(/^S\d+$/, { error: 'id sumber harus berbentuk S1, S2, ...' }),
    /** Human-readable title of the source. */
    title: TextSchema,
    /** Where the source can be read, when known. */
    url: z.url({ error: 'harus berupa alamat web lengkap (https://...)' }).optional(),
    /** primer: the text of the regulation or study itself; sekunder: news, blogs, slides. */
    kind: z.enum(['primer', 'sekunder']),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** One citable legal reference (`content/legal/references.yaml`); the only Pasal numbers the course may state. */
export const LegalReferenceSchema = z
  .object({
    /** Stable id, e.g. "perpol-1-2021-pasal-3". */
    id: IdSchema,
    /** Full name of the instrument. */
    instrument: TextSchema,
    /** Short name shown in citations, e.g. "Perpol 1/2021". */
    short: TextSchema,
    /** Article cited, e.g. "Pasal 1 angka 4"; omitted when citing the instrument or when the number is unknown. */
    article: TextSchema.optional(),
    /** Indonesian paraphrase or short quote of what the reference says. */
    summary: TextSchema,
    /** VERIFIED when read in the cited source; LIKELY when only secondary sources agree. */
    confidence: ConfidenceSchema,
    /** berlaku: in force; dicabut: repealed, cited only as history. */
    status: z.enum(['berlaku', 'dicabut'], { error: 'harus "berlaku" atau "dicabut"' }),
    /** Ids of the sources in `content/legal/sources.yaml` this rests on. */
    sources: z.array(z.string().regex(/^S\d+$/)).min(1, { error: 'sebutkan minimal satu sumber, misalnya [S1]' }),
    /** A caveat shown with the citation (e.g. article numbering not verified). */
    note: TextSchema.optional(),
  })
  .strict();
export type LegalReference = z.infer<typeof LegalReferenceSchema>;
