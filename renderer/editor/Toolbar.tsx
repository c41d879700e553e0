/**
 * The editor's toolbar: block kinds, bold and italic, undo and redo, numbering switches. Every
 * button asks its command "could you?" (no dispatch) to grey itself.
 */
import type { Command, EditorState } from 'prosemirror-state';
import { toggleMark } from 'prosemirror-commands';
import { redo, undo } from './history-commands';
import { schema } from './schema';
import type { TextblockKind } from './schema';
import { setBlockKind, setHeadingNumbering, setKeepSourceNumbering } from './commands';
import { isSuggesting, toggleSuggesting } from './review/suggesting';
import { insertFootnote, markAtCursor } from './footnote-commands';
import { FootnoteMarkTool } from './FootnoteMarkTool';

/** The block kinds a user picks from, with their toolbar names. */
export const KIND_LABELS: readonly [TextblockKind | 'parties', string][] = [
  ['title', 'Title'],
  ['meta', 'Meta line'],
  ['preamble', 'Preamble'],
  ['heading', 'Heading'],
  ['numbered', 'Numbered ¶'],
  ['paragraph', 'Paragraph'],
  ['subitem', 'Sub-item'],
  ['footnote', 'Footnote'],
  ['parties', 'Parties'],
  ['signature', 'Signature'],
];

/** The node kind of the top-level block at the cursor. */
export function kindAtCursor(state: EditorState): string {
  return state.selection.$from.node(1)?.type.name ?? '';
}

function markActive(state: EditorState, name: 'em' | 'strong'): boolean {
  const type = schema.marks[name];
  const { from, to, empty, $from } = state.selection;
  if (empty) return type.isInSet(state.storedMarks ?? $from.marks()) !== undefined;
  return state.doc.rangeHasMark(from, to, type);
}

/** One button as the toolbar shows it: what it runs and how it looks in this state. */
interface ToolButton {
  label: string;
  command: Command;
  enabled: boolean;
  pressed?: boolean;
  current?: boolean;
  title?: string;
  className?: string;
}

/** The toolbar's buttons in groups, each asked "could you?" in `state`. */
function toolGroups(state: EditorState): { label: string; buttons: ToolButton[] }[] {
  const kind = kindAtCursor(state);
  const tool = (label: string, command: Command, opts: Partial<ToolButton> = {}): ToolButton => ({ label, command, enabled: command(state), ...opts });
  return [
    {
      label: 'Block kind',
      buttons: KIND_LABELS.map(([name, label]) => (kind === name ? tool(label, setBlockKind(name), { current: true, enabled: false, pressed: true }) : tool(label, setBlockKind(name), { pressed: false }))),
    },
    {
      label: 'Text',
      buttons: [
        tool('B', toggleMark(schema.marks.strong), { pressed: markActive(state, 'strong'), title: 'Bold (Mod-B)', className: 'cn-tool cn-tool--bold' }),
        tool('I', toggleMark(schema.marks.em), { pressed: markActive(state, 'em'), title: 'Italic (Mod-I)', className: 'cn-tool cn-tool--italic' }),
      ],
    },
    { label: 'Footnotes', buttons: [tool('Footnote +', insertFootnote, { title: 'Insert a footnote: its mark at the cursor, its note in the notes area (Ctrl+Alt+F)' })] },
    { label: 'History', buttons: [tool('Undo', undo, { title: 'Undo (Mod-Z)' }), tool('Redo', redo, { title: 'Redo (Shift-Mod-Z)' })] },
    {
      label: 'Review',
      buttons: [
        tool(isSuggesting(state) ? 'Suggesting' : 'Editing', toggleSuggesting, {
          pressed: isSuggesting(state),
          title: 'Switch between Editing and Suggesting (Ctrl+Shift+E): in Suggesting, changes are kept as suggestions under your name',
          className: isSuggesting(state) ? 'cn-tool cn-tool--suggesting' : 'cn-tool',
        }),
      ],
    },
  ];
}

/**
 * What the toolbar shows in `state`, as a string: the editor re-renders the toolbar only when
 * this changes. A React commit costs a walk of the whole page (React saves and restores the
 * selection of the focused editable), so typing that changes nothing on the toolbar commits nothing.
 */
export function toolbarLook(state: EditorState): string {
  const heading = state.selection.$from.node(1);
  const buttons = toolGroups(state).flatMap((g) => g.buttons.map((b) => `${b.enabled ? 1 : 0}${b.pressed ? 1 : 0}${b.current ? 1 : 0}`));
  const numbering = heading?.type === schema.nodes.heading ? String(heading.attrs['numbering']) : '-';
  const mark = markAtCursor(state);
  return `${buttons.join('')}|${numbering}|${state.doc.attrs['keepSourceNumbering'] === true}|${mark ? mark.pos : '-'}`;
}

/** Props of the toolbar: the current state and how to run a command on the view. */
export interface ToolbarProps {
  state: EditorState;
  run: (command: Command) => void;
}

/** The toolbar above the page. */
export function Toolbar({ state, run }: ToolbarProps) {
  const heading = state.selection.$from.node(1);
  const keepSource = state.doc.attrs['keepSourceNumbering'] === true;
  return (
    <div className="cn-toolbar" role="toolbar" aria-label="Formatting">
      {toolGroups(state).map((group) => (
        <span key={group.label} className="cn-tool-group" role="group" aria-label={group.label}>
          {group.buttons.map((b) => (
            <button
              type="button"
              key={b.label}
              className={b.current ? 'cn-tool cn-tool--current' : (b.className ?? 'cn-tool')}
              title={b.title ?? b.label}
              aria-pressed={b.pressed}
              disabled={!b.enabled}
              // Keep the editor's selection: a mousedown on a button would otherwise blur it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => run(b.command)}
            >
              {b.label}
            </button>
          ))}
        </span>
      ))}
      <FootnoteMarkTool state={state} run={run} />
      <span className="cn-tool-group" role="group" aria-label="Numbering">
        {heading?.type === schema.nodes.heading && (
          <label className="cn-tool-check">
            <input
              type="checkbox"
              checked={heading.attrs['numbering'] === 'restart'}
              onChange={(event) => run(setHeadingNumbering(event.target.checked ? 'restart' : 'continue'))}
            />
            Restart numbering here
          </label>
        )}
        <label className="cn-tool-check" title="Show the numbers exactly as the source declaration wrote them">
          <input type="checkbox" checked={keepSource} onChange={(event) => run(setKeepSourceNumbering(event.target.checked))} />
          Keep source numbering
        </label>
      </span>
    </div>
  );
}
