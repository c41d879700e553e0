/**
 * Bulk resolution in the negotiation panel: keep alternative N of every bracket in a section, or
 * accept or drop every proposal of one delegation. Says beforehand how many brackets it resolves
 * and leaves open; one Ctrl+Z undoes it all, and each resolution is in the log.
 */
import { useState } from 'react';
import type { Command, EditorState } from 'prosemirror-state';
import type { BulkRule } from '../../shared/negotiation/bulk';
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

/** The "Resolve in bulk" section. */
export function BulkResolve({ state, sections, parties, by, run }: BulkResolveProps) {
  const [section, setSection] = useState(sections[0] ?? NO_SECTION);
  const [alternative, setAlternative] = useState(1);
  const [party, setParty] = useState(parties[0] ?? '');
  const chosenSection = sections.includes(section) ? section : (sections[0] ?? NO_SECTION);
  const chosenParty = parties.includes(party) ? party : (parties[0] ?? '');
  const sectionRule: BulkRule = { kind: 'alternative', section: chosenSection === NO_SECTION ? undefined : chosenSection, alternative: alternative - 1 };
  const preview = (rule: BulkRule) => {
    const plan = bulkPlanOf(state.doc, rule);
    return `${plan.choices.length} to resolve${plan.skipped.length > 0 ? `, ${plan.skipped.length} left open` : ''}`;
  };
  const resolve = (rule: BulkRule, what: string) => {
    const plan = bulkPlanOf(state.doc, rule);
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
        <button onClick={() => resolve(sectionRule, `Alternative ${alternative} kept in “${chosenSection}”`)} title={preview(sectionRule)}>
          Keep alternative {alternative} in the section
        </button>
      </div>
      <p className="ng-hint">{preview(sectionRule)}</p>
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
          <button onClick={() => resolve({ kind: 'delegation', party: chosenParty, action: 'accept' }, `Proposals of ${chosenParty} accepted`)} title={preview({ kind: 'delegation', party: chosenParty, action: 'accept' })}>
            Accept all of {chosenParty}
          </button>
          <button onClick={() => resolve({ kind: 'delegation', party: chosenParty, action: 'drop' }, `Proposals of ${chosenParty} dropped`)} title={preview({ kind: 'delegation', party: chosenParty, action: 'drop' })}>
            Drop all of {chosenParty}
          </button>
        </div>
      )}
    </section>
  );
}
