/**
 * The Delegations section of the negotiation panel: the parties of the draft with their formal
 * names and groups (the draft's own list, saved with it, and the names it uses), a name written
 * two ways across attributions flagged with a one-click merge, and the parties block written from
 * the list.
 */
import type { Command } from 'prosemirror-state';
import type { DelegationRow } from '../../shared/negotiation/delegations';
import { mergeSpellings, removeDelegation, saveDelegation, writePartiesBlock } from '../editor/delegation-commands';
import type { DelegationsSummary } from './delegations-data';

interface DelegationsSectionProps {
  summary: DelegationsSummary;
  run(command: Command, failure: string): void;
}

const SOURCE_WORDS: Record<DelegationRow['sources'][number], string> = { attribution: 'attributions', author: 'author', 'parties block': 'parties block' };

/** The "Delegations" section. */
export function DelegationsSection({ summary, run }: DelegationsSectionProps) {
  const save = (row: DelegationRow, change: Partial<DelegationRow>) => {
    const next = { ...row, ...change };
    run(saveDelegation({ name: next.name, ...(next.formal ? { formal: next.formal } : {}), ...(next.group ? { group: true } : {}), aliases: next.aliases, groups: next.groups }), 'This delegation cannot be saved: a name or group is at most 200 characters, a formal name at most 300, with at most 50 groups; a draft lists at most 500 delegations.');
  };
  return (
    <section className="ng-delegations" aria-label="Delegations">
      <h3>Delegations</h3>
      {summary.variants.map((v) => (
        <p key={v.name} className="ng-variant" role="note">
          <span>
            Written {v.spellings.length} ways: {v.spellings.map((s) => `“${s.written}” (${s.count})`).join(', ')}
          </span>
          <button onClick={() => run(mergeSpellings(v), 'These spellings are no longer in the attributions.')}>Merge as “{v.name}”</button>
        </p>
      ))}
      {summary.rows.length === 0 ? (
        <p className="ng-hint">No delegation is named yet: attribute an alternative, or add the parties block.</p>
      ) : (
        <ul className="ng-dlist">
          {summary.rows.map((row) => (
            <li key={row.name} className={row.listed ? 'ng-listed' : 'ng-found'}>
              <div className="ng-dhead">
                <strong title={row.listed ? 'In the draft’s list' : `Found in: ${row.sources.map((s) => SOURCE_WORDS[s]).join(', ')}`}>{row.name}</strong>
                {row.group && <span className="ng-tag">group</span>}
                {!row.listed && <span className="ng-since">found in {row.sources.map((s) => SOURCE_WORDS[s]).join(', ')}</span>}
                {row.open > 0 && <span className="ng-count" title="Open brackets naming it">{row.open}</span>}
                {row.listed ? (
                  <button onClick={() => run(removeDelegation(row.name), 'This delegation is not in the list.')} aria-label={`Remove ${row.name} from the list`}>
                    Remove
                  </button>
                ) : (
                  <button onClick={() => save(row, {})} aria-label={`Add ${row.name} to the list`}>
                    Add
                  </button>
                )}
              </div>
              <input aria-label={`Formal name of ${row.name}`} placeholder="Formal name" defaultValue={row.formal ?? ''} key={`f:${row.name}:${row.formal ?? ''}`} onBlur={(e) => e.target.value !== (row.formal ?? '') && save(row, { formal: e.target.value.trim() })} />
              <input
                aria-label={`Groups of ${row.name}`}
                placeholder="Groups (G77 and China, AOSIS …)"
                defaultValue={row.groups.join(', ')}
                key={`g:${row.name}:${row.groups.join()}`}
                onBlur={(e) => e.target.value !== row.groups.join(', ') && save(row, { groups: e.target.value.split(',').map((g) => g.trim()).filter(Boolean) })}
              />
            </li>
          ))}
        </ul>
      )}
      <button onClick={() => run(writePartiesBlock, 'Add a State or organisation to the list first (groups are not parties).')}>Write the parties block from the list</button>
    </section>
  );
}
