/// <reference lib="dom" />
/**
 * The DOM of a provenance marker in the left gutter: a coloured bar with a short label and, on
 * hover or click, a popover with the source and the word diff. All text goes in through
 * textContent: source text is data, never markup.
 */
import type { DiffOp, ProvenanceStatus } from './provenance';
import { statusLabel } from './provenance';

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The word diff as inline runs: deleted words struck through, inserted words underlined. */
export function renderWordDiff(doc: Document, ops: readonly DiffOp[]): HTMLElement {
  const out = element(doc, 'span', 'cn-diff');
  for (const op of ops) {
    if (op.kind === 'equal') out.append(doc.createTextNode(op.text));
    else out.append(element(doc, op.kind === 'insert' ? 'ins' : 'del', `cn-diff-${op.kind}`, op.text));
  }
  return out;
}

function renderPopover(doc: Document, status: ProvenanceStatus): HTMLElement {
  const popover = element(doc, 'span', 'cn-gutter-popover');
  popover.setAttribute('role', 'tooltip');
  if (status.kind === 'new') {
    popover.append(element(doc, 'span', 'cn-gutter-source', 'New language: not found in any source declaration.'));
    return popover;
  }
  const source = status.provenance.sourceTitle || status.provenance.source;
  popover.append(element(doc, 'span', 'cn-gutter-source', `From ${source} (${status.provenance.blockId})`));
  if (status.kind === 'edited') popover.append(renderWordDiff(doc, status.ops));
  else popover.append(element(doc, 'span', 'cn-gutter-verbatim', 'Identical to the source text.'));
  return popover;
}

/** The gutter marker of one block; the popover is built the first time someone looks at it. */
export function renderGutterMarker(doc: Document, status: ProvenanceStatus): HTMLElement {
  const marker = element(doc, 'span', `cn-gutter cn-gutter--${status.kind}`);
  marker.contentEditable = 'false';
  const label = element(doc, 'button', 'cn-gutter-label', statusLabel(status));
  label.type = 'button';
  label.tabIndex = -1;
  marker.append(label);
  let popover: HTMLElement | null = null;
  const ensurePopover = () => {
    if (!popover) {
      popover = renderPopover(doc, status);
      marker.append(popover);
    }
  };
  marker.addEventListener('mouseenter', ensurePopover);
  label.addEventListener('click', (event) => {
    event.preventDefault();
    ensurePopover();
    marker.classList.toggle('cn-gutter--open');
  });
  return marker;
}
