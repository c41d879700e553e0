/**
 * The tools nobody here wrote, as tests use them to open Concord's exports: LibreOffice headless
 * (each call with its own profile, so parallel runs never share one), pandoc and poppler.
 * Conversions are batched: one LibreOffice start converts every file given.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs a tool, with a message naming the Debian package when it is missing. */
async function tool(cmd: string, args: string[], timeout = 240_000): Promise<string> {
  try {
    return (await run(cmd, args, { timeout, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${cmd} is not installed: bash .ci/run installs it (Debian: libreoffice-writer-nogui, pandoc, poppler-utils).`);
    }
    throw error;
  }
}

/** A temporary folder for one test's files, removed by the returned function. */
export function scratch(prefix: string): { dir: string; done: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `concord-${prefix}-`));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Converts files with one LibreOffice start: `to` is a filter spec as soffice takes it
 * ("pdf", "txt:Text (encoded):UTF8", "docx:MS Word 2007 XML"). Returns the outputs by input name.
 */
export async function libreOffice(files: Map<string, Uint8Array>, to: string, outExt: string): Promise<Map<string, Uint8Array>> {
  const { dir, done } = scratch('soffice');
  try {
    const inDir = path.join(dir, 'in');
    const outDir = path.join(dir, 'out');
    mkdirSync(inDir);
    mkdirSync(outDir);
    const names = [...files.keys()];
    names.forEach((name) => writeFileSync(path.join(inDir, name), files.get(name) ?? new Uint8Array()));
    await tool('soffice', [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless', '--norestore', '--nologo',
      '--convert-to', to, '--outdir', outDir,
      ...names.map((n) => path.join(inDir, n)),
    ], 600_000);
    const out = new Map<string, Uint8Array>();
    const made = new Set(readdirSync(outDir));
    for (const name of names) {
      const file = `${name.replace(/\.[^.]+$/, '')}.${outExt}`;
      if (!made.has(file)) throw new Error(`LibreOffice did not convert ${name} to ${outExt}.`);
      out.set(name, new Uint8Array(readFileSync(path.join(outDir, file))));
    }
    return out;
  } finally {
    done();
  }
}

/** Converts text with pandoc: `from` and `to` are pandoc format names ("markdown", "gfm", "html", "plain"). */
export async function pandoc(input: string, from: string, to: string): Promise<string> {
  const { dir, done } = scratch('pandoc');
  try {
    const file = path.join(dir, 'in.txt');
    writeFileSync(file, input);
    return await tool('pandoc', ['-s', '-f', from, '-t', to, '--wrap=none', file]);
  } finally {
    done();
  }
}

/** The text of a PDF, page by page, as poppler's pdftotext lays it out. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const { dir, done } = scratch('pdftotext');
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const text = await tool('pdftotext', ['-layout', file, '-']);
    return text.split('\f').slice(0, -1);
  } finally {
    done();
  }
}

/** Renders PDF pages to PNG files (first..last, 1-based) in `outDir`; returns their paths. */
export async function pdfToPng(pdf: Uint8Array, outDir: string, prefix: string, first = 1, last = 2): Promise<string[]> {
  const file = path.join(outDir, `${prefix}.pdf`);
  writeFileSync(file, pdf);
  await tool('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), file, path.join(outDir, prefix)]);
  return readdirSync(outDir).filter((f) => f.startsWith(prefix) && f.endsWith('.png')).map((f) => path.join(outDir, f));
}

/** The font names a PDF embeds, as poppler's pdffonts lists them (subset prefixes removed). */
export async function pdfFonts(pdf: Uint8Array): Promise<string[]> {
  const { dir, done } = scratch('pdffonts');
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const out = await tool('pdffonts', [file]);
    return out.split('\n').slice(2).filter(Boolean).map((l) => (l.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, ''));
  } finally {
    done();
  }
}

/**
 * A Word file after LibreOffice accepted (or rejected) every tracked change in it: its text, one
 * paragraph a line, the page header left out ('accept-all', 'reject-all'), or the accepted file
 * saved as Word again ('accept-docx'). scripts/libreoffice/review.py over UNO, with its own
 * soffice start and private profile.
 */
export async function afterAllChanges(docx: Uint8Array, how: 'accept-all' | 'reject-all'): Promise<string> {
  return new TextDecoder().decode(await reviewed(docx, how));
}

/** The Word file with every tracked change accepted in LibreOffice, saved as Word. */
export function acceptedDocx(docx: Uint8Array): Promise<Uint8Array> {
  return reviewed(docx, 'accept-docx');
}

async function reviewed(docx: Uint8Array, how: 'accept-all' | 'reject-all' | 'accept-docx'): Promise<Uint8Array> {
  const { dir, done } = scratch('review');
  try {
    const input = path.join(dir, 'in.docx');
    const output = path.join(dir, 'out');
    writeFileSync(input, docx);
    const script = fileURLToPath(new URL('../../scripts/libreoffice/review.py', import.meta.url));
    await tool('/usr/bin/python3', [script, how, input, output], 300_000);
    return new Uint8Array(readFileSync(output));
  } finally {
    done();
  }
}

/** The mark printed right before a note's text in a PDF's text ("*", "4"), or undefined when there is none. */
export function markBeforeNote(text: string, note: string): string | undefined {
  const escaped = note.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`([*†‡\\d]+)\\s*${escaped}`).exec(text)?.[1];
}
