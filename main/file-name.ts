/** A file name made from a title: letters and digits kept, the rest joined by dashes. */
export function fileNameFrom(title: string, fallback = 'document'): string {
  return title.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().slice(0, 80).trim().replace(/ /g, '-') || fallback;
}
