/**
 * A draft (or one of its versions) as a side of a comparison: its text as it would read with
 * every suggestion accepted, and its suggestions and comments, which the comparison lists apart.
 */
import type { DocNode } from '../../shared/model';
import { docFromJSON, docToDeclaration } from '../editor/convert';
import { decidedDoc } from '../editor/review/decide';
import { reviewMarksOf } from '../editor/review/review-marks';
import type { PickedSource } from './ComparePicker';

export function comparedDraft(json: DocNode, title: string, id: string, label: string, related = false): PickedSource {
  const doc = docFromJSON(json);
  const marks = reviewMarksOf(doc);
  const text = marks?.suggestions.length ? decidedDoc(doc, true) : doc;
  return { source: { kind: 'declaration', declaration: docToDeclaration(text, { id, sourceName: title, title }) }, label, ...(related ? { related } : {}), marks };
}
