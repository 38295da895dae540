// The export of /progres and of the storage notices: the sealed progress file, downloaded on the page
// the learner is on. Loaded on demand, so lesson pages do not carry the file writer.
import { encodeProgressFile } from '../../lib/progress/export-file.ts';
import { sha256Hex } from '../platform/digest.ts';
import { downloadText } from '../platform/download.ts';
import { loadProgress, markExported } from './api.ts';
import { readAllInProgress } from './exam.ts';

/** Downloads this page's progress as a progress file; returns the file's name. */
export async function downloadProgressNow(): Promise<string> {
  const now = () => new Date();
  const name = `sinergi-progres-${now().toISOString().slice(0, 10)}.json`;
  // An exam attempt being answered travels too, so importing the file on another device resumes it there.
  const text = await encodeProgressFile(loadProgress(), {
    now,
    digest: sha256Hex,
    examsInProgress: readAllInProgress(),
  });
  // Marked first: the download link's click would otherwise meet the warning before leaving the page.
  markExported();
  downloadText(name, text, 'application/json');
  return name;
}
