/** Offers bytes or text to the user as a downloaded file. */
export function downloadFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for a large PDF to start downloading before the URL is released.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Offers a text as a file download. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadFile(fileName, text, type);
}

/** Offers CSV text as a file, with a byte-order mark so that spreadsheets read it as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadFile(fileName, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
}
