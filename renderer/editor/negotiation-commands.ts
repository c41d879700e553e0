/**
 * Commands of negotiation mode. Brackets are edited as structure but stored as the genre writes
 * them, so every other part of Concord reads them from the text:
 * - a bracket is "[...]", an alternative a bracket touching it ("[X][Y]");
 * - an attribution given in the editor is written after its alternative as "[proposed by EU, US]"
 *   and a note after the bracket as "[Note: ...]", both conventions the engine reads back, so they
 *   survive export and comparison and go when the bracket is resolved;
 * - a resolution goes through the engine's resolveBracket on the draft's text, and its record
 *   (when, which alternative, by whom, the exact edit) is appended to the doc's `negotiation`
 *   attribute in the same transaction: Mod-Z undoes both, undoResolutionAt undoes any one later.
 */
import { TextSelection } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
import type { Negotiation } from '../../shared/negotiation/model';
import { logResolution, undoLogged } from '../../shared/negotiation/log';
import { canonicalParty } from '../../shared/negotiation/parties';
import { undoResolution } from '../../shared/negotiation/resolve';
import type { Choice } from '../../shared/negotiation/resolve';
import { bracketAt } from './draft-brackets';
import type { DraftText } from './draft-text';
import { draftText } from './draft-text';
import { negotiationOf, setNegotiation } from './negotiation-attr';
import { resolutionsKey } from './plugins/resolutions';
import { schema } from './schema';

const NOTE_OPENING = /\[\s*(?:[\p{L}'’]+\s+)?note\s*:/giu;

/**
 * Replaces [from, to) of the draft's text with `text`, in document terms: newlines split blocks,
 * and a deletion of whole lines removes their blocks rather than merging the next one into them.
 */
export function replaceDraftText(tr: Transaction, text: DraftText, at: number, removed: string, inserted: string): void {
  const from = text.posAt(at);
  const to = text.posAt(at + removed.length);
  const wholeLines = inserted === '' && removed.endsWith('\n') && (at === 0 || text.text[at - 1] === '\n');
  if (wholeLines) {
    tr.delete(from - 1, to - 1);
    return;
  }
  const [first = '', ...rest] = inserted.split('\n');
  if (first) tr.insertText(first, from, to);
  else if (to > from) tr.delete(from, to);
  let pos = from + first.length;
  for (const line of rest) {
    tr.split(pos);
    pos += 2;
    if (line) tr.insertText(line, pos);
    pos += line.length;
  }
}

/** Brackets the selection ("[selected]"), or puts an empty bracket at the cursor with the cursor inside. */
export const bracketSelection: Command = (state, dispatch) => {
  const { $from, $to, from, to } = state.selection;
  if (!$from.parent.isTextblock || !$from.sameParent($to)) return false;
  if (dispatch) {
    const tr = state.tr.insertText(']', to).insertText('[', from);
    const cursor = from === to ? from + 1 : to + 2;
    dispatch(tr.setSelection(TextSelection.create(tr.doc, cursor)).scrollIntoView());
  }
  return true;
};

/** Adds an empty alternative right after the bracket at the cursor ("[X]" → "[X][|]") and puts the cursor in it. */
export const addAlternative: Command = (state, dispatch) => {
  const at = bracketAt(state);
  if (!at || at.bracket.kind !== 'inline') return false;
  if (dispatch) {
    const pos = at.read.text.posAt(at.bracket.span.end);
    const tr = state.tr.insertText('[]', pos);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, pos + 1)).scrollIntoView());
  }
  return true;
};

/** The log with `parties` added to its list where new. */
function withParties(log: Negotiation, parties: readonly string[]): Negotiation {
  const added = parties.filter((p) => !log.parties.includes(p));
  return added.length === 0 ? log : { ...log, parties: [...log.parties, ...added] };
}

/**
 * Attributes the alternative at the cursor to `parties` (names from the draft's list or typed;
 * typed ones join the list). An empty list removes an attribution written after it. Only a
 * bracketed alternative can carry one: "[shall/should]" parts and option paragraphs cannot.
 */
export function attributeAlternative(parties: readonly string[]): Command {
  return (state, dispatch) => {
    const at = bracketAt(state);
    if (!at || at.bracket.kind !== 'inline') return false;
    const alternative = at.bracket.alternatives[at.alternative];
    const { text } = at.read;
    if (!alternative || text.text[alternative.span.start] !== '[' || text.text[alternative.span.end - 1] !== ']') return false;
    const log = negotiationOf(state.doc);
    const names = [...new Set(parties.map((p) => canonicalParty(p, log.parties)).filter((p) => p.length > 0))];
    const written = alternative.attribution;
    const replaceable = written?.source === 'after' && text.text[written.span.start] === '[' ? written.span : undefined;
    const stored = written?.source === 'data';
    if (names.length === 0 && !replaceable && !stored) return false;
    if (dispatch) {
      const tr = state.tr;
      const chip = names.length > 0 ? `[proposed by ${names.join(', ')}]` : '';
      if (stored) {
        // Proposers kept as data (a compilation's) change as data: the mark, never the words.
        const from = text.posAt(alternative.span.start);
        const to = text.posAt(alternative.span.end);
        tr.removeMark(from, to, schema.marks.attribution);
        if (names.length > 0) tr.addMark(from, to, schema.marks.attribution.create({ parties: names }));
      } else if (replaceable) {
        // Removing the chip takes the space before it too.
        const start = chip === '' && text.text[replaceable.start - 1] === ' ' ? replaceable.start - 1 : replaceable.start;
        replaceDraftText(tr, text, start, text.text.slice(start, replaceable.end), chip);
      } else {
        replaceDraftText(tr, text, alternative.span.end, '', ` ${chip}`);
      }
      const next = withParties(log, names);
      if (next !== log) setNegotiation(tr, next);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Sets the note of the bracket at the cursor ("[X] [Note: ...]"); an empty note removes it. */
export function setBracketNote(note: string): Command {
  return (state, dispatch) => {
    const at = bracketAt(state);
    if (!at || at.bracket.kind !== 'inline') return false;
    const { text } = at.read;
    const { span } = at.bracket;
    const lastAlternative = at.bracket.alternatives[at.bracket.alternatives.length - 1];
    const tail = text.text.slice(lastAlternative?.span.end ?? span.end, span.end);
    const opening = [...tail.matchAll(NOTE_OPENING)].pop();
    const clean = note.replace(/[[\]\n]/gu, ' ').trim();
    if (!opening && clean === '') return false;
    if (dispatch) {
      const tr = state.tr;
      const written = clean === '' ? '' : `[Note: ${clean}]`;
      if (opening) {
        const start = span.end - tail.length + (opening.index ?? 0);
        const close = text.text.indexOf(']', start);
        const from = written === '' && text.text[start - 1] === ' ' ? start - 1 : start;
        replaceDraftText(tr, text, from, text.text.slice(from, close + 1), written);
      } else {
        replaceDraftText(tr, text, span.end, '', ` ${written}`);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/**
 * Resolves the bracket at the cursor as `choice` says, by `by`, and logs it. `at` is the time
 * to record (now, by default). Declines when the engine refuses (keeping the text of a bracket
 * with several alternatives, an alternative that does not exist).
 */
export function resolveBracketAt(choice: Choice, by: string, at: () => string = () => new Date().toISOString()): Command {
  return (state, dispatch) => {
    const found = bracketAt(state);
    const who = by.trim();
    if (!found || who === '') return false;
    let result: ReturnType<typeof logResolution>;
    try {
      result = logResolution(negotiationOf(state.doc), found.read.text.text, found.bracket, choice, { at: at(), by: who });
    } catch {
      return false;
    }
    if (dispatch) {
      const { edit } = result.record;
      const tr = state.tr;
      replaceDraftText(tr, found.read.text, edit.at, edit.removed, edit.inserted);
      setNegotiation(tr, result.log);
      const cursor = Math.min(tr.mapping.map(found.read.text.posAt(edit.at), 1), tr.doc.content.size);
      dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(cursor))).scrollIntoView());
    }
    return true;
  };
}

/**
 * Undoes the logged resolution at `index` (the latest when omitted), wherever its text stands
 * now, and drops it from the log. Declines when that text has been edited since.
 */
export function undoResolutionAt(index?: number): Command {
  return (state, dispatch) => {
    const log = negotiationOf(state.doc);
    const i = index ?? log.records.length - 1;
    const record = log.records[i];
    const anchor = resolutionsKey.getState(state)?.anchors[i];
    if (!record || anchor === undefined) return false;
    const text = draftText(state.doc);
    const now = { ...record, edit: { ...record.edit, at: text.offsetAt(anchor) } };
    try {
      undoResolution(text.text, now, []);
    } catch {
      return false;
    }
    if (dispatch) {
      const tr = state.tr;
      replaceDraftText(tr, text, now.edit.at, now.edit.inserted, now.edit.removed);
      setNegotiation(tr, logWithout(log, text.text, i));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/**
 * The log without record `index`. The engine's undoLogged moves the later records' offsets, which
 * it can while their text is where they left it; past typing, the records simply drop out.
 */
function logWithout(log: Negotiation, text: string, index: number): Negotiation {
  try {
    return undoLogged(log, text, index).log;
  } catch {
    return { ...log, records: log.records.filter((_, j) => j !== index) };
  }
}
