/**
 * Saving an exported file from the renderer: the bytes arrive as base64, become a Blob, and a
 * temporary `<a download>` hands them to the browser's (or Electron's) download machinery.
 */
import type { ExportedFile } from '../shared/formats/schemas';
import { bytesFromBase64 } from './base64';

/** Offers the file to the user as a download under its suggested name. */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([bytesFromBase64(file.data)], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that the browser has not started reading yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
