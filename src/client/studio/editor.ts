// The studio's code editor (CodeMirror 6), loaded when the first file opens: YAML and Markdown highlighting,
// completion and hover help from the schemas' Indonesian descriptions and the author components, and the checker's
// messages as lint diagnostics at their line and column.
import {
  autocompletion,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdownLanguage } from '@codemirror/lang-markdown';
import { yaml, yamlFrontmatter } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentUnit,
  LanguageSupport,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState, type Text } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  hoverTooltip,
  keymap,
  lineNumbers,
  type Tooltip,
} from '@codemirror/view';
import type { Diagnostic } from '../../lib/content/diagnostic.ts';
import {
  componentAt,
  describeComponent,
  describeField,
  fieldsFor,
  frontmatterLines,
  keyHelp,
  keyOptions,
  mdxOptions,
  mdxPlace,
  valueOptions,
  yamlPlace,
  type HelpOption,
  type StudioFileTypes,
} from '../../lib/studio/help.ts';

/** What an editor needs: the file, its text, the help data, and what to do on change (Ctrl+S is the page's). */
export interface EditorOptions {
  readonly path: string;
  readonly text: string;
  readonly types: StudioFileTypes;
  readonly label: string;
  readonly onChange: (text: string) => void;
}

/** The lines of YAML the cursor's line belongs to: the whole file, or an MDX file's frontmatter. */
function yamlLines(doc: Text, path: string, lineIndex: number): readonly string[] | null {
  const lines = doc.toString().split('\n');
  if (!path.endsWith('.mdx')) return lines;
  const fm = frontmatterLines(lines);
  if (!fm || lineIndex < fm.from || lineIndex >= fm.to) return null;
  return lines.slice(0, fm.to).map((line, i) => (i < fm.from ? '' : line));
}

const toCompletion = (o: HelpOption) => ({ label: o.label, detail: o.detail, info: o.info });

function completionSource(path: string, types: StudioFileTypes) {
  const help = fieldsFor(types, path);
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const column = context.pos - line.from;
    const lines = yamlLines(context.state.doc, path, line.number - 1);
    if (lines && help) {
      const place = yamlPlace(lines, line.number - 1, column, help.list);
      if (!place) return null;
      const options =
        place.kind === 'key' ? keyOptions(help.fields, place.parent) : valueOptions(help.fields, place.field);
      return options.length === 0
        ? null
        : { from: line.from + place.from, options: options.map(toCompletion), validFor: /^[\w-]*$/ };
    }
    if (!path.endsWith('.mdx')) return null;
    const place = mdxPlace(line.text.slice(0, column));
    if (!place) return null;
    const options = mdxOptions(place);
    return options.length === 0
      ? null
      : { from: line.from + place.from, options: options.map(toCompletion), validFor: /^[\w-]*$/ };
  };
}

function tooltipAt(from: number, to: number, text: string): Tooltip {
  return {
    pos: from,
    end: to,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'studio-hover';
      dom.textContent = text;
      return { dom };
    },
  };
}

function hoverSource(path: string, types: StudioFileTypes) {
  const help = fieldsFor(types, path);
  return hoverTooltip((view, pos) => {
    const line = view.state.doc.lineAt(pos);
    const column = pos - line.from;
    const lines = yamlLines(view.state.doc, path, line.number - 1);
    if (lines && help) {
      const found = keyHelp(lines, line.number - 1, column, help.fields, help.list);
      return found ? tooltipAt(line.from + found.from, line.from + found.to, describeField(found.field)) : null;
    }
    if (!path.endsWith('.mdx')) return null;
    const component = componentAt(line.text, column);
    return component
      ? tooltipAt(line.from + component.from, line.from + component.to, describeComponent(component.name))
      : null;
  });
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '0.95rem', backgroundColor: 'var(--color-bg, #fff)' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'currentColor' },
  '.cm-gutters': { backgroundColor: 'transparent', color: '#555', borderRight: '1px solid #ccc' },
  '.cm-tooltip': { maxWidth: '28rem', whiteSpace: 'pre-wrap', padding: '0.25rem 0.5rem' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: '#1d4ed8', color: '#fff' },
});

/** Creates the editor in `parent`. */
export function createEditor(parent: HTMLElement, options: EditorOptions): EditorView {
  // The Markdown language alone: markdown() would also bundle the HTML, CSS and JavaScript modes for embedded code.
  const language = options.path.endsWith('.mdx')
    ? yamlFrontmatter({ content: new LanguageSupport(markdownLanguage) })
    : yaml();
  const state = EditorState.create({
    doc: options.text,
    extensions: [
      lineNumbers(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      bracketMatching(),
      indentUnit.of('  '),
      EditorState.tabSize.of(2),
      language,
      syntaxHighlighting(defaultHighlightStyle),
      autocompletion({ override: [completionSource(options.path, options.types)] }),
      hoverSource(options.path, options.types),
      lintGutter(),
      keymap.of([...completionKeymap, ...searchKeymap, ...historyKeymap, ...defaultKeymap, indentWithTab]),
      EditorView.lineWrapping,
      // The editable text is the scrolling pane's focusable content; an explicit tabindex says so to assistive
      // technology checks too, which do not count contenteditable as focusable (axe: scrollable-region-focusable).
      EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange(update.state.doc.toString());
      }),
      theme,
    ],
  });
  return new EditorView({ state, parent });
}

/** Shows the checker's messages for this file at their line and column. */
export function showDiagnostics(view: EditorView, list: readonly Diagnostic[], warnings: readonly Diagnostic[]): void {
  const doc = view.state.doc;
  const at = (d: Diagnostic, severity: 'error' | 'warning'): LintDiagnostic => {
    const line = doc.line(Math.min(Math.max(d.line, 1), doc.lines));
    const from = Math.min(line.from + Math.max(d.column, 1) - 1, line.to);
    return { from, to: Math.max(from, line.to), severity, message: `${d.message} (${d.hint})` };
  };
  view.dispatch(
    setDiagnostics(view.state, [...list.map((d) => at(d, 'error')), ...warnings.map((d) => at(d, 'warning'))]),
  );
}

/** Puts the cursor at a line and column and scrolls to it. */
export function goTo(view: EditorView, line: number, column: number): void {
  const doc = view.state.doc;
  const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
  const pos = Math.min(target.from + Math.max(column, 1) - 1, target.to);
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}
