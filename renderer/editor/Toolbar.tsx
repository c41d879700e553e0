/**
 * The editor's toolbar: block kinds, bold and italic, undo and redo, numbering switches. Every
 * button asks its command "could you?" (no dispatch) to grey itself.
 */
import type { Command, EditorState } from 'prosemirror-state';
import { toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { schema } from './schema';
import type { TextblockKind } from './schema';
import { setBlockKind, setHeadingNumbering, setKeepSourceNumbering } from './commands';
import { isSuggesting, toggleSuggesting } from './review/suggesting';

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

/** Props of the toolbar: the current state and how to run a command on the view. */
export interface ToolbarProps {
  state: EditorState;
  run: (command: Command) => void;
}

/** The toolbar above the page. */
export function Toolbar({ state, run }: ToolbarProps) {
  const kind = kindAtCursor(state);
  const button = (label: string, command: Command, opts: { pressed?: boolean; title?: string; className?: string } = {}) => (
    <button
      type="button"
      key={label}
      className={opts.className ?? 'cn-tool'}
      title={opts.title ?? label}
      aria-pressed={opts.pressed}
      disabled={!command(state)}
      // Keep the editor's selection: a mousedown on a button would otherwise blur it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => run(command)}
    >
      {label}
    </button>
  );
  const heading = state.selection.$from.node(1);
  const keepSource = state.doc.attrs['keepSourceNumbering'] === true;
  return (
    <div className="cn-toolbar" role="toolbar" aria-label="Formatting">
      <span className="cn-tool-group" role="group" aria-label="Block kind">
        {KIND_LABELS.map(([name, label]) =>
          kind === name ? (
            <button type="button" key={name} className="cn-tool cn-tool--current" aria-pressed="true" disabled>
              {label}
            </button>
          ) : (
            button(label, setBlockKind(name), { pressed: false })
          ),
        )}
      </span>
      <span className="cn-tool-group" role="group" aria-label="Text">
        {button('B', toggleMark(schema.marks.strong), { pressed: markActive(state, 'strong'), title: 'Bold (Mod-B)', className: 'cn-tool cn-tool--bold' })}
        {button('I', toggleMark(schema.marks.em), { pressed: markActive(state, 'em'), title: 'Italic (Mod-I)', className: 'cn-tool cn-tool--italic' })}
      </span>
      <span className="cn-tool-group" role="group" aria-label="History">
        {button('Undo', undo, { title: 'Undo (Mod-Z)' })}
        {button('Redo', redo, { title: 'Redo (Shift-Mod-Z)' })}
      </span>
      <span className="cn-tool-group" role="group" aria-label="Review">
        {button(isSuggesting(state) ? 'Suggesting' : 'Editing', toggleSuggesting, {
          pressed: isSuggesting(state),
          title: 'Switch between Editing and Suggesting (Ctrl+Shift+E): in Suggesting, changes are kept as suggestions under your name',
          className: isSuggesting(state) ? 'cn-tool cn-tool--suggesting' : 'cn-tool',
        })}
      </span>
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
