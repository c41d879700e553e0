/**
 * Returns of one base made the way delegations make them: LibreOffice opens the base .docx with
 * Track Changes on, each delegation edits it under its own name (scripts/libreoffice/returns.py),
 * and a fourth sends plain text. Used by the compile tests in Node and in chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/libreoffice/returns.py', import.meta.url));

export const RETURNS_BASE = [
  'Joint Statement on Ocean Cooperation',
  'We, the Ministers, meeting in Geneva on 3 March 2026,',
  '1. Commit to strengthen cooperation on maritime security and the protection of ocean resources.',
  '2. Agree to meet again in 2027 to review progress.',
  '3. Call upon all States to ratify the Convention without delay.',
];

const SPEC = {
  base: RETURNS_BASE,
  returns: [
    { author: 'EU', file: 'eu.docx', replace: [['strengthen', 'deepen']], insert_after: [[3, 'Welcome the offer of Chile to host the next meeting.']] },
    { author: 'Japan', file: 'japan.docx', replace: [['strengthen', 'deepen'], ['2027', '2028']] },
    { author: 'G77 and China', file: 'g77.docx', replace: [['without delay', 'as soon as possible']], delete: [3] },
  ],
};

/** Writes base.docx, eu.docx, japan.docx, g77.docx (LibreOffice, tracked changes) and brazil.txt into a new folder. */
export function makeReturns(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-returns-'));
  writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(SPEC));
  execFileSync('/usr/bin/python3', [SCRIPT, path.join(dir, 'spec.json'), dir], { cwd: path.dirname(SCRIPT), timeout: 180_000, stdio: 'ignore' });
  writeFileSync(path.join(dir, 'brazil.txt'), [...RETURNS_BASE.slice(0, 4), `${RETURNS_BASE[4]} Note the importance of capacity-building.`].join('\n\n'));
  return dir;
}
