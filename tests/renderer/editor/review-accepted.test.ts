import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { listWarnings } from '../../../renderer/editor/plugins/checks';
import { bracketsKey } from '../../../renderer/editor/plugins/brackets';
import { draftStats } from '../../../renderer/editor/stats';
import { draftText } from '../../../renderer/editor/draft-text';
import { provenanceStatus, statusLabel } from '../../../renderer/editor/provenance';
import { toggleSuggesting } from '../../../renderer/editor/review/suggesting';
import { decidedDoc } from '../../../renderer/editor/review/decide';
import { decideSuggestionsBy, decideSuggestionsInSelection, listSuggestions } from '../../../renderer/editor/review/suggestions';
import { p, source } from './builder';
import { ana, ben, editor } from './review-editor';

/** An editor in suggesting mode as Ana. */
function suggesting(...paragraphs: Parameters<typeof editor>) {
  const e = editor(...paragraphs);
  e.as(ana);
  e.run(toggleSuggesting);
  return e;
}

describe('the text as it reads with every suggestion accepted', () => {
  it('is what the checks read: a doubled word suggested out is no longer flagged, one suggested in is', () => {
    const e = editor('We agree to to meet in Geneva.');
    expect(listWarnings(e.state).map((w) => w.kind)).toContain('doubled-word');
    e.as(ana);
    e.run(toggleSuggesting);
    const at = e.find('to to') + 3;
    e.remove(at, at + 3);
    expect(e.textOf(1)).toBe('We agree to to meet in Geneva.');
    expect(listWarnings(e.state).map((w) => w.kind)).not.toContain('doubled-word');
    e.type(e.find('Geneva'), 'in ');
    const doubled = listWarnings(e.state).find((w) => w.kind === 'doubled-word');
    // The warning points at the words in the page.
    expect(doubled && e.state.doc.textBetween(doubled.from, doubled.to).trim()).toBe('in');
  });

  it('leaves one space where words between two spaces are suggested out, as accepting does', () => {
    const e = suggesting('We agree to meet in Geneva.');
    const at = e.find('meet');
    e.remove(at, at + 4); // "meet" alone, the spaces on both sides kept
    expect(listWarnings(e.state).map((w) => w.kind)).toEqual([]);
    expect(draftText(e.state.doc).text).toContain('We agree to in Geneva.');
  });

  it('is what the word count counts', () => {
    const e = suggesting('We agree to meet in Geneva.');
    expect(draftStats(e.state.doc).words).toBe(2 + 6); // the title, then the paragraph
    e.remove(e.find('to meet'), e.find('to meet') + 8);
    e.type(e.find('Geneva') + 6, ' and New York');
    expect(draftStats(e.state.doc).words).toBe(2 + 7);
  });

  it('is what the brackets are read from', () => {
    const e = suggesting('We agree to [meet] in Geneva.');
    const open = () => (bracketsKey.getState(e.state)?.decorations.find() ?? []).length;
    expect(open()).toBeGreaterThan(0);
    e.remove(e.find('[meet] '), e.find('[meet] ') + 7);
    expect(open()).toBe(0);
    expect(draftText(e.state.doc).text).toContain('We agree to in Geneva.');
  });

  it('is what provenance compares with the source: words suggested in make it edited, words suggested out of a new insertion do not', () => {
    const agreed = 'We reaffirm our commitment to the 2030 Agenda.';
    const e = suggesting(p({ provenance: source(agreed) }, agreed));
    e.type(e.find('commitment'), 'full ');
    expect(statusLabel(provenanceStatus(e.state.doc.child(1)))).toBe('edited · 1 word');
    const full = e.find('full ');
    e.remove(full, full + 5); // removing one's own suggestion takes it back
    expect(statusLabel(provenanceStatus(e.state.doc.child(1)))).toBe('verbatim');
    e.remove(e.find('2030 '), e.find('2030 ') + 5);
    expect(statusLabel(provenanceStatus(e.state.doc.child(1)))).toBe('edited · 1 word');
  });

  it('is the document the status bar shows with all accepted, and all rejected', () => {
    const e = suggesting('We agree to meet in Geneva.');
    e.remove(e.find('Geneva'), e.find('Geneva') + 6);
    e.type(e.find('.'), 'Vienna');
    expect(decidedDoc(e.state.doc, true).child(1).textContent).toBe('We agree to meet in Vienna.');
    expect(decidedDoc(e.state.doc, false).child(1).textContent).toBe('We agree to meet in Geneva.');
    // A view, not a decision: the draft keeps its marks.
    expect(listSuggestions(e.state.doc)).toHaveLength(2);
  });
});

describe('deciding many suggestions at once', () => {
  it('decides every suggestion of one author in one step, and only theirs', () => {
    const e = suggesting(...Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} says little.`));
    for (let i = 1; i <= 40; i++) {
      e.as(i % 2 ? ana : ben);
      e.type(e.find(`Paragraph ${i} says`) + `Paragraph ${i} says`.length, ' very');
    }
    const steps = e.state.doc;
    e.run(decideSuggestionsBy('Ben Ngata', false));
    expect(listSuggestions(e.state.doc).map((s) => s.author)).toEqual(Array(20).fill('Ana Ortiz'));
    expect(e.textOf(2)).toBe('Paragraph 2 says little.');
    expect(e.textOf(1)).toBe('Paragraph 1 says very little.');
    e.run(undo);
    expect(e.state.doc.eq(steps)).toBe(true);
    e.run(decideSuggestionsBy('Ana Ortiz', true));
    expect(listSuggestions(e.state.doc).map((s) => s.author)).toEqual(Array(20).fill('Ben Ngata'));
    expect(e.textOf(1)).toBe('Paragraph 1 says very little.');
  });

  it('decides the suggestions the selection touches, whole, and no others', () => {
    const e = suggesting('We agree to meet in Geneva.', 'We call on all States.', 'We thank the host.');
    e.type(e.find('Geneva'), 'New York or ');
    e.remove(e.find(' all ') + 1, e.find(' all ') + 5);
    e.type(e.find('host'), 'generous ');
    e.select(e.find('York'), e.find('States'));
    e.run(decideSuggestionsInSelection(true));
    expect([e.textOf(1), e.textOf(2)]).toEqual(['We agree to meet in New York or Geneva.', 'We call on States.']);
    expect(listSuggestions(e.state.doc).map((s) => s.text)).toEqual(['generous ']);
  });
});
