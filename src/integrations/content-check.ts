import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HotPayload, Plugin, ViteDevServer } from 'vite';
import { checkContent, isContentPath, type ContentCheck } from '../lib/content/check.ts';
import { formatDiagnostic, formatReport, formatWarning, type Diagnostic } from '../lib/content/diagnostic.ts';
import { projectFileSize, readContentFiles } from './read-content.ts';

/** Title of the browser overlay, and of the terminal block, while content has mistakes. */
export const OVERLAY_TITLE = 'Konten tidak valid';
const OVERLAY_HINT =
  'Perbaiki berkas di atas lalu simpan: halaman ini dimuat ulang sendiri. Pesan ini tidak tampil bagi peserta.';

/** Checks the project's content as `npm run check:content` does. */
export async function checkProject(root: string): Promise<ContentCheck> {
  return checkContent(await readContentFiles(root), { fileSize: projectFileSize(root) });
}

/** What Astro's error overlay shows above the message. */
const OVERLAY_NAME = 'Pemeriksaan konten';

/** The error the browser overlay shows for content mistakes: Indonesian, located, and without a stack trace. */
export function overlayError(diagnostics: readonly Diagnostic[]): {
  name: string;
  title: string;
  message: string;
  hint: string;
  stack: string;
  id?: string;
  loc?: { file: string; line: number; column: number };
} {
  const first = diagnostics[0];
  return {
    name: OVERLAY_NAME,
    title: OVERLAY_TITLE,
    message: diagnostics.map(formatDiagnostic).join('\n'),
    hint: OVERLAY_HINT,
    stack: '',
    ...(first ? { id: first.file, loc: { file: first.file, line: first.line, column: first.column } } : {}),
  };
}

/** An error Astro prints and shows as it is: Indonesian name, title, message and hint, and no stack trace. */
function contentError(message: string, hint: string): AstroError {
  // `title` is not a field of AstroUserError, but the overlay shows any error's own `title`.
  return Object.assign(new AstroError(message, hint), { name: OVERLAY_NAME, title: OVERLAY_TITLE, stack: '' });
}

/**
 * While `npm start` runs: every save of a content file re-runs the check. The changed file's messages go to the
 * terminal, and while any mistake is left the browser shows them as Vite's error overlay, in Indonesian; once all are
 * fixed the page reloads and the overlay is gone. An MDX file with a mistake is not handed to the MDX compiler, so the
 * page shows the checker's message, not the compiler's English error and stack trace.
 */
function devChecker(root: string, logger: AstroIntegrationLogger, initial: ContentCheck): Plugin {
  let current = initial.diagnostics;
  // Astro may start more than one Vite server over this config; every one tells its pages, one watcher re-checks.
  const servers: ViteDevServer[] = [];
  const lastReport = new Map<string, string>();
  const send = (payload: HotPayload) => {
    for (const server of servers) server.ws.send(payload);
  };
  const showOverlay = () => {
    if (current.length > 0) send({ type: 'error', err: overlayError(current) });
  };
  const recheck = async (absolute: string) => {
    const file = relative(root, absolute).split('\\').join('/');
    if (!isContentPath(file)) return;
    const before = current.length;
    const { diagnostics, warnings } = await checkProject(root);
    current = diagnostics;
    const mine = diagnostics.filter((d) => d.file === file || d.affects?.some((a) => a.startsWith(`${file}:`)));
    const myWarnings = warnings.filter((d) => d.file === file);
    const report = [...mine.map(formatDiagnostic), ...myWarnings.map(formatWarning)].join('\n');
    // An editor may write a file twice for one save: say it once.
    if (lastReport.get(file) !== report) {
      if (report) logger.warn(`${file}:\n${report}`);
      else logger.info(`${file}: tidak ada masalah.`);
    }
    lastReport.set(file, report);
    if (current.length > 0) showOverlay();
    else if (before > 0) {
      logger.info('Semua konten sudah benar.');
      send({ type: 'full-reload' });
    }
  };
  return {
    name: 'sinergi:content-check-dev',
    apply: 'serve',
    enforce: 'pre',
    configureServer(dev) {
      servers.push(dev);
      // A page opened (or reloaded) while a mistake is left shows it at once.
      dev.ws.on('connection', showOverlay);
      if (servers.length > 1) return;
      for (const event of ['change', 'add', 'unlink'] as const) {
        dev.watcher.on(event, (path: string) => void recheck(path));
      }
    },
    transform: {
      filter: { id: /\.mdx$/ },
      handler(_code, id) {
        const file = relative(root, id.split('?')[0] ?? id)
          .split('\\')
          .join('/');
        const mine = current.filter((d) => d.file === file);
        if (mine.length === 0) return null;
        throw contentError(mine.map(formatDiagnostic).join('\n'), OVERLAY_HINT);
      },
    },
  };
}

/**
 * Checks every content file before Astro loads it, with the same validator as `npm run check:content`.
 * A build stops on the report (Indonesian, `file:line:column`, no stack trace); the dev server logs it, keeps serving,
 * and re-checks on every save (devChecker). Warnings are listed and never stop the build.
 *
 * The check runs in the setup hook, which Astro awaits before it starts Vite or loads any collection, so a broken file
 * stops the build with the check's report, never with the first schema error Astro meets. It takes about 0.5 s of CPU
 * on the real course; on a worker thread beside Astro's start-up it saved nothing (README, Build at scale).
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'sinergi:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        // Preview serves dist/ and loads no content.
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const result = await checkProject(root);
        const { diagnostics, warnings } = result;
        if (command === 'dev') updateConfig({ vite: { plugins: [devChecker(root, logger, result)] } });
        if (diagnostics.length === 0 && warnings.length === 0) return;
        const report = formatReport(diagnostics, warnings);
        if (command === 'build' && diagnostics.length > 0) {
          logger.error(`${OVERLAY_TITLE}:\n${report}`);
          // Astro prints a thrown error with its stack; the report above is all a trainer needs.
          throw contentError(
            `${OVERLAY_TITLE}: ${String(diagnostics.length)} masalah, lihat daftar di atas.`,
            'Perbaiki berkas di atas lalu jalankan lagi.',
          );
        }
        logger.warn(`${diagnostics.length > 0 ? OVERLAY_TITLE : 'Peringatan konten'}:\n${report}`);
      },
    },
  };
}
