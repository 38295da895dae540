// Noto Sans (TTF) embedded in a pdf-lib document, for every PDF the site makes (certificates, field-kit documents):
// it renders any Latin text, accents included, exactly as typed. Loaded only with the PDF code.
import fontkit from '@pdf-lib/fontkit';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { padGlyphs } from '../../lib/certificate/truetype.ts';

/** The two weights a document is set in. */
export interface PdfFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.arrayBuffer();
}

/** Embeds Noto Sans regular and bold, subset (a few kilobytes per font in the PDF). */
export async function embedNotoSans(doc: PDFDocument): Promise<PdfFonts> {
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  // Glyphs are padded first so that the subset keeps them intact.
  return {
    regular: await doc.embedFont(padGlyphs(regular), { subset: true }),
    bold: await doc.embedFont(padGlyphs(bold), { subset: true }),
  };
}
