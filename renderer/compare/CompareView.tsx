/**
 * The comparison screen: runs the comparison of two sources, and shows it side by side or as
 * an inline redline, with the summary, the change list, change-by-change stepping (F8 /
 * Shift+F8) and exports. The parent chooses what to compare and mounts this in a box of
 * definite height; the sources should keep their identity between renders (a new object
 * compares again).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { CompareSource } from '../../shared/api';
import type { Comparison, IgnoreOptions } from '../../shared/diff/schemas';
import { NO_IGNORE } from '../../shared/diff/normalize';
import { call } from '../api';
import { ChangeList } from './ChangeList';
import { CompareToolbar } from './CompareToolbar';
import type { CompareExportFormat, CompareMode } from './CompareToolbar';
import { downloadFile } from '../download';
import { ChangeBar } from './ChangeBar';
import { CHANGE_FILTERS, filterCounts, passes } from './filter';
import type { ChangeFilter } from './filter';
import { flashChangedWords } from './flash';
import { changeStops, highlightedRows, stepStop, stopOfRow } from './navigation';
import { Redline } from './Redline';
import { SideBySide } from './SideBySide';
import { SummaryPanel } from './SummaryPanel';
import { useComparison } from './useComparison';
import type { ScrollRequest } from './VirtualList';
import { ReviewMarksPanel } from './ReviewMarksPanel';
import type { ReviewMarks } from '../editor/review/review-marks';
import './compare.css';

/** Props of the comparison screen. */
export interface CompareViewProps {
  /** The old text. */
  a: CompareSource;
  /** The new text. */
  b: CompareSource;
  aLabel: string;
  bLabel: string;
  onClose(): void;
  /**
   * The reviewer's name for the Word redline's tracked changes, from settings (asked once when
   * there is none); null when the user declines, and the export then does not go ahead.
   */
  reviewer?(): Promise<string | null>;
  /** Switches on from the start: a draft against its own template or versions ignores computed renumbering. */
  initialIgnore?: Partial<IgnoreOptions>;
  /** Whether the app's sidebar is hidden for a full-width comparison; with the toggle, the parent keeps the choice. */
  fullWidth?: boolean;
  onFullWidth?(full: boolean): void;
  /** The suggestions and comments the compared drafts carry, listed apart from the differences. */
  aMarks?: ReviewMarks | null;
  bMarks?: ReviewMarks | null;
}

/** The comparison screen. */
export function CompareView({ a, b, aLabel, bLabel, onClose, reviewer, initialIgnore, fullWidth, onFullWidth, aMarks, bMarks }: CompareViewProps) {
  const [ignore, setIgnore] = useState<IgnoreOptions>(() => ({ ...NO_IGNORE, ...initialIgnore }));
  const [mode, setMode] = useState<CompareMode>('side-by-side');
  // Swapping sides compares the same two texts the other way round: what was added is now deleted.
  const [swapped, setSwapped] = useState(false);
  const [oldSource, newSource, oldLabel, newLabel] = swapped ? [b, a, bLabel, aLabel] : [a, b, aLabel, bLabel];
  const marks = <ReviewMarksPanel sides={[{ label: oldLabel, marks: swapped ? bMarks : aMarks }, { label: newLabel, marks: swapped ? aMarks : bMarks }]} />;
  const { state, retry } = useComparison(oldSource, newSource, ignore);
  const comparison = state.status === 'done' ? state.comparison : state.last;
  return (
    <section className="cmp" aria-label={`Comparison of ${oldLabel} with ${newLabel}`}>
      <header className="cmp-header">
        <h2 className="cmp-title">
          <span className="cmp-title-old">{oldLabel}</span>
          <span className="cmp-arrow" aria-label="compared with">
            →
          </span>
          <span className="cmp-title-new">{newLabel}</span>
        </h2>
        <span className="cmp-header-tools">
          <button type="button" onClick={() => setSwapped((x) => !x)} title="Compare the other way round: the new text becomes the old">
            ⇄ Swap sides
          </button>
          {onFullWidth && (
            <button type="button" aria-pressed={fullWidth === true} onClick={() => onFullWidth(!fullWidth)} title="Hide the app's sidebar while comparing (remembered)">
              {fullWidth ? 'Show sidebar' : 'Full width'}
            </button>
          )}
        </span>
        <button type="button" className="cmp-close" onClick={onClose}>
          Close comparison
        </button>
      </header>
      {state.status === 'failed' && (
        <div className="cmp-banner cmp-error" role="alert">
          <span>{state.message}</span>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {comparison ? (
        <ComparisonScreen
          key={swapped ? 'swapped' : 'as given'}
          comparison={comparison}
          running={state.status === 'running'}
          {...{ a: oldSource, b: newSource, aLabel: oldLabel, bLabel: newLabel, ignore, setIgnore, mode, setMode, reviewer, marks }}
        />
      ) : state.status === 'running' ? (
        <div className="cmp-placeholder" role="status">
          Comparing…
        </div>
      ) : null}
    </section>
  );
}

interface ScreenProps {
  comparison: Comparison;
  running: boolean;
  a: CompareSource;
  b: CompareSource;
  aLabel: string;
  bLabel: string;
  ignore: IgnoreOptions;
  setIgnore: (ignore: IgnoreOptions) => void;
  mode: CompareMode;
  setMode: (mode: CompareMode) => void;
  reviewer: CompareViewProps['reviewer'];
  /** The drafts' own review marks, shown under the summary. */
  marks: ReactNode;
}

function ComparisonScreen({ comparison, running, a, b, aLabel, bLabel, ignore, setIgnore, mode, setMode, reviewer, marks }: ScreenProps) {
  const [filter, setFilter] = useState<ChangeFilter>('all');
  const allStops = useMemo(() => changeStops(comparison), [comparison]);
  const counts = useMemo(() => filterCounts(comparison, allStops), [comparison, allStops]);
  const stops = useMemo(() => allStops.filter((e) => passes(comparison, e, filter)), [comparison, allStops, filter]);
  const body = useRef<HTMLDivElement>(null);
  const unflash = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => unflash.current?.(), []);
  // The current change belongs to one result: a new one (after an ignore switch) starts afresh.
  const [cursor, setCursor] = useState<{ of: Comparison; stop: number } | undefined>(undefined);
  const current = cursor?.of === comparison ? cursor.stop : undefined;
  const [bodyScroll, setBodyScroll] = useState<ScrollRequest | undefined>(undefined);
  const [listScroll, setListScroll] = useState<ScrollRequest | undefined>(undefined);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | undefined>(undefined);
  const seq = useRef(0);
  const currentRow = current === undefined ? undefined : stops[current]?.row;
  const highlighted = useMemo(() => highlightedRows(comparison, currentRow), [comparison, currentRow]);

  const goTo = useCallback(
    (stop: number | undefined) => {
      const entry = stop === undefined ? undefined : stops[stop];
      if (stop === undefined || !entry) return;
      setCursor({ of: comparison, stop });
      setBodyScroll({ index: entry.row, seq: ++seq.current });
      setListScroll({ index: stop, seq: seq.current });
      unflash.current?.();
      if (body.current) unflash.current = flashChangedWords(body.current, [...highlightedRows(comparison, entry.row)]);
    },
    [stops, comparison],
  );
  const step = useCallback((direction: 1 | -1) => goTo(stepStop(current, stops.length, direction)), [goTo, current, stops.length]);

  const onJump = useCallback(
    (row: number, reveal: boolean) => {
      const stop = stopOfRow(comparison, stops, row);
      if (stop !== undefined) {
        setCursor({ of: comparison, stop });
        setListScroll({ index: stop, seq: ++seq.current });
      }
      if (reveal) setBodyScroll({ index: row, seq: ++seq.current });
    },
    [comparison, stops],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8' || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  const exportAs = async (format: CompareExportFormat) => {
    const author = format === 'docx' && reviewer ? await reviewer() : undefined;
    if (author === null) return;
    setExporting(true);
    setExportError(undefined);
    try {
      downloadFile(await call('compare.export', { a, b, options: { ignore }, format, ...(author ? { author } : {}) }));
    } catch (error) {
      setExportError(error instanceof Error ? error.message : 'The export failed. Try again.');
    } finally {
      setExporting(false);
    }
  };

  const position = stops.length === 0 ? 'No changes' : current === undefined ? `${stops.length.toLocaleString('en')} ${stops.length === 1 ? 'change' : 'changes'}` : `${(current + 1).toLocaleString('en')} of ${stops.length.toLocaleString('en')}`;
  const label = `${aLabel} compared with ${bLabel}`;
  return (
    <>
      <CompareToolbar
        mode={mode}
        onMode={setMode}
        ignore={ignore}
        onIgnore={setIgnore}
        position={position}
        canStep={stops.length > 0}
        onStep={step}
        exporting={exporting}
        canExport={!running}
        onExport={(format) => void exportAs(format)}
      />
      {running && (
        <div className="cmp-banner cmp-running" role="status">
          Comparing again…
        </div>
      )}
      {exportError && (
        <div className="cmp-banner cmp-error" role="alert">
          <span>{exportError}</span>
          <button type="button" onClick={() => setExportError(undefined)}>
            Dismiss
          </button>
        </div>
      )}
      <div className={`cmp-main cmp-with-bar ${running ? 'cmp-stale' : ''}`}>
        <aside className="cmp-aside">
          <SummaryPanel comparison={comparison} />
          {marks}
          <div className="cmp-filters" role="group" aria-label="Show changes">
            {CHANGE_FILTERS.map(([value, label]) => (
              <button
                key={value}
                type="button"
                className="cmp-filter"
                aria-pressed={filter === value}
                disabled={value !== 'all' && counts[value] === 0}
                onClick={() => {
                  setFilter(value);
                  setCursor(undefined);
                }}
              >
                {label} {counts[value].toLocaleString('en')}
              </button>
            ))}
          </div>
          <ChangeList changes={stops} current={current} scrollTo={listScroll} onPick={goTo} />
        </aside>
        <div className="cmp-body" ref={body}>
          {mode === 'side-by-side' ? (
            <SideBySide comparison={comparison} aLabel={aLabel} bLabel={bLabel} highlighted={highlighted} scrollTo={bodyScroll} onJump={onJump} />
          ) : (
            <Redline comparison={comparison} label={label} highlighted={highlighted} scrollTo={bodyScroll} onJump={onJump} />
          )}
        </div>
        <ChangeBar changes={stops} rows={comparison.rows.length} current={current} onPick={goTo} />
      </div>
    </>
  );
}
