/**
 * What kind of text the reader has, judged from its content, never from the file name: a
 * Markdown conversion (pandoc, a static site) and a United Nations document extracted from its
 * PDF each bring furniture and syntax the reader must see through.
 */

/** Signs of Markdown, each counted once per line; two different kinds make a Markdown text. */
const MARKDOWN_SIGNS: RegExp[] = [
  /^#{1,6}\s+\S/, // "## Article 2"
  /^\s*(?:[-*+]\s{1,4}\S|\d{1,3}\\\.\s)/, // "-   item", "12\. text"
  /\*\*[^*\s][^*]*\*\*|(?<![\w*])\*[^*\s][^*]*\*(?![\w*])/, // **bold**, *italic*
  /\[[^\]]+\]\([^)\s]+\)|^\[[^\]^]+\]:\s+\S/, // [text](url), [label]: url
  /\[\^[^\]\s]+\]/, // [^1]
  /^<!--.*-->\s*$/, // pandoc's list separators
  /\\[.#*_[\]()-]/, // escapes
];

/** Signs no plain text has: a footnote definition, a pandoc separator, an escaped number. */
const DECISIVE = /^\[\^[^\]\s]+\]:\s|^<!-- -->\s*$|^\d{1,3}\\\.\s/;

/** True when the text is written in Markdown (whatever its file is called). */
export function looksLikeMarkdown(text: string): boolean {
  const seen = new Set<number>();
  const sample = text.length > 400_000 ? text.slice(0, 400_000) : text;
  for (const line of sample.split('\n')) {
    if (line.length > 4000) continue;
    if (DECISIVE.test(line)) return true;
    MARKDOWN_SIGNS.forEach((re, k) => {
      if (!seen.has(k) && re.test(line)) seen.add(k);
    });
    if (seen.size >= 2) return true;
  }
  return false;
}

/** A UN document symbol: "A/RES/80/6", "A/80/L.9", "S/RES/2758 (2024)". */
export const UN_SYMBOL = /\b(?:A|S|E|A\/C\.\d)\/(?:RES\/)?\d{1,4}(?:\/[A-Z0-9.]+)*(?:\/Rev\.\d+)?/;

/** The facts a UN document's furniture repeats: its symbol and its short title. */
export interface UnDocument {
  symbol?: string;
  /** The resolution's title without its number ("Report of the International Criminal Court"). */
  shortTitle?: string;
}

/** The UN document the text is, or undefined when it does not read as one. */
export function unDocument(text: string): UnDocument | undefined {
  const head = text.slice(0, 6000);
  if (!/\bGeneral Assembly\b|\bSecurity Council\b|\bEconomic and Social Council\b/.test(head) || !/Distr\.\s*:|Resolution adopted by/.test(head)) return undefined;
  const doc: UnDocument = {};
  const symbol = /^(?:symbol:\s*)?["']?((?:A|S|E)\/RES\/\d{1,4}\/\d{1,4})\b/m.exec(head) ?? /^((?:A|S|E)\/RES\/\d{1,4}\/\d{1,4})\s*$/m.exec(head);
  if (symbol?.[1]) doc.symbol = symbol[1];
  // The title line, and the line after it where the title runs on ("... sport and the" / "Olympic ideal").
  const title = /^\s*\d{2,3}\/\d{1,4}\.\s+(.+?)[ \t]*\n(?:[ \t]*([^\n]{1,80}?)[ \t]*\n)?/m.exec(head);
  if (title?.[1]) {
    const runsOn = title[2] && /\b(?:the|of|and|in|on|for|to|a)$/.test(title[1]) && !/[.,;:]$/.test(title[2]);
    doc.shortTitle = runsOn ? `${title[1]} ${title[2]}` : title[1];
  }
  return doc;
}
