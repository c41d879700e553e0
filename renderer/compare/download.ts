/**
 * Saving an exported file from the renderer: the bytes arrive as base64, become a Blob, and a
 * temporary `<a download>` hands them to the browser's (or Electron's) download machinery.
 */
import type { ExportedFile } from '../../shared/formats/schemas';

/** Decodes base64 into bytes; throws a readable error when the text is not base64. */
export function bytesFromBase64(data: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(data);
  } catch {
    throw new Error('The exported file arrived damaged (its contents are not base64). Try the export again.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

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
