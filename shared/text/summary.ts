/**
 * A read declaration summed up for lists: the template picker and templates/manifest.json.
 */
import type { TemplateSummary } from '../api';
import type { Declaration } from '../model';
import { countWords } from './shapes';

/** The manifest entry of a declaration read from `file`; its id is the file name without extension. */
export function summarizeDeclaration(file: string, declaration: Declaration): TemplateSummary {
  return {
    id: file.replace(/\.[^.]+$/, ''),
    file,
    title: declaration.title,
    words: declaration.blocks.reduce((n, b) => n + countWords(b.text) + (b.number ? 1 : 0), 0),
    ...(declaration.date ? { date: declaration.date } : {}),
    ...(declaration.place ? { place: declaration.place } : {}),
    parties: declaration.parties,
    paragraphs: declaration.blocks.filter((b) => b.kind === 'paragraph').length,
  };
}
