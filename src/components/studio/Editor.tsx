import { useEffect, useRef, useState } from 'react';
import { studioStrings as t } from '../../i18n/studio.ts';
import type { Diagnostic } from '../../lib/content/diagnostic.ts';
import type { StudioFileTypes } from '../../lib/studio/help.ts';

type EditorModule = typeof import('../../client/studio/editor.ts');
type View = ReturnType<EditorModule['createEditor']>;

/** A place to show: the file's line and column, and a counter so the same place can be asked for twice. */
export interface Target {
  readonly line: number;
  readonly column: number;
  readonly seq: number;
}

interface Props {
  readonly path: string;
  /** The file's text when it is opened (later edits come from the editor itself). */
  readonly text: string;
  readonly types: StudioFileTypes;
  readonly diagnostics: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
  readonly target: Target | null;
  readonly onChange: (path: string, text: string) => void;
}

/** The code editor of one file (CodeMirror, loaded on first use, in its own chunk). */
export default function Editor(props: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<EditorModule | null>(null);
  const view = useRef<View | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    let alive = true;
    void import('../../client/studio/editor.ts').then((module) => {
      if (alive) setEditor(module);
    });
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    if (!editor || !host.current) return;
    const path = props.path;
    const created = editor.createEditor(host.current, {
      path,
      text: latest.current.text,
      types: latest.current.types,
      label: t.editorLabel(path),
      onChange: (text) => {
        latest.current.onChange(path, text);
      },
    });
    view.current = created;
    editor.showDiagnostics(created, latest.current.diagnostics, latest.current.warnings);
    return () => {
      created.destroy();
      view.current = null;
    };
    // A new editor for each file; its text afterwards is the editor's own.
  }, [editor, props.path]);

  useEffect(() => {
    if (editor && view.current) editor.showDiagnostics(view.current, props.diagnostics, props.warnings);
  }, [editor, props.diagnostics, props.warnings]);

  useEffect(() => {
    if (editor && view.current && props.target) editor.goTo(view.current, props.target.line, props.target.column);
  }, [editor, props.target]);

  return (
    <div className="studio-editor">
      {editor ? null : <p>{t.editorLoading}</p>}
      <div className="studio-editor-host" ref={host} />
    </div>
  );
}
