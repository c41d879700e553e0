import { Dialog } from './Dialog';

const SHORTCUTS: [string, string][] = [
  ['Ctrl+S', 'Save the draft'],
  ['Ctrl+Shift+S', 'Save as'],
  ['Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y', 'Undo / redo'],
  ['Ctrl+B / Ctrl+I', 'Bold / italic'],
  ['Enter', 'New paragraph of the same kind'],
  ['Tab / Shift+Tab', 'Paragraph to sub-item and back'],
  ['Alt+↑ / Alt+↓', 'Move the paragraph (with its sub-items)'],
  ['Ctrl+F', 'Find and replace'],
  ['Ctrl+[', 'Bracket the selection (negotiation)'],
  ['Ctrl+Alt+H / Ctrl+Alt+0', 'Make the paragraph a heading / a numbered paragraph'],
  ['Ctrl+Alt+F', 'Insert a footnote: its mark at the cursor, its note in the notes area (click a mark for its note, the note’s marker for the mark)'],
  ['Ctrl+Shift+E', 'Switch between Editing and Suggesting (changes kept as suggestions under your name)'],
  ['Ctrl+Alt+M', 'Comment the selected words'],
  ['Ctrl+Alt+] / Ctrl+Alt+[', 'Next / previous suggestion'],
  ['Ctrl+O', 'Open a file'],
  ['Ctrl+Alt+C', 'Compare the draft (or two files) with…'],
  ['Ctrl+Alt+1 … 4', 'Side panel: checks, agreed language, versions, negotiation'],
  ['Escape', 'Close a menu, the find bar or a dialog'],
  ['F8 / Shift+F8', 'Next / previous change in a comparison'],
  ['F1', 'This list'],
];

/** Every keyboard shortcut, one table. (Cmd replaces Ctrl on macOS.) */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" onCancel={onClose} actions={[{ label: 'Close', onClick: onClose, kind: 'primary' }]}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">On macOS, Cmd replaces Ctrl.</p>
    </Dialog>
  );
}
