/**
 * Commands of the Delegations section: the draft's list (saved in the negotiation log, so undo
 * and files carry it), a name written two ways merged into one spelling across the attributions
 * (one transaction), and the parties block written from the list's formal names.
 */
import type { Command } from 'prosemirror-state';
import { Negotiation, type Delegation } from '../../shared/negotiation/model';
import { mergeSpellingEdits, parserParties } from '../../shared/negotiation/delegations';
import type { SpellingVariants } from '../../shared/negotiation/delegations';
import { readDraftBrackets } from './draft-brackets';
import { replaceDraftText } from './negotiation-commands';
import { negotiationOf, setNegotiation } from './negotiation-attr';
import { schema } from './schema';

/**
 * Adds `delegation` to the draft's list, or replaces the entry of the same name; declines an entry
 * the log's schema refuses (a formal name past 300 characters, more than 50 groups, a 501st entry),
 * which the document would otherwise reject with an error instead of a message.
 */
export function saveDelegation(delegation: Delegation): Command {
  return (state, dispatch) => {
    const log = negotiationOf(state.doc);
    const others = log.delegations.filter((d) => d.name !== delegation.name);
    const at = log.delegations.findIndex((d) => d.name === delegation.name);
    const delegations = at === -1 ? [...others, delegation] : [...others.slice(0, at), delegation, ...others.slice(at)];
    const next = { ...log, delegations };
    if (!Negotiation.safeParse(next).success) return false;
    if (dispatch) dispatch(setNegotiation(state.tr, next));
    return true;
  };
}

/** Removes the delegation named `name` from the draft's list. */
export function removeDelegation(name: string): Command {
  return (state, dispatch) => {
    const log = negotiationOf(state.doc);
    if (!log.delegations.some((d) => d.name === name)) return false;
    if (dispatch) dispatch(setNegotiation(state.tr, { ...log, delegations: log.delegations.filter((d) => d.name !== name) }));
    return true;
  };
}

/** Writes every spelling of `variants` in the attributions as its one name; declines when there is nothing to rewrite. */
export function mergeSpellings(variants: SpellingVariants): Command {
  return (state, dispatch) => {
    const { text, parse } = readDraftBrackets(state.doc);
    const edits = mergeSpellingEdits(text.text, parse, variants, parserParties(negotiationOf(state.doc)));
    if (edits.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      // Last first, so the offsets of the ones before still hold.
      for (const e of edits) replaceDraftText(tr, text, e.at, e.removed, e.inserted);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Fills the parties block with the formal names of the draft's delegations (not its groups); adds the block at the end if there is none. */
export const writePartiesBlock: Command = (state, dispatch) => {
  const names = negotiationOf(state.doc).delegations.filter((d) => !d.group).map((d) => d.formal?.trim() || d.name);
  if (names.length === 0) return false;
  if (dispatch) {
    const block = schema.nodes.parties.create(null, names.map((n) => schema.nodes.party.create(null, schema.text(n))));
    let found: { pos: number; size: number } | undefined;
    state.doc.forEach((node, pos) => {
      if (!found && node.type === schema.nodes.parties) found = { pos, size: node.nodeSize };
    });
    const tr = found ? state.tr.replaceWith(found.pos, found.pos + found.size, block) : state.tr.insert(state.doc.content.size, block);
    dispatch(tr.scrollIntoView());
  }
  return true;
};
