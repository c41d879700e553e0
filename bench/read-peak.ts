/**
 * Reads one file the way the contained worker does and prints how long it took and the
 * process's peak memory, as JSON: run in a child of bench/hostile.bench.ts so the peak is the
 * read's own, not the bench's.
 *   npx tsx bench/read-peak.ts file.docx
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readAnyFile } from '../main/services/read-file';

const file = process.argv[2];
if (!file) throw new Error('Usage: npx tsx bench/read-peak.ts file');
const bytes = new Uint8Array(readFileSync(file));
const started = performance.now();
const read = await readAnyFile(path.basename(file), bytes);
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, blocks: read.declaration.blocks.length }));
