/**
 * Bullets as characters any font shows. Word and LibreOffice write their bullets as characters of
 * the Symbol and Wingdings fonts, mapped into Unicode's private use area (U+F0B7 is Symbol's
 * bullet); written without that font they show as an empty box or nothing. Exports print the
 * Unicode character the symbol font draws instead.
 */

/** Private-use code points of Symbol and Wingdings bullets, and what they draw. */
const SYMBOL_FONT_BULLETS: Record<string, string> = {
  '\uf0b7': '•', // Symbol: bullet
  '\uf0a7': '▪', // Wingdings: small square
  '\uf06e': '■', // Wingdings: black square
  '\uf071': '❑', // Wingdings: shadowed square
  '\uf076': '❖', // Wingdings: diamond of four
  '\uf0d8': '➢', // Wingdings: arrowhead
  '\uf0fc': '✓', // Wingdings: check mark
  '\uf0a8': '◆', // Symbol: diamond
  '\uf02d': '–', // Symbol: minus as dash
  '\uf06f': '○', // Wingdings: circle
};

/** The number or bullet as any font shows it: symbol-font bullets become their Unicode characters. */
export function visibleNumber(raw: string): string {
  return raw.replace(/[\uf000-\uf0ff]/g, (c) => SYMBOL_FONT_BULLETS[c] ?? '•');
}
