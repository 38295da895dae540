import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { StudioWorker } from '../../client/studio/checker.ts';
import { pickDirectory } from '../../client/studio/fs-access.ts';
import {
  openFolder,
  openZip,
  saveToFolder,
  StudioError,
  zipWith,
  type OpenedProject,
  type Source,
} from '../../client/studio/folder.ts';
import { downloadFile } from '../../client/platform/download.ts';
import { studioStrings as t } from '../../i18n/studio.ts';
import { formatDiagnostic, formatWarning, type Diagnostic } from '../../lib/content/diagnostic.ts';
import type { StudioFileTypes } from '../../lib/studio/help.ts';
import { groupFiles, type FileEntry, type TextFile } from '../../lib/studio/project.ts';
import Editor, { type Target } from './Editor.tsx';

// The preview (author components, islands, MDX compiler) loads with the first file opened, not with the page.
const StudioPreview = lazy(() => import('./StudioPreview.tsx'));

interface Project {
  readonly source: Source;
  /** The files as last saved (or opened). */
  readonly saved: ReadonlyMap<string, TextFile>;
  readonly sizes: ReadonlyMap<string, number>;
}

interface Checked {
  readonly diagnostics: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
}

/** How long typing must pause before the checker runs again. */
const CHECK_DELAY_MS = 400;

const messageOf = (error: unknown) =>
  error instanceof StudioError ? error.message : t.errors.saveFailed(error instanceof Error ? error.message : '');

/** The trainer's studio: open the course folder, edit, check as you type, preview, and save. */
export default function Studio(props: { types: StudioFileTypes }) {
  const [project, setProject] = useState<Project | null>(null);
  const [files, setFiles] = useState<ReadonlyMap<string, TextFile>>(new Map());
  const [active, setActive] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked>({ diagnostics: [], warnings: [] });
  const [checking, setChecking] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [target, setTarget] = useState<Target | null>(null);
  const [wizard, setWizard] = useState(false);
  const [title, setTitle] = useState('');
  const worker = useRef<StudioWorker | null>(null);
  const canPick = typeof window !== 'undefined' && 'showDirectoryPicker' in window;

  // The worker (checker, schemas, MDX compiler) starts with the first course opened, not with the page.
  const startWorker = () => (worker.current ??= new StudioWorker());
  useEffect(() => () => worker.current?.terminate(), []);

  const texts = useMemo(() => new Map([...files].map(([path, file]) => [path, file.text])), [files]);
  const changed = useMemo(
    () => new Map([...files].filter(([path, file]) => project?.saved.get(path)?.text !== file.text)),
    [files, project],
  );

  // Check the files as they are typed, once typing pauses.
  useEffect(() => {
    if (!project) return;
    const current = startWorker();
    setChecking(true);
    const timer = setTimeout(() => {
      current.check(texts, project.sizes).then(
        (result) => {
          setChecked(result);
          setChecking(false);
        },
        () => {
          setError(t.errors.checkerFailed);
          setChecking(false);
        },
      );
    }, CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [texts, project]);

  useEffect(() => {
    if (changed.size === 0) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [changed]);

  const load = (opened: OpenedProject) => {
    setProject({ source: opened.source, saved: opened.files, sizes: opened.sizes });
    setFiles(opened.files);
    setActive(null);
    setChecked({ diagnostics: [], warnings: [] });
    setError('');
    setStatus(t.loaded(opened.source.name, opened.files.size));
  };

  const openDirectory = async () => {
    try {
      const handle = await pickDirectory();
      if (!handle) return;
      setStatus(t.loading);
      load(await openFolder(handle));
    } catch (e) {
      setStatus('');
      setError(messageOf(e));
    }
  };

  const openZipFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus(t.loading);
    try {
      load(openZip(file.name, new Uint8Array(await file.arrayBuffer())));
    } catch (e) {
      setStatus('');
      setError(messageOf(e));
    }
  };

  const save = useCallback(async () => {
    if (!project) return;
    setError('');
    try {
      if (project.source.kind === 'folder') {
        await saveToFolder(project.source.handle, changed);
        setStatus(t.saved(changed.size));
      } else {
        downloadFile(project.source.name, zipWith(project.source, changed), 'application/zip');
        setStatus(t.zipDownloaded(project.source.name, changed.size));
      }
      setProject({ ...project, saved: files });
    } catch (e) {
      setError(messageOf(e));
    }
  }, [project, changed, files]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [save]);

  const edit = useCallback((path: string, text: string) => {
    setFiles((before) => {
      const file = before.get(path);
      return new Map(before).set(path, { text, eol: file?.eol ?? '\n' });
    });
  }, []);

  const createModule = async () => {
    if (!project) return;
    const paths = [...new Set([...files.keys(), ...project.sizes.keys()])];
    const folders = [...new Set(paths.filter((p) => p.startsWith('modules/')).map((p) => p.split('/')[1] ?? ''))];
    const plan = await startWorker().plan(title, folders, paths);
    if (!plan.ok) {
      setError(plan.message);
      return;
    }
    setFiles((before) => {
      const next = new Map(before);
      for (const file of plan.files) next.set(file.path, { text: file.text, eol: '\n' });
      return next;
    });
    setActive(plan.files[0]?.path ?? null);
    setWizard(false);
    setTitle('');
    setError('');
    setStatus(t.moduleCreated(plan.names.title, plan.files.length));
  };

  const groups = useMemo(() => groupFiles(files.keys()), [files]);
  const problems = checked.diagnostics.length + checked.warnings.length;
  const mine = (list: readonly Diagnostic[]) => list.filter((d) => d.file === active);

  const entry = (e: FileEntry) => (
    <li key={e.path}>
      <button
        type="button"
        className="studio-file"
        aria-current={e.path === active ? 'true' : undefined}
        onClick={() => {
          setActive(e.path);
        }}
      >
        {e.name}
        {changed.has(e.path) ? <span className="studio-dirty"> ({t.unsaved})</span> : null}
      </button>
      {e.children && e.children.length > 0 ? <ul>{e.children.map(entry)}</ul> : null}
    </li>
  );

  return (
    <div className="studio">
      <div className="studio-toolbar">
        {canPick ? (
          <button type="button" className="button" onClick={() => void openDirectory()}>
            {t.openFolder}
          </button>
        ) : null}
        <label className="button secondary">
          {t.openZip}
          <input
            type="file"
            accept=".zip,application/zip"
            className="visually-hidden"
            onChange={(e) => void openZipFile(e)}
          />
        </label>
        {project ? (
          <>
            <button type="button" className="button" onClick={() => void save()}>
              {project.source.kind === 'folder' ? t.saveFolder : t.downloadZip}
            </button>
            <button
              type="button"
              className="button secondary"
              aria-expanded={wizard}
              onClick={() => {
                setWizard(!wizard);
              }}
            >
              {t.newModule}
            </button>
          </>
        ) : null}
      </div>
      {canPick ? null : <p>{t.zipHint}</p>}
      <p role="status" aria-live="polite" className="studio-status">
        {status}
        {project ? ` ${changed.size > 0 ? t.unsavedCount(changed.size) : t.allSaved}` : ''}
      </p>
      <div role="alert" className="studio-error">
        {error}
      </div>
      {wizard ? (
        <form
          className="studio-wizard"
          onSubmit={(e) => {
            e.preventDefault();
            void createModule();
          }}
        >
          <label>
            {t.newModuleTitle}
            <input
              type="text"
              required
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
              }}
            />
          </label>
          <button type="submit" className="button">
            {t.newModuleCreate}
          </button>
        </form>
      ) : null}
      {project ? (
        <div className="studio-panes">
          <nav className="studio-tree" aria-label={t.filesLabel}>
            {groups.map((group) =>
              group.entries.length === 0 ? null : (
                <section key={group.id} aria-labelledby={`studio-group-${group.id}`}>
                  <h2 id={`studio-group-${group.id}`}>{t.groups[group.id]}</h2>
                  <ul>{group.entries.map(entry)}</ul>
                </section>
              ),
            )}
          </nav>
          <section className="studio-main" aria-label={active ? t.editorLabel(active) : t.noFileOpen}>
            {active ? (
              <Editor
                key={active}
                path={active}
                text={files.get(active)?.text ?? ''}
                types={props.types}
                diagnostics={mine(checked.diagnostics)}
                warnings={mine(checked.warnings)}
                target={target}
                onChange={edit}
              />
            ) : (
              <p>{t.noFileOpen}</p>
            )}
            <section className="studio-problems" aria-labelledby="studio-problems">
              <h2 id="studio-problems">
                {t.problemsLabel}:{' '}
                <span aria-live="polite">
                  {checking
                    ? t.checking
                    : problems === 0
                      ? t.noProblems
                      : t.problemCount(checked.diagnostics.length, checked.warnings.length)}
                </span>
              </h2>
              <ul>
                {[...checked.diagnostics, ...checked.warnings].map((d, i) => (
                  <li key={`${String(i)}:${d.file}:${String(d.line)}`}>
                    <button
                      type="button"
                      className="studio-problem"
                      onClick={() => {
                        setActive(d.file);
                        setTarget({ line: d.line, column: d.column, seq: Date.now() });
                      }}
                    >
                      {checked.warnings.includes(d) ? formatWarning(d) : formatDiagnostic(d)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          </section>
          <section className="studio-preview" aria-label={t.previewLabel}>
            {active ? (
              <Suspense fallback={<p role="status">{t.previewLoading}</p>}>
                <StudioPreview files={texts} path={active} />
              </Suspense>
            ) : null}
          </section>
        </div>
      ) : null}
    </div>
  );
}
