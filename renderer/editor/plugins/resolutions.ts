/**
 * Where each logged resolution stands now. A ResolutionRecord keeps the text offset it was made
 * at, which typing elsewhere makes stale; this plugin keeps, for every record in the log, a
 * document position mapped through every transaction, so that a resolution can be undone from
 * the panel long after it was made, wherever the text around it has moved.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import type { ResolutionRecord } from '../../../shared/negotiation/model';
import { mappedOffset } from '../../../shared/negotiation/resolve';
import { draftText } from '../draft-text';
import { negotiationOf } from '../negotiation-attr';

/** The log's records and, index for index, the document position where each one's edit starts. */
export interface ResolutionsState {
  records: readonly ResolutionRecord[];
  anchors: readonly number[];
}

/** Key of the resolutions plugin. */
export const resolutionsKey = new PluginKey<ResolutionsState>('resolutions');

/**
 * Anchors read from the records' own offsets. Each offset holds as of its resolution; the later
 * resolutions move it (mappedOffset). Typing between them is not in the log, so a draft reopened
 * after such typing may anchor a record off its place: undo then refuses rather than guess.
 */
function anchorsFromOffsets(doc: Node, records: readonly ResolutionRecord[], known: ReadonlyMap<ResolutionRecord, number>): number[] {
  let text: ReturnType<typeof draftText> | undefined;
  return records.map((record, i) => {
    const kept = known.get(record);
    if (kept !== undefined) return kept;
    text ??= draftText(doc);
    try {
      return text.posAt(mappedOffset(record, records.slice(i + 1)));
    } catch {
      return text.posAt(record.edit.at);
    }
  });
}

/** The resolutions plugin. */
export function resolutions(): Plugin<ResolutionsState> {
  return new Plugin<ResolutionsState>({
    key: resolutionsKey,
    state: {
      init: (_, state) => {
        const records = negotiationOf(state.doc).records;
        return { records, anchors: anchorsFromOffsets(state.doc, records, new Map()) };
      },
      apply: (tr, old) => {
        if (!tr.docChanged) return old;
        const records = negotiationOf(tr.doc).records;
        const mapped = old.anchors.map((a) => tr.mapping.map(a, 1));
        if (records === old.records) return { records, anchors: mapped };
        const known = new Map(old.records.map((r, i) => [r, mapped[i] ?? 0]));
        return { records, anchors: anchorsFromOffsets(tr.doc, records, known) };
      },
    },
  });
}
