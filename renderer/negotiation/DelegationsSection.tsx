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
    run(saveDelegation({ name: next.name, ...(next.formal ? { formal: next.formal } : {}), ...(next.group ? { group: true } : {}), aliases: next.aliases, groups: next.groups }), 'This delegation cannot be saved.');
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
        <table className="ng-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Formal name</th>
              <th scope="col">Groups</th>
              <th scope="col">Open</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.rows.map((row) => (
              <tr key={row.name} className={row.listed ? 'ng-listed' : 'ng-found'}>
                <th scope="row" title={row.listed ? 'In the draft’s list' : `Found in: ${row.sources.map((s) => SOURCE_WORDS[s]).join(', ')}`}>
                  {row.name}
                  {row.group && <span className="ng-tag">group</span>}
                </th>
                <td>
                  <input aria-label={`Formal name of ${row.name}`} defaultValue={row.formal ?? ''} key={`${row.name}:${row.formal ?? ''}`} onBlur={(e) => e.target.value !== (row.formal ?? '') && save(row, { formal: e.target.value.trim() })} />
                </td>
                <td>
                  <input
                    aria-label={`Groups of ${row.name}`}
                    defaultValue={row.groups.join(', ')}
                    key={`${row.name}:${row.groups.join()}`}
                    onBlur={(e) => e.target.value !== row.groups.join(', ') && save(row, { groups: e.target.value.split(',').map((g) => g.trim()).filter(Boolean) })}
                  />
                </td>
                <td>{row.open}</td>
                <td>
                  {row.listed ? (
                    <button onClick={() => run(removeDelegation(row.name), 'This delegation is not in the list.')} aria-label={`Remove ${row.name} from the list`}>
                      Remove
                    </button>
                  ) : (
                    <button onClick={() => save(row, {})} aria-label={`Add ${row.name} to the list`}>
                      Add
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button onClick={() => run(writePartiesBlock, 'Add a State or organisation to the list first (groups are not parties).')}>Write the parties block from the list</button>
    </section>
  );
}
