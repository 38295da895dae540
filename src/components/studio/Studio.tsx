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

const NOTHING_CHECKED: Checked = { diagnostics: [], warnings: [] };

/** How long typing must pause before the checker runs again. */
const CHECK_DELAY_MS = 400;

const messageOf = (error: unknown) =>
  error instanceof StudioError ? error.message : t.errors.saveFailed(error instanceof Error ? error.message : '');

/** The trainer's studio: open the course folder, edit, check as you type, preview, and save. */
export default function Studio(props: { types: StudioFileTypes }) {
  const [project, setProject] = useState<Project | null>(null);
  const [files, setFiles] = useState<ReadonlyMap<string, TextFile>>(new Map());
  const [active, setActive] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [target, setTarget] = useState<Target | null>(null);
  const [wizard, setWizard] = useState(false);
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
  const check = useLiveCheck(project, texts, startWorker, () => {
    setError(t.errors.checkerFailed);
  });
  useLeaveWarning(changed.size > 0);

  const load = (opened: OpenedProject) => {
    setProject({ source: opened.source, saved: opened.files, sizes: opened.sizes });
    setFiles(opened.files);
    setActive(null);
    check.reset();
    setError('');
    setStatus(t.loaded(opened.source.name, opened.files.size));
  };

  /** Opens a course read by `read` (a folder or a .zip), saying what went wrong if it cannot. */
  const open = async (read: () => Promise<OpenedProject | null>) => {
    try {
      const opened = await read();
      if (opened) load(opened);
    } catch (e) {
      setStatus('');
      setError(messageOf(e));
    }
  };

  const openDirectory = () =>
    open(async () => {
      const handle = await pickDirectory();
      if (!handle) return null;
      setStatus(t.loading);
      return openFolder(handle);
    });

  const openZipFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return Promise.resolve();
    setStatus(t.loading);
    return open(async () => openZip(file.name, new Uint8Array(await file.arrayBuffer())));
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
  useSaveShortcut(save);

  const edit = useCallback((path: string, text: string) => {
    setFiles((before) => {
      const file = before.get(path);
      return new Map(before).set(path, { text, eol: file?.eol ?? '\n' });
    });
  }, []);

  /** Adds a new module's files from its title; false when the title cannot make one (the error says why). */
  const createModule = async (title: string) => {
    if (!project) return false;
    const paths = [...new Set([...files.keys(), ...project.sizes.keys()])];
    const folders = [...new Set(paths.filter((p) => p.startsWith('modules/')).map((p) => p.split('/')[1] ?? ''))];
    const plan = await startWorker().plan(title, folders, paths);
    if (!plan.ok) {
      setError(plan.message);
      return false;
    }
    setFiles((before) => {
      const next = new Map(before);
      for (const file of plan.files) next.set(file.path, { text: file.text, eol: '\n' });
      return next;
    });
    setActive(plan.files[0]?.path ?? null);
    setWizard(false);
    setError('');
    setStatus(t.moduleCreated(plan.names.title, plan.files.length));
    return true;
  };

  return (
    <div className="studio">
      <Toolbar
        canPick={canPick}
        project={project}
        wizard={wizard}
        onOpenFolder={openDirectory}
        onOpenZip={openZipFile}
        onSave={save}
        onToggleWizard={() => {
          setWizard(!wizard);
        }}
      />
      {canPick ? null : <p>{t.zipHint}</p>}
      <p role="status" aria-live="polite" className="studio-status">
        {status}
        {project ? ` ${changed.size > 0 ? t.unsavedCount(changed.size) : t.allSaved}` : ''}
      </p>
      <div role="alert" className="studio-error">
        {error}
      </div>
      {wizard ? <ModuleWizard onCreate={createModule} /> : null}
      {project ? (
        <Panes
          files={files}
          texts={texts}
          changed={changed}
          active={active}
          types={props.types}
          checked={check.checked}
          checking={check.checking}
          target={target}
          onOpen={setActive}
          onEdit={edit}
          onGo={(d) => {
            setActive(d.file);
            setTarget({ line: d.line, column: d.column, seq: Date.now() });
          }}
        />
      ) : null}
    </div>
  );
}

/**
 * Checks the open course in the worker once typing pauses: the latest result, whether a check is running, and a way
 * to forget the last result (another course opened). `onFail` is called when the worker fails.
 */
function useLiveCheck(
  project: Project | null,
  texts: ReadonlyMap<string, string>,
  startWorker: () => StudioWorker,
  onFail: () => void,
) {
  const [checked, setChecked] = useState<Checked>(NOTHING_CHECKED);
  const [checking, setChecking] = useState(false);
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
          onFail();
          setChecking(false);
        },
      );
    }, CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
    // A new check is due when the texts or the course change, not when the caller's functions are made anew.
  }, [texts, project]);
  return {
    checked,
    checking,
    reset: () => {
      setChecked(NOTHING_CHECKED);
    },
  };
}

/** While there are unsaved changes, the browser asks before the page is closed or left. */
function useLeaveWarning(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [unsaved]);
}

/** Ctrl+S (Cmd+S on a Mac) saves, as in any editor, instead of saving the studio's page. */
function useSaveShortcut(save: () => Promise<void>) {
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
}

/** Open a folder (where the browser can) or a .zip; once a course is open, save it and start a new module. */
function Toolbar(props: {
  canPick: boolean;
  project: Project | null;
  wizard: boolean;
  onOpenFolder: () => Promise<void>;
  onOpenZip: (event: ChangeEvent<HTMLInputElement>) => Promise<void>;
  onSave: () => Promise<void>;
  onToggleWizard: () => void;
}) {
  return (
    <div className="studio-toolbar">
      {props.canPick ? (
        <button type="button" className="button" onClick={() => void props.onOpenFolder()}>
          {t.openFolder}
        </button>
      ) : null}
      <label className="button secondary">
        {t.openZip}
        <input
          type="file"
          accept=".zip,application/zip"
          className="visually-hidden"
          onChange={(e) => void props.onOpenZip(e)}
        />
      </label>
      {props.project ? (
        <>
          <button type="button" className="button" onClick={() => void props.onSave()}>
            {props.project.source.kind === 'folder' ? t.saveFolder : t.downloadZip}
          </button>
          <button
            type="button"
            className="button secondary"
            aria-expanded={props.wizard}
            onClick={props.onToggleWizard}
          >
            {t.newModule}
          </button>
        </>
      ) : null}
    </div>
  );
}

/** The new module's title; `onCreate` adds its files and says whether it could. */
function ModuleWizard(props: { onCreate: (title: string) => Promise<boolean> }) {
  const [title, setTitle] = useState('');
  return (
    <form
      className="studio-wizard"
      onSubmit={(e) => {
        e.preventDefault();
        void props.onCreate(title).then((created) => {
          if (created) setTitle('');
        });
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
  );
}

/** The open course: its files, the open file's editor with the course's problems under it, and its preview. */
function Panes(props: {
  files: ReadonlyMap<string, TextFile>;
  texts: ReadonlyMap<string, string>;
  changed: ReadonlyMap<string, TextFile>;
  active: string | null;
  types: StudioFileTypes;
  checked: Checked;
  checking: boolean;
  target: Target | null;
  onOpen: (path: string) => void;
  onEdit: (path: string, text: string) => void;
  onGo: (problem: Diagnostic) => void;
}) {
  const { active, checked } = props;
  const mine = (list: readonly Diagnostic[]) => list.filter((d) => d.file === active);
  return (
    <div className="studio-panes">
      <FileTree files={props.files} active={active} changed={props.changed} onOpen={props.onOpen} />
      <section className="studio-main" aria-label={active ? t.editorLabel(active) : t.noFileOpen}>
        {active ? (
          <Editor
            key={active}
            path={active}
            text={props.files.get(active)?.text ?? ''}
            types={props.types}
            diagnostics={mine(checked.diagnostics)}
            warnings={mine(checked.warnings)}
            target={props.target}
            onChange={props.onEdit}
          />
        ) : (
          <p>{t.noFileOpen}</p>
        )}
        <ProblemList checked={checked} checking={props.checking} onGo={props.onGo} />
      </section>
      <section className="studio-preview" aria-label={t.previewLabel}>
        {active ? (
          <Suspense fallback={<p role="status">{t.previewLoading}</p>}>
            <StudioPreview files={props.texts} path={active} />
          </Suspense>
        ) : null}
      </section>
    </div>
  );
}

/** The course's files by kind (modules, quizzes, scenarios...), the open one marked, unsaved ones said so. */
function FileTree(props: {
  files: ReadonlyMap<string, TextFile>;
  active: string | null;
  changed: ReadonlyMap<string, TextFile>;
  onOpen: (path: string) => void;
}) {
  const groups = useMemo(() => groupFiles(props.files.keys()), [props.files]);
  const entry = (e: FileEntry) => (
    <li key={e.path}>
      <button
        type="button"
        className="studio-file"
        aria-current={e.path === props.active ? 'true' : undefined}
        onClick={() => {
          props.onOpen(e.path);
        }}
      >
        {e.name}
        {props.changed.has(e.path) ? <span className="studio-dirty"> ({t.unsaved})</span> : null}
      </button>
      {e.children && e.children.length > 0 ? <ul>{e.children.map(entry)}</ul> : null}
    </li>
  );
  return (
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
  );
}

/** Every mistake and warning of the course, each a button that opens its file at its line. */
function ProblemList(props: { checked: Checked; checking: boolean; onGo: (problem: Diagnostic) => void }) {
  const { diagnostics, warnings } = props.checked;
  const problems = diagnostics.length + warnings.length;
  return (
    <section className="studio-problems" aria-labelledby="studio-problems">
      <h2 id="studio-problems">
        {t.problemsLabel}:{' '}
        <span aria-live="polite">
          {props.checking
            ? t.checking
            : problems === 0
              ? t.noProblems
              : t.problemCount(diagnostics.length, warnings.length)}
        </span>
      </h2>
      <ul>
        {[...diagnostics, ...warnings].map((d, i) => (
          <li key={`${String(i)}:${d.file}:${String(d.line)}`}>
            <button
              type="button"
              className="studio-problem"
              onClick={() => {
                props.onGo(d);
              }}
            >
              {warnings.includes(d) ? formatWarning(d) : formatDiagnostic(d)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
