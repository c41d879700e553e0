/**
 * What the Delegations section shows, from the editor's document: the draft's delegations and
 * every other name it uses (attributions, suggestion and comment authors, the parties block),
 * the names written two ways across attributions, and the compilation report. Pure, so it is
 * tested without a browser.
 */
import type { Node } from 'prosemirror-model';
import { attributionReport } from '../../shared/negotiation/attribution-report';
import type { AttributionReport } from '../../shared/negotiation/attribution-report';
import { delegationRows, parserParties, spellingVariants } from '../../shared/negotiation/delegations';
import type { DelegationRow, NameSource, SpellingVariants } from '../../shared/negotiation/delegations';
import { readDraftBrackets } from '../editor/draft-brackets';
import { negotiationOf } from '../editor/negotiation-attr';
import { commentThreads } from '../editor/review/comments';
import { listSuggestions } from '../editor/review/suggestions';

/** The Delegations section's figures for `doc`. */
export interface DelegationsSummary {
  rows: DelegationRow[];
  variants: SpellingVariants[];
}

/** Every name the draft uses besides its attributions: who suggested and commented, who is in the parties block. */
function namesUsed(doc: Node): { name: string; source: NameSource }[] {
  const found: { name: string; source: NameSource }[] = [];
  for (const s of listSuggestions(doc)) if (s.author !== 'Unknown author') found.push({ name: s.author, source: 'author' });
  for (const c of commentThreads(doc)) found.push({ name: c.author, source: 'author' });
  doc.descendants((node) => {
    if (node.type.name === 'party') found.push({ name: node.textContent.trim(), source: 'parties block' });
    return node.type.name !== 'party';
  });
  return found;
}

/** The draft's delegations and the spellings to merge. */
export function summarizeDelegations(doc: Node): DelegationsSummary {
  const { text, parse } = readDraftBrackets(doc);
  const log = negotiationOf(doc);
  return { rows: delegationRows(log, parse, namesUsed(doc)), variants: spellingVariants(text.text, parse, parserParties(log)) };
}

/** The compilation report of the draft, with where each paragraph stands in the document. */
export function reportOf(doc: Node): AttributionReport & { positions: Map<number, number> } {
  const { text, parse } = readDraftBrackets(doc);
  const report = attributionReport(text.text, parse);
  const positions = new Map(report.paragraphs.map((p) => [p.index, text.posAt(parse.paragraphs[p.index]?.span.start ?? 0)]));
  return { ...report, positions };
}
