/**
 * The paragraph styles of a Word document, flattened along their `basedOn` chains: what the
 * reader needs to tell a heading, a title or a numbered paragraph from body text.
 */
import { descend, childElements, firstChild, type XmlElement } from './xml';
import { listLevel } from './docx-numbering';

/** What a paragraph style contributes to its paragraphs. */
export interface ParagraphStyle {
  id: string;
  name: string;
  /** 1-based heading level, from the name ("Heading 2") or the outline level. */
  headingLevel?: number;
  /** List numbering the style itself applies. */
  numId?: string;
  ilvl?: number;
  alignment?: string;
}

/** Reads styles.xml (absent: no styles). Lookups by style id. */
export function readStyles(root: XmlElement | undefined): Map<string, ParagraphStyle> {
  const raw = new Map<string, { style: ParagraphStyle; basedOn?: string }>();
  for (const el of root ? childElements(root, 'style') : []) {
    if ((el.attrs['type'] ?? 'paragraph') !== 'paragraph') continue;
    const id = el.attrs['styleId'] ?? '';
    const name = firstChild(el, 'name')?.attrs['val'] ?? id;
    const pPr = firstChild(el, 'pPr');
    const numPr = firstChild(pPr, 'numPr');
    const outline = descend(pPr, 'outlineLvl')?.attrs['val'];
    const named = /^heading\s*(\d)$/i.exec(name) ?? /^Heading(\d)$/.exec(id);
    const style: ParagraphStyle = { id, name };
    if (named) style.headingLevel = Number(named[1]);
    else if (outline !== undefined && Number(outline) < 9) style.headingLevel = Number(outline) + 1;
    const numId = descend(numPr, 'numId')?.attrs['val'];
    if (numId !== undefined) style.numId = numId;
    const ilvl = descend(numPr, 'ilvl')?.attrs['val'];
    if (ilvl !== undefined) style.ilvl = listLevel(ilvl);
    const jc = descend(pPr, 'jc')?.attrs['val'];
    if (jc !== undefined) style.alignment = jc;
    const basedOn = firstChild(el, 'basedOn')?.attrs['val'];
    raw.set(id, basedOn === undefined ? { style } : { style, basedOn });
  }

  const resolved = new Map<string, ParagraphStyle>();
  const resolve = (id: string, seen: Set<string>): ParagraphStyle | undefined => {
    const done = resolved.get(id);
    if (done) return done;
    const entry = raw.get(id);
    if (!entry || seen.has(id)) return undefined; // a basedOn cycle ends here
    seen.add(id);
    const parent = entry.basedOn === undefined ? undefined : resolve(entry.basedOn, seen);
    const merged: ParagraphStyle = { ...parent, ...entry.style };
    resolved.set(id, merged);
    return merged;
  };
  for (const id of raw.keys()) resolve(id, new Set());
  return resolved;
}
