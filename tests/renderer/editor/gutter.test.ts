// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderGutterMarker } from '../../../renderer/editor/gutter';
import { provenanceStatus } from '../../../renderer/editor/provenance';
import { EditorView } from 'prosemirror-view';
import { createDraftState } from '../../../renderer/editor/state';
import { doc, p, source, title } from './builder';

function open(marker: HTMLElement): HTMLElement | null {
  marker.querySelector('button')?.click();
  return marker.querySelector('.cn-gutter-popover');
}

describe('renderGutterMarker', () => {
  it.each([
    ['verbatim', p({ provenance: source('We agree.') }, 'We agree.').node, 'verbatim', 'Identical to the source text.'],
    ['new', p('We agree.').node, 'new', 'New language: not found in any source declaration.'],
  ])('a %s block says so', (_name, node, label, popover) => {
    const marker = renderGutterMarker(document, provenanceStatus(node));
    expect(marker.querySelector('button')?.textContent).toBe(label);
    expect(open(marker)?.textContent).toContain(popover);
  });

  it('names the source and shows the diff of an edited block', () => {
    const marker = renderGutterMarker(document, provenanceStatus(p({ provenance: source('We note the plan.') }, 'We welcome the plan.').node));
    const popover = open(marker);
    expect(popover?.querySelector('.cn-gutter-source')?.textContent).toBe('From Joint Statement 2020 (b1)');
    expect([...(popover?.querySelectorAll('del, ins') ?? [])].map((el) => `${el.tagName}:${el.textContent}`)).toEqual(['DEL:note', 'INS:welcome']);
    expect(marker.classList.contains('cn-gutter--open')).toBe(true);
  });

  it('shows markup in source text as text, never as HTML', () => {
    const marker = renderGutterMarker(document, provenanceStatus(p({ provenance: source('<img src=x onerror=alert(1)> plan') }, '<img src=x onerror=alert(1)> plans').node));
    const popover = open(marker);
    expect(popover?.querySelector('img')).toBeNull();
    expect(popover?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('the provenance marker in the editor', () => {
  it('stays while typing keeps its label, and its popover shows the diff as the text reads now', () => {
    const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) };
    Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect = () => rect as DOMRect;
    const place = document.createElement('div');
    document.body.append(place);
    const built = doc(title('T'), p({ provenance: source('We note the plan.') }, 'We welcome<a> the plan.'));
    const view = new EditorView(place, { state: createDraftState(built.node) });
    const before = view.dom.querySelector('.cn-gutter');
    expect(before?.textContent).toBe('edited · 1 word');
    // Still one word changed ("welcomes" for "note"): the label stays.
    view.dispatch(view.state.tr.insertText('s', (built.tag['a'] ?? 0)));
    const after = view.dom.querySelector('.cn-gutter') as HTMLElement;
    expect(after).toBe(before);
    expect([...(open(after)?.querySelectorAll('del, ins') ?? [])].map((el) => `${el.tagName}:${el.textContent}`)).toEqual(['DEL:note', 'INS:welcomes']);
    view.destroy();
  });
});
