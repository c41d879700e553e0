/**
 * A small, strict XML reader for the parts of Office packages Concord needs, and for checking
 * what Concord writes. It runs without DOM APIs (shared code must run in Node and browsers)
 * and refuses DOCTYPE outright, so no entity expansion or external entity can ever happen.
 */

/** One element: its local name (prefix dropped), attributes by local name, children in order. */
export interface XmlElement {
  name: string;
  /** The name as written, prefix included ("w:p"). */
  qname: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Raised for text that is not well-formed XML; the message says where. */
export class XmlError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (at character ${offset})`);
    this.name = 'XmlError';
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const MAX_DEPTH = 512;

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** Replaces character and predefined entity references; anything else is an error. */
export function decodeEntities(raw: string, offset = 0): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string, at: number) => {
    if (!whole.endsWith(';')) throw new XmlError('A bare "&" must be written as "&amp;"', offset + at);
    const named = PREDEFINED[ref];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-f]+$/i.test(ref)
      ? parseInt(ref.slice(2), 16)
      : /^#[0-9]+$/.test(ref)
        ? parseInt(ref.slice(1), 10)
        : NaN;
    if (!Number.isFinite(code) || code > 0x10ffff || code === 0) {
      throw new XmlError(`Unknown entity "&${ref};"`, offset + at);
    }
    return String.fromCodePoint(code);
  });
}

function parseAttributes(source: string, offset: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  const pattern = /\s*([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (!match || match.index !== at) throw new XmlError('Malformed attribute', offset + at);
    const qname = match[1] ?? '';
    const value = match[2] ?? match[3] ?? '';
    if (!NAME.test(qname)) throw new XmlError(`Bad attribute name "${qname}"`, offset + at);
    if (value.includes('<')) throw new XmlError('"<" is not allowed in an attribute value', offset + at);
    const key = qname.startsWith('xmlns') ? qname : localName(qname);
    if (key in attrs) throw new XmlError(`Attribute "${qname}" appears twice`, offset + at);
    attrs[key] = decodeEntities(value, offset + at);
    at = pattern.lastIndex;
  }
  return attrs;
}

/** Parses a whole document and returns its root element; throws XmlError when not well-formed. */
export function parseXml(text: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const append = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (typeof node === 'string') {
      if (node.trim()) throw new XmlError('Text outside the root element', at);
    } else if (root) throw new XmlError('A document has only one root element', at);
    else root = node;
  };

  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const end = lt < 0 ? text.length : lt;
    if (end > at) {
      const raw = text.slice(at, end);
      if (raw.includes(']]>')) throw new XmlError('"]]>" is not allowed in text', at);
      append(decodeEntities(raw, at));
    }
    if (lt < 0) break;
    at = lt;
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      if (close < 0) throw new XmlError('Unclosed comment', at);
      at = close + 3;
    } else if (text.startsWith('<![CDATA[', at)) {
      const close = text.indexOf(']]>', at + 9);
      if (close < 0) throw new XmlError('Unclosed CDATA section', at);
      if (!stack.length) throw new XmlError('CDATA outside the root element', at);
      append(text.slice(at + 9, close));
      at = close + 3;
    } else if (text.startsWith('<?', at)) {
      const close = text.indexOf('?>', at + 2);
      if (close < 0) throw new XmlError('Unclosed processing instruction', at);
      at = close + 2;
    } else if (text.startsWith('<!', at)) {
      throw new XmlError('DOCTYPE and entity declarations are not accepted', at);
    } else if (text.startsWith('</', at)) {
      const close = text.indexOf('>', at);
      if (close < 0) throw new XmlError('Unclosed end tag', at);
      const qname = text.slice(at + 2, close).trim();
      const open = stack.pop();
      if (!open) throw new XmlError(`End tag </${qname}> without a start tag`, at);
      if (open.qname !== qname) throw new XmlError(`End tag </${qname}> does not match <${open.qname}>`, at);
      at = close + 1;
    } else {
      const close = findTagEnd(text, at);
      const selfClosing = text[close - 1] === '/';
      const inner = text.slice(at + 1, selfClosing ? close - 1 : close);
      const nameEnd = inner.search(/[\s]|$/);
      const qname = inner.slice(0, nameEnd);
      if (!NAME.test(qname)) throw new XmlError(`Bad element name "${qname}"`, at);
      const element: XmlElement = {
        name: localName(qname),
        qname,
        attrs: parseAttributes(inner.slice(nameEnd), at + 1 + nameEnd),
        children: [],
      };
      append(element);
      if (!selfClosing) {
        if (stack.length >= MAX_DEPTH) throw new XmlError('Elements are nested too deeply', at);
        stack.push(element);
      }
      at = close + 1;
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) throw new XmlError(`Element <${unclosed.qname}> is never closed`, text.length);
  if (!root) throw new XmlError('No root element', 0);
  return root;
}

/** The index of the ">" closing a start tag, skipping quoted attribute values. */
function findTagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
    else if (c === '<') throw new XmlError('"<" inside a tag', i);
  }
  throw new XmlError('Unclosed start tag', from);
}

/** The child elements of el, optionally only those with the given local name. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** The first child element with the given local name. */
export function firstChild(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** Follows a path of local names through first children: path(rPr, 'rStyle'). */
export function descend(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = el;
  for (const name of names) at = firstChild(at, name);
  return at;
}

/**
 * Code units XML 1.0 allows nowhere, not even as references: C0 controls but tab, line feed and
 * carriage return; U+FFFE and U+FFFF; surrogates without their pair. Scraped text holds them, and
 * one in a Word file makes it unreadable ("source file could not be loaded").
 */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every forbidden code unit replaced by U+FFFD: one for one, so offsets into it hold. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD');
}

/** Every string of a value (a Declaration, a comparison) made XML-safe, for writers that escape only markup. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => xmlSafeDeep(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafeDeep(v)])) as T;
  return value;
}

/** Escapes text for element content or a double-quoted attribute value, dropping what XML cannot carry. */
export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
