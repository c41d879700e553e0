/**
 * HTML import for pasted or saved web pages: the page around the declaration (scripts, styles,
 * menus, headers, footers, sidebars) is dropped, the element holding the densest paragraph text
 * is taken as the declaration, and its block elements become lines of plain text for the text
 * reader. A tolerant tokenizer, not a DOM: shared code runs where no DOM exists, and web pages
 * are rarely well-formed.
 */
import { readDeclarationText, type ReadResult, type ReadSource } from '../text/read';

interface HtmlElement {
  tag: string;
  attrs: string;
  children: HtmlNode[];
}
type HtmlNode = HtmlElement | string;

/** Elements dropped with everything inside them: never part of a declaration. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'object', 'menu', 'dialog']);
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'figure', 'figcaption', 'center', 'address', 'body', 'html', 'tbody', 'thead']);
/**
 * Deepest element kept as such: deeper start tags are read as if absent (their text stays, in
 * the element at this depth), so neither the tree walks below nor the host's stack can be
 * exhausted by a page nested 5,000 deep. Real pages nest a few dozen levels.
 */
const MAX_DEPTH = 200;
/** Start tags that close an open element of the listed names (HTML's implied end tags). */
const CLOSES: Record<string, string[]> = { li: ['li'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], dd: ['dd', 'dt'], dt: ['dd', 'dt'] };

/** Whether starting `tag` ends the open element `open`: a block ends a paragraph, an item the item before. */
function closesOpen(open: string, tag: string): boolean {
  return (open === 'p' && (BLOCK.has(tag) || tag in CLOSES) && tag !== 'body' && tag !== 'html') || (CLOSES[tag]?.includes(open) ?? false);
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', sbquo: '\u201a', bdquo: '\u201e',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00b7', laquo: '\u00ab', raquo: '\u00bb',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', sect: '\u00a7', para: '\u00b6', dagger: '\u2020', Dagger: '\u2021',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', yacute: 'ý', yuml: 'ÿ',
  Eacute: 'É', Egrave: 'È', Aacute: 'Á', Agrave: 'À', Ccedil: 'Ç', Ntilde: 'Ñ', Oacute: 'Ó', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä',
};

/** Decodes named and numeric character references; unknown names are left as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

/** Whether an open element can end, or stop, the implied end tags of a later start tag: inline ones (b, span) never do. */
const structural = (tag: string) => BLOCK.has(tag) || tag in CLOSES;

/** Builds a loose element tree, closing what HTML lets authors leave open. */
function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: '', children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  // Every tag costs the same whatever is open: implied end tags look only at the open
  // structural elements (`blocks`, their stack indices), an end tag only when its element is
  // open (`openCount`), so 600 KB of unclosed "<b>" reads in one pass.
  const blocks: number[] = [];
  const openCount = new Map<string, number>();
  const push = (element: HtmlElement) => {
    if (structural(element.tag)) blocks.push(stack.length);
    openCount.set(element.tag, (openCount.get(element.tag) ?? 0) + 1);
    stack.push(element);
  };
  const truncate = (length: number) => {
    for (let i = stack.length - 1; i >= length; i--) {
      const tag = stack[i]?.tag ?? '';
      openCount.set(tag, (openCount.get(tag) ?? 1) - 1);
    }
    stack.length = length;
    while ((blocks[blocks.length - 1] ?? -1) >= length) blocks.pop();
  };
  // No part may scan past a "<" it does not end at: an unclosed "<a <a <a" then costs one pass, not one per "<".
  const token = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^<>]*>|<\?[^<>]*>|<\/?([a-zA-Z][\w:-]*)([^<>]*)>|[^<]+|</g;
  let dropping: { tag: string; depth: number } | undefined;
  /** Start tags past MAX_DEPTH still open, whose end tags are to be skipped too. */
  let overflow = 0;
  for (const m of html.matchAll(token)) {
    const whole = m[0];
    const tag = m[1]?.toLowerCase();
    if (dropping) {
      if (tag === dropping.tag) dropping.depth += whole.startsWith('</') ? -1 : /\/\s*>$/.test(whole) ? 0 : 1;
      if (dropping.depth === 0) dropping = undefined;
      continue;
    }
    if (!tag) {
      if (!whole.startsWith('<!') && !whole.startsWith('<?')) top().children.push(whole);
      continue;
    }
    if (whole.startsWith('</')) {
      if (overflow > 0) {
        overflow--;
        continue;
      }
      if (!openCount.get(tag)) continue;
      let at = stack.length - 1;
      while (at > 0 && stack[at]?.tag !== tag) at--;
      if (at > 0) truncate(at);
      continue;
    }
    if (DROPPED.has(tag) || /\brole\s*=\s*["']?(navigation|banner|contentinfo|complementary|search)/i.test(m[2] ?? '')) {
      if (!/\/\s*>$/.test(whole) && !VOID.has(tag)) dropping = { tag, depth: 1 };
      continue;
    }
    // Implied end tags: open structural elements this tag ends, innermost first, up to the first it does not.
    for (let b = blocks[blocks.length - 1]; b !== undefined && closesOpen(stack[b]?.tag ?? '', tag); b = blocks[blocks.length - 1]) truncate(b);
    const opens = !VOID.has(tag) && !/\/\s*>$/.test(whole);
    if (opens && stack.length >= MAX_DEPTH) {
      overflow++;
      continue;
    }
    const element: HtmlElement = { tag, attrs: m[2] ?? '', children: [] };
    top().children.push(element);
    if (opens) push(element);
  }
  return root;
}

const textLength = (text: string) => decodeHtmlEntities(text).replace(/\s+/g, ' ').trim().length;

/** The element whose own paragraphs hold the most text: the declaration, in a typical page. */
function mainContent(root: HtmlElement): HtmlElement {
  // Each subtree's text length once, bottom up: a score per element must not re-walk its subtree.
  const lengths = new Map<HtmlElement, number>();
  const measure = (el: HtmlElement): number => {
    let n = 0;
    for (const c of el.children) n += typeof c === 'string' ? textLength(c) : measure(c);
    lengths.set(el, n);
    return n;
  };
  measure(root);
  let best: { el: HtmlElement; score: number } = { el: root, score: -1 };
  const visit = (el: HtmlElement) => {
    let score = 0;
    for (const c of el.children) {
      if (typeof c === 'string') score += textLength(c);
      else if (/^(p|h[1-6]|li|ol|ul|blockquote|table|br|b|strong|em|i|span|a|sup|font|center)$/.test(c.tag)) score += lengths.get(c) ?? 0;
    }
    if (el.tag === 'main' || el.tag === 'article') score *= 1.5;
    if (score > best.score) best = { el, score };
    for (const c of el.children) if (typeof c !== 'string') visit(c);
  };
  visit(root);
  return best.el;
}

function firstOf(el: HtmlElement, tag: string): HtmlElement | undefined {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.tag === tag) return c;
    const inner = firstOf(c, tag);
    if (inner) return inner;
  }
  return undefined;
}

/** Writes an element as lines: one paragraph per block element, list numbers written out. */
function toLines(el: HtmlElement, out: string[], line: { text: string }, pre = false): void {
  const breakLine = (blank: boolean) => {
    const text = line.text.replace(/[ \t]+/g, ' ').trim();
    if (text) out.push(text);
    if (blank && out[out.length - 1] !== '') out.push('');
    line.text = '';
  };
  let counter = Number(/\bstart\s*=\s*["']?(\d+)/i.exec(el.attrs)?.[1] ?? 1);
  for (const c of el.children) {
    if (typeof c === 'string') {
      const text = decodeHtmlEntities(c);
      line.text += pre ? text : text.replace(/\s+/g, ' ');
      continue;
    }
    if (c.tag === 'br') {
      breakLine(false);
      continue;
    }
    const block = BLOCK.has(c.tag) || c.tag === 'td' || c.tag === 'th';
    if (block) breakLine(c.tag !== 'td' && c.tag !== 'th' && c.tag !== 'li');
    if (c.tag === 'li') line.text += el.tag === 'ol' ? `${counter++}. ` : '- ';
    toLines(c, out, line, pre || c.tag === 'pre');
    if (block) breakLine(c.tag !== 'td' && c.tag !== 'th' && c.tag !== 'li');
    else if (c.tag === 'ul' || c.tag === 'ol') breakLine(true);
  }
}

/** The declaration text of an HTML page: the main content as lines, blank lines between paragraphs. */
export function htmlToText(html: string): string {
  const root = parseHtml(html);
  const main = mainContent(root);
  const out: string[] = [];
  const title = firstOf(root, 'h1');
  if (title && !firstOf(main, 'h1') && main !== root) {
    toLines({ tag: 'div', attrs: '', children: [title] }, out, { text: '' });
  }
  const line = { text: '' };
  toLines({ tag: 'div', attrs: '', children: [main] }, out, line);
  if (line.text.trim()) out.push(line.text.trim());
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Reads a web page into a Declaration, through the same reader as plain text. */
export function readHtml(html: string, source: ReadSource): ReadResult {
  return readDeclarationText(htmlToText(html), source);
}
