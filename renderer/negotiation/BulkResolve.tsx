/**
 * Bulk resolution in the negotiation panel: keep alternative N of every bracket in a section, or
 * accept or drop every proposal of one delegation. Says beforehand how many brackets it resolves
 * and leaves open; one Ctrl+Z undoes it all, and each resolution is in the log.
 */
import { useMemo, useState } from 'react';
import type { Command, EditorState } from 'prosemirror-state';
import type { BulkPlan, BulkRule } from '../../shared/negotiation/bulk';
import { bulkPlanOf, resolveInBulk } from '../editor/bulk-commands';
import { NO_SECTION } from './panel-data';

interface BulkResolveProps {
  state: EditorState;
  /** The sections with brackets open and the delegations named on them. */
  sections: readonly string[];
  parties: readonly string[];
  by: string;
  /** Runs a command; shows `failure` when it declines, `success` when it ran. */
  run(command: Command, failure: string, success?: string): void;
}

/** "12 to resolve, 2 left open": what a bulk action would do. */
function preview(plan: BulkPlan): string {
  return `${plan.choices.length} to resolve${plan.skipped.length > 0 ? `, ${plan.skipped.length} left open` : ''}`;
}

/** The "Resolve in bulk" section. */
export function BulkResolve({ state, sections, parties, by, run }: BulkResolveProps) {
  const [section, setSection] = useState(sections[0] ?? NO_SECTION);
  const [alternative, setAlternative] = useState(1);
  const [party, setParty] = useState(parties[0] ?? '');
  const chosenSection = sections.includes(section) ? section : (sections[0] ?? NO_SECTION);
  const chosenParty = parties.includes(party) ? party : (parties[0] ?? '');
  // One plan per rule and document, not one per render and button: each reads every bracket.
  const actions = useMemo(() => {
    const action = (rule: BulkRule, what: string) => ({ rule, what, plan: bulkPlanOf(state.doc, rule) });
    return {
      section: action({ kind: 'alternative', section: chosenSection === NO_SECTION ? undefined : chosenSection, alternative: alternative - 1 }, `Alternative ${alternative} kept in “${chosenSection}”`),
      accept: action({ kind: 'delegation', party: chosenParty, action: 'accept' }, `Proposals of ${chosenParty} accepted`),
      drop: action({ kind: 'delegation', party: chosenParty, action: 'drop' }, `Proposals of ${chosenParty} dropped`),
    };
  }, [state.doc, chosenSection, alternative, chosenParty]);
  const resolve = ({ rule, what, plan }: { rule: BulkRule; what: string; plan: BulkPlan }) => {
    const left = plan.skipped.length > 0 ? `, ${plan.skipped.length} left open (${plan.skipped.map((s) => s.reason).filter((r, i, all) => all.indexOf(r) === i).join('; ')})` : '';
    run(
      resolveInBulk(rule, by),
      by.trim() === '' ? 'Say who resolves them first (the “Resolved by” field).' : 'No open bracket fits; nothing was resolved.',
      `${what}: ${plan.choices.length} resolved${left}. Ctrl+Z in the draft undoes it.`,
    );
  };
  if (sections.length === 0) return null;
  return (
    <section className="ng-bulk" aria-label="Resolve in bulk">
      <h3>Resolve in bulk</h3>
      <div className="ng-actions">
        <label className="ng-field">
          Section
          <select value={chosenSection} onChange={(e) => setSection(e.target.value)}>
            {sections.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="ng-field ng-narrow">
          Alternative
          <input type="number" min={1} max={20} value={alternative} onChange={(e) => setAlternative(Math.max(1, Math.min(20, Number(e.target.value) || 1)))} />
        </label>
        <button onClick={() => resolve(actions.section)} title={preview(actions.section.plan)}>
          Keep alternative {alternative} in the section
        </button>
      </div>
      <p className="ng-hint">{preview(actions.section.plan)}</p>
      {parties.length > 0 && (
        <div className="ng-actions">
          <label className="ng-field">
            Delegation
            <select value={chosenParty} onChange={(e) => setParty(e.target.value)}>
              {parties.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <button onClick={() => resolve(actions.accept)} title={preview(actions.accept.plan)}>
            Accept all of {chosenParty}
          </button>
          <button onClick={() => resolve(actions.drop)} title={preview(actions.drop.plan)}>
            Drop all of {chosenParty}
          </button>
        </div>
      )}
    </section>
  );
}
