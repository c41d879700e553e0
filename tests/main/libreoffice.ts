import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/libreoffice/review.py', import.meta.url));
const PYTHON = '/usr/bin/python3';

/** Whether LibreOffice and its Python bridge (Debian's python3-uno) are here. */
export const hasLibreOffice = spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0 && spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** LibreOffice's own Accept All or Reject All of a .docx, as one string per paragraph. */
export function libreOfficeText(docx: Uint8Array, outcome: 'accept-all' | 'reject-all'): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-lo-test-'));
  writeFileSync(path.join(dir, 'in.docx'), docx);
  execFileSync(PYTHON, [SCRIPT, outcome, path.join(dir, 'in.docx'), path.join(dir, 'out.txt')], { timeout: 120_000, stdio: 'ignore' });
  return readFileSync(path.join(dir, 'out.txt'), 'utf8').replace(/\n$/, '').split('\n');
}

/** LibreOffice's Accept All, saved as Word again. */
export function libreOfficeAccepted(docx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-lo-test-'));
  writeFileSync(path.join(dir, 'in.docx'), docx);
  execFileSync(PYTHON, [SCRIPT, 'accept-docx', path.join(dir, 'in.docx'), path.join(dir, 'out.docx')], { timeout: 120_000, stdio: 'ignore' });
  return new Uint8Array(readFileSync(path.join(dir, 'out.docx')));
}

/** Opens a .docx in LibreOffice and converts it (to docx: LibreOffice's own rewrite; to pdf: its rendering). */
export function libreOfficeConvert(docx: Uint8Array, to: 'docx' | 'pdf'): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-lo-test-'));
  writeFileSync(path.join(dir, 'in.docx'), docx);
  const out = path.join(dir, 'out');
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', to === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', '--outdir', out, path.join(dir, 'in.docx')], { timeout: 120_000, stdio: 'ignore' });
  const file = readdirSync(out).find((f) => f.endsWith(`.${to}`));
  if (!file) throw new Error(`LibreOffice wrote no .${to}`);
  return new Uint8Array(readFileSync(path.join(out, file)));
}
