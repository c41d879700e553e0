/** What every export channel returns: a file name made from a title, the file's type and its bytes. */
import type { FileType } from '../../shared/formats/file-types';
import type { ExportedFile } from '../../shared/formats/schemas';
import { toBase64 } from './base64';

/** A file name made from a title: letters and digits kept, the rest joined by dashes. */
export function fileNameFrom(title: string, fallback = 'document'): string {
  return title.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().slice(0, 80).trim().replace(/ /g, '-') || fallback;
}

/** The exported file `name.extension` of the given type. */
export function exportedFile(name: string, type: FileType, content: Uint8Array | string): ExportedFile {
  return { fileName: `${name}.${type.extension}`, mime: type.mime, data: toBase64(content) };
}
