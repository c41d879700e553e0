/**
 * The negotiation panel beside a draft: what is open (by section, by delegation, the oldest),
 * a chart of open brackets over the versions, the bracket at the cursor with its resolve,
 * attribute and note actions, bulk resolution, the delegations, who proposed what, and the
 * resolution log with undo.
 *
 * It follows the editor's snapshots (sent once typing pauses), so a keystroke costs it nothing;
 * its actions are commands the editor runs.
 *
 *   <NegotiationPanel state={snapshot.state} run={(c) => editorRef.current?.run(c) ?? false}
 *     versions={draft.versions} parties={partyNames} onJump={(from, to) => editorRef.current?.select(from, to)} />
 */
import { useMemo, useState } from 'react';
import type { EditorState } from 'prosemirror-state';
import { bracketAt } from '../editor/draft-brackets';
import { negotiationOf } from '../editor/negotiation-attr';
import { addAlternative, attributeAlternative, bracketSelection, resolveBracketAt, setBracketNote, undoResolutionAt } from '../editor/negotiation-commands';
import type { Command } from 'prosemirror-state';
import { oldestRows, summarizeDraft, trend, versionTexts } from './panel-data';
import type { OpenRow, PanelVersion } from './panel-data';
import { TrendChart } from './TrendChart';
import { BulkResolve } from './BulkResolve';
import { DelegationsSection } from './DelegationsSection';
import { reportOf, summarizeDelegations } from './delegations-data';
import { ReportSection } from './ReportSection';
import { readChoice, writeChoice } from '../stored-choice';
import './negotiation.css';

/** Props of the negotiation panel. */
export interface NegotiationPanelProps {
  /** The drafting editor's state as of its last snapshot (null while it mounts). */
  state: EditorState | null;
  /** Runs a command in the editor; false when it does not apply. */
  run(command: Command): boolean;
  /** The draft's named versions, oldest first. */
  versions: readonly PanelVersion[];
  /** Delegations to offer when attributing, besides those the draft's log already lists. */
  parties?: readonly string[];
  /** Selects and scrolls to a bracket in the editor. */
  onJump(from: number, to: number): void;
}

const OLDEST = 5;
const BY_KEY = 'concord.negotiation.by';

const rememberedBy = (): string => readChoice(BY_KEY) ?? '';

/** The negotiation panel. */
export function NegotiationPanel({ state, run: runInEditor, versions, parties = [], onJump }: NegotiationPanelProps) {
  const [by, setBy] = useState(rememberedBy);
  const [attribution, setAttribution] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const texts = useMemo(() => versionTexts(versions), [versions]);
  const doc = state?.doc;
  const summary = useMemo(() => (doc ? summarizeDraft(doc) : null), [doc]);
  const points = useMemo(() => (doc ? trend(texts, doc) : []), [texts, doc]);
  const oldest = useMemo(() => (doc && summary ? oldestRows(texts, doc, summary.rows, OLDEST) : []), [texts, doc, summary]);
  const delegations = useMemo(() => (doc ? summarizeDelegations(doc) : null), [doc]);
  const report = useMemo(() => (doc ? reportOf(doc) : null), [doc]);
  if (!state || !summary || !delegations || !report) return <div className="ng-panel ng-empty">Open a draft to see its brackets.</div>;

  const here = bracketAt(state);
  const known = [...new Set([...negotiationOf(state.doc).parties, ...parties])];
  const run = (command: Command, failure: string, success?: string) => setMessage(runInEditor(command) ? (success ?? null) : failure);
  const jump = (row: OpenRow) => onJump(row.from, row.to);
  const saveBy = (value: string) => {
    setBy(value);
    writeChoice(BY_KEY, value);
  };
  const resolve = (choice: Parameters<typeof resolveBracketAt>[0]) =>
    run(resolveBracketAt(choice, by), by.trim() === '' ? 'Say who resolves it first (the “Resolved by” field).' : 'This bracket cannot be resolved that way; read its alternatives and try again.');

  return (
    <div className="ng-panel" aria-label="Negotiation">
      <section className="ng-totals" aria-label="Open brackets">
        <div className="ng-total">
          <strong data-testid="ng-open">{summary.total.open.toLocaleString('en')}</strong> open
        </div>
        <div className="ng-facts">
          {summary.total.alternatives} alternatives · {summary.total.nested} nested · {summary.total.optionSets} option {summary.total.optionSets === 1 ? 'set' : 'sets'} · {summary.total.unattributed} unattributed
          {summary.total.unbalanced > 0 && <span className="ng-warn"> · {summary.total.unbalanced} do not pair up</span>}
        </div>
        <TrendChart points={points} />
      </section>

      <section className="ng-cursor" aria-label="Bracket at the cursor">
        <h3>At the cursor</h3>
        <label className="ng-field">
          Resolved by <input value={by} onChange={(e) => saveBy(e.target.value)} placeholder="Chair, plenary, a delegation" />
        </label>
        {here ? (
          <>
            <p className="ng-here">{here.read.text.text.slice(here.bracket.span.start, here.bracket.span.end)}</p>
            <div className="ng-actions">
              {here.bracket.alternatives.map((a, i) => (
                <button key={i} onClick={() => resolve({ kind: 'chose', alternative: i })} title={a.text}>
                  Choose {i + 1}
                  {a.parties.length > 0 ? ` (${a.parties.join(', ')})` : ''}
                </button>
              ))}
              {here.bracket.alternatives.length === 1 && <button onClick={() => resolve({ kind: 'kept' })}>Keep text</button>}
              <button onClick={() => resolve({ kind: 'deleted' })}>Delete</button>
            </div>
            {here.bracket.kind === 'inline' && (
              <div className="ng-edit">
                <button onClick={() => run(addAlternative, 'Put the cursor in a bracket to add an alternative.')}>Add alternative</button>
                <label className="ng-field">
                  Attribute alternative {here.alternative + 1} to
                  <input list="ng-parties" value={attribution} onChange={(e) => setAttribution(e.target.value)} placeholder="EU, G77" />
                </label>
                <datalist id="ng-parties">
                  {known.map((p) => (
                    <option key={p} value={p} />
                  ))}
                </datalist>
                <button onClick={() => run(attributeAlternative(attribution.split(',').map((p) => p.trim())), 'Only a bracketed alternative can be attributed (not a “shall/should” part).')}>Attribute</button>
                <label className="ng-field">
                  Note <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Chair's note" />
                </label>
                <button onClick={() => run(setBracketNote(note), 'Write a note first.')}>Set note</button>
              </div>
            )}
          </>
        ) : (
          <p className="ng-hint">
            Put the cursor in a bracket to resolve it, or select words and{' '}
            <button className="link" onClick={() => run(bracketSelection, 'Select words within one paragraph to bracket them.')}>
              bracket them
            </button>{' '}
            (Ctrl+[).
          </p>
        )}
        {message && (
          <p className="ng-message" role="status">
            {message}
          </p>
        )}
      </section>

      <BulkResolve state={state} sections={summary.sections.map((s) => s.section)} parties={summary.parties.map((p) => p.party)} by={by} run={run} />

      <ReportSection report={report} onJump={(pos) => onJump(pos, pos)} />

      <DelegationsSection summary={delegations} run={run} />

      <section aria-label="Oldest open brackets">
        <h3>Oldest open</h3>
        <RowList rows={oldest} onJump={jump} showSince />
      </section>

      <section aria-label="Open brackets by section">
        <h3>By section</h3>
        {summary.sections.length === 0 && <p className="ng-hint">No brackets open.</p>}
        {summary.sections.map((s) => (
          <details key={s.section} open={summary.sections.length <= 6}>
            <summary>
              {s.section} <span className="ng-count">{s.rows.length}</span>
            </summary>
            <RowList rows={s.rows} onJump={jump} />
          </details>
        ))}
      </section>

      <section aria-label="Open brackets by delegation">
        <h3>By delegation</h3>
        {summary.parties.length === 0 ? (
          <p className="ng-hint">No alternative is attributed yet.</p>
        ) : (
          <ul className="ng-parties">
            {summary.parties.map((p) => (
              <li key={p.party}>
                {p.party} <span className="ng-count">{p.open}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {summary.problems.length > 0 && (
        <section aria-label="Brackets that do not pair up">
          <h3>Do not pair up</h3>
          <ul className="ng-rows">
            {summary.problems.map((p) => (
              <li key={p.from}>
                <button className="ng-row ng-warn" onClick={() => onJump(p.from, p.from + 1)}>
                  {p.message}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-label="Resolved brackets">
        <h3>Resolved</h3>
        {summary.resolved.length === 0 && <p className="ng-hint">Nothing resolved yet.</p>}
        <ul className="ng-rows">
          {summary.resolved.map((r) => (
            <li key={r.index} className="ng-resolved">
              <span>
                <span className="ng-excerpt">{r.bracket}</span> — {r.resolution.kind === 'chose' ? `alternative ${(r.resolution.alternative ?? 0) + 1} chosen` : r.resolution.kind === 'kept' ? 'text kept' : 'deleted'} by {r.resolution.by},{' '}
                {new Date(r.resolution.at).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short' })}
              </span>
              <button onClick={() => run(undoResolutionAt(r.index), 'The text where this was resolved has been edited since; undo it by hand.')}>Undo</button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function RowList({ rows, onJump, showSince = false }: { rows: readonly OpenRow[]; onJump(row: OpenRow): void; showSince?: boolean }) {
  if (rows.length === 0) return <p className="ng-hint">No brackets open.</p>;
  return (
    <ul className="ng-rows">
      {rows.map((row) => (
        <li key={row.id}>
          <button className="ng-row" onClick={() => onJump(row)} title="Go to this bracket">
            <span className="ng-excerpt">{row.excerpt}</span>
            {row.parties.length > 0 && <span className="ng-chips">{row.parties.join(', ')}</span>}
            {showSince && row.since !== undefined && <span className="ng-since">since {row.since.slice(0, 10)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
