/** Escaping for the markup redlines (HTML and WordprocessingML share the XML rules). */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attributes. */
export function escapeXml(text: string): string {
  // Control characters other than tab and newline are not allowed in XML at all.
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '');
}
