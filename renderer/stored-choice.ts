/**
 * Small choices the app remembers in the browser's storage (a panel's width, one's name in the
 * negotiation log). A private window or a blocked storage throws on every access: the choice then
 * lasts for this session only, and nothing fails.
 */
export function readChoice(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeChoice(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Kept in memory only (see above).
  }
}
