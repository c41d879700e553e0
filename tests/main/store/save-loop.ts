// Child process for save-crash.test.ts: saves and autosaves a large draft as fast as it can
// until it is killed.
import { openDrafts } from '../../../main/store/drafts';
import { makeDraft } from './draft-fixture';

const drafts = openDrafts(process.argv[2] ?? '.');
let n = 0;
await drafts.save('draft.concord', makeDraft(`v${n}`, 400), 'overwrite');
process.stdout.write('ready\n');
for (;;) {
  n++;
  await drafts.autosave('draft.concord', makeDraft(`v${n}`, 400));
  await drafts.save('draft.concord', makeDraft(`v${n}`, 400), 'overwrite');
  process.stdout.write(`${n}\n`);
}
