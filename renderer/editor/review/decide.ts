/**
 * Accepting or rejecting the suggestions a test picks (by one author, in the selection) in one
 * walk of the document, as @handlewithcare/prosemirror-suggest-changes's applySuggestions does
 * for all of them: its per-id commands walk the whole document once per suggestion.
 * What is decided is what the library decides: accepting drops deleted words (one of two spaces
 * around them too) and keeps inserted ones; rejecting the reverse, and undoes block changes.
 */
import type { Mark, MarkType, Node, ResolvedPos } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { schema } from '../schema';

/** Which suggestions to decide, by the id their marks carry. */
export type SuggestionTest = (id: unknown) => boolean;

const picked = (type: MarkType, marks: readonly Mark[], test: SuggestionTest) => {
  const mark = type.isInSet(marks);
  return mark && test(mark.attrs['id']) ? mark : undefined;
};

/** Where a run of `type` marked with one id ends, across a paragraph break marked with it too (the library's findSuggestionMarkEnd). */
function runEnd($pos: ResolvedPos, type: MarkType): number {
  const first = ($pos.nodeAfter ?? $pos.nodeBefore)?.marks.find((m) => m.type === type);
  if (!first) return $pos.pos;
  let after = $pos.pos + ($pos.nodeAfter?.nodeSize ?? 0);
  for (;;) {
    const $after = $pos.doc.resolve(after);
    if ($after.depth < 1 || ($after.nodeAfter && !type.isInSet($after.marks()))) return $after.pos;
    let parentEnd = $after.after();
    let $parentEnd = $pos.doc.resolve(parentEnd);
    let next = $parentEnd.nodeAfter;
    while ($parentEnd.depth > 0 && !next) {
      parentEnd = $after.after($parentEnd.depth);
      $parentEnd = $pos.doc.resolve(parentEnd);
      next = $parentEnd.nodeAfter;
    }
    let cousinAt = parentEnd + 1;
    let cousin = next?.firstChild;
    while (cousin && !cousin.isLeaf && !type.isInSet(cousin.marks)) {
      cousin = cousin.firstChild;
      cousinAt++;
    }
    const mark = cousin?.marks.find((m) => m.type === type);
    if (!cousin || !mark || mark.attrs['id'] !== first.attrs['id']) return $after.pos;
    const $cousin = $pos.doc.resolve(cousinAt);
    after = $cousin.pos + ($cousin.nodeAfter?.nodeSize ?? 0);
  }
}

/** Steps on `tr` deciding the picked insertions and deletions; one walk of `tr.doc` as it was. */
function decideWords(tr: Transform, test: SuggestionTest, accept: boolean): void {
  const drop = accept ? schema.marks.deletion : schema.marks.insertion;
  const keep = accept ? schema.marks.insertion : schema.marks.deletion;
  tr.doc.descendants((child, pos) => {
    if (picked(drop, child.marks, test)) {
      const { pos: from, deleted } = tr.mapping.mapResult(pos);
      if (deleted) return false;
      const to = runEnd(tr.doc.resolve(from + child.nodeSize), drop);
      const before = tr.doc.textBetween(from - 1, from, 'x', 'x');
      const after = to <= tr.doc.content.size ? tr.doc.textBetween(to, to + 1, 'x', 'x') : '';
      tr.deleteRange(from, to + (before === ' ' && after === ' ' ? 1 : 0));
      return false;
    }
    const kept = picked(keep, child.marks, test);
    if (!kept) return true;
    const from = tr.mapping.map(pos);
    if (!child.isInline) tr.removeNodeMark(from, kept);
    else if (child.text === '\u200b') tr.delete(from, from + child.nodeSize);
    else tr.removeMark(from, from + child.nodeSize, kept);
    return true;
  });
}

/** Steps on `tr` deciding the picked block changes (a change of kind, of an attribute); rejecting restores what was. */
function decideModifications(tr: Transform, test: SuggestionTest, accept: boolean): void {
  const type = schema.marks.modification;
  tr.doc.descendants((node, pos) => {
    const mods = node.marks.filter((m) => m.type === type && test(m.attrs['id']));
    if (!mods.length) return true;
    for (const mod of mods) tr.removeNodeMark(pos, mod);
    if (accept) return true;
    for (const mod of mods) {
      const previous = mod.attrs['previousValue'] as unknown;
      if (mod.attrs['type'] === 'attr' && typeof mod.attrs['attrName'] === 'string') tr.setNodeAttribute(pos, mod.attrs['attrName'], previous);
      else if (mod.attrs['type'] === 'nodeType' && typeof previous === 'string' && schema.nodes[previous]) tr.setNodeMarkup(pos, schema.nodes[previous], null);
    }
    return true;
  });
}

/** Adds to `tr` the steps that accept (or reject) every suggestion `test` picks. */
export function decideInto(tr: Transform, test: SuggestionTest, accept: boolean): Transform {
  decideWords(tr, test, accept);
  decideModifications(tr, test, accept);
  return tr;
}

/** `doc` as it reads with every suggestion accepted (or rejected): what the status bar's view shows. */
export function decidedDoc(doc: Node, accept: boolean): Node {
  return decideInto(new Transform(doc), () => true, accept).doc;
}
