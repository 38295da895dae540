// A filled-in field-kit template as a Word document (DOCX) that units can edit, made with the `docx` package.
// Loaded only on "Unduh DOCX".
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { ui } from '../../i18n/id.ts';
import type { KitDocument } from '../../lib/kit/document.ts';

const FONT = 'Arial';

/** One run; typed options, because TextRun also takes a plain string and a string's own `bold` would be meant. */
function run(options: IRunOptions): TextRun {
  return new TextRun(options);
}

/** Text with its line breaks kept, as runs of one paragraph. */
function runs(text: string, strong = false): TextRun[] {
  return text.split('\n').map((line, i) => run({ text: line, bold: strong, break: i > 0 ? 1 : 0 }));
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function table(columns: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (cell) => new TableCell({ borders, children: [new Paragraph({ children: runs(cell, bold) })] }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(columns, true), ...rows.map((cells) => row(cells, false))],
  });
}

/** The document as a DOCX blob. */
export async function kitDocx(document: KitDocument): Promise<Blob> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: runs(document.title, true),
    }),
  ];
  for (const part of document.parts) {
    if (part.kind === 'heading')
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(part.text) }));
    else if (part.kind === 'text') children.push(new Paragraph({ children: runs(part.text) }));
    else if (part.kind === 'field') {
      children.push(new Paragraph({ children: [run({ text: `${part.label}: `, bold: true }), ...runs(part.value)] }));
    } else {
      children.push(new Paragraph({ children: runs(part.label, true) }), table(part.columns, part.rows));
    }
  }
  if (document.limits.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(ui.kit.limits) }));
    for (const limit of document.limits) {
      children.push(
        new Paragraph({ bullet: { level: 0 }, children: runs(`${limit.text} (${limit.cites.join('; ')})`) }),
      );
    }
  }
  children.push(new Paragraph({ children: runs(`${ui.kit.status}: ${document.status} ${ui.kit.printedFrom}.`) }));
  const doc = new Document({
    creator: 'Sinergi',
    title: document.title,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBlob(doc);
}
