import { Dialog } from './Dialog';
import type { Leaving } from './useNavigation';

/** Asked when leaving a draft with unsaved changes. */
export function LeaveDialog({ leaving }: { leaving: Leaving }) {
  return (
    <Dialog
      title="Save changes to this draft?"
      onCancel={leaving.stay}
      actions={[
        { label: 'Cancel', onClick: leaving.stay },
        { label: 'Don’t save', kind: 'danger', onClick: leaving.discard },
        { label: 'Save', kind: 'primary', onClick: leaving.save },
      ]}
    >
      <p>The draft has changes that are not saved to its file. A recovery copy is kept until you decide.</p>
    </Dialog>
  );
}
