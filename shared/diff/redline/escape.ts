/** Escaping for the markup redlines (HTML and WordprocessingML share the XML rules). */
import { XML_FORBIDDEN } from '../../formats/xml';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}
