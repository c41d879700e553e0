/**
 * The review marks of the schema: suggested insertions, deletions and modifications (the
 * specs of @handlewithcare/prosemirror-suggest-changes, drawn in their author's colour) and
 * the `comment` mark anchoring a comment thread to words. Comments may overlap, so a comment
 * mark excludes nothing but itself with the same id.
 */
import { deletion, insertion, modification } from '@handlewithcare/prosemirror-suggest-changes';
import type { DOMOutputSpec, Mark, MarkSpec } from 'prosemirror-model';
import { decodeSuggestionId } from '../../../shared/review/suggestion-id';

/** DOM attributes naming the author and colour of a suggestion, for styling and the review list. */
function authorAttrs(mark: Mark): Record<string, string> {
  const origin = decodeSuggestionId(mark.attrs['id']);
  return { 'data-id': JSON.stringify(mark.attrs['id']), 'data-author': origin.author, style: `--cn-author: ${origin.color}`, title: origin.author ? `${origin.author}${origin.date ? ` · ${new Date(origin.date).toLocaleString('en-GB')}` : ''}` : '' };
}

function tracked(spec: MarkSpec, tag: 'ins' | 'del'): MarkSpec {
  return {
    ...spec,
    toDOM: (mark, inline): DOMOutputSpec => [tag, { ...authorAttrs(mark), class: `cn-${tag}`, 'data-inline': String(inline), ...(inline ? {} : { style: `display: block; --cn-author: ${decodeSuggestionId(mark.attrs['id']).color}` }) }, 0],
  };
}

export const reviewMarks = {
  insertion: tracked(insertion, 'ins'),
  deletion: tracked(deletion, 'del'),
  modification,
  comment: {
    attrs: { id: { validate: 'string' } },
    inclusive: false,
    excludes: '',
    parseDOM: [{ tag: 'span.cn-comment', getAttrs: (dom) => ({ id: dom.getAttribute('data-comment') ?? '' }) }],
    toDOM: (mark): DOMOutputSpec => ['span', { class: 'cn-comment', 'data-comment': String(mark.attrs['id']) }, 0],
  },
} satisfies Record<string, MarkSpec>;
