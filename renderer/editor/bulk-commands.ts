/**
 * Bulk resolution in the editor: the engine's plan (shared/negotiation/bulk.ts) applied in one
 * transaction, so one Mod-Z undoes all of it, with every resolution appended to the log as if
 * made one by one (each can still be undone alone from the panel).
 */
import type { Command } from 'prosemirror-state';
import { applyBulk, planBulk } from '../../shared/negotiation/bulk';
import type { BulkPlan, BulkRule } from '../../shared/negotiation/bulk';
import { parserParties } from '../../shared/negotiation/delegations';
import { readDraftBrackets } from './draft-brackets';
import { replaceDraftText } from './negotiation-commands';
import { negotiationOf, setNegotiation } from './negotiation-attr';

/** What a bulk resolution would do to the document, for the panel to show before it is made. */
export function bulkPlanOf(doc: Parameters<typeof readDraftBrackets>[0], rule: BulkRule): BulkPlan {
  return planBulk(readDraftBrackets(doc).parse, rule, parserParties(negotiationOf(doc)));
}

/** Resolves every bracket `rule` picks, by `by`; declines when it picks none. */
export function resolveInBulk(rule: BulkRule, by: string, at: () => string = () => new Date().toISOString()): Command {
  return (state, dispatch) => {
    const who = by.trim();
    const plan = bulkPlanOf(state.doc, rule);
    if (who === '' || plan.choices.length === 0) return false;
    if (dispatch) {
      const { text } = readDraftBrackets(state.doc);
      const result = applyBulk(negotiationOf(state.doc), text.text, plan, { at: at(), by: who });
      const tr = state.tr;
      // Last in the text first: the positions of the ones before stay where the draft's text put them.
      for (const r of result.records) replaceDraftText(tr, text, r.edit.at, r.edit.removed, r.edit.inserted);
      setNegotiation(tr, result.log);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
