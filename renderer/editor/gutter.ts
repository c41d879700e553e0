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

/** How long the pointer rests on a marker before its popover opens: passing over it opens nothing. */
export const POPOVER_DELAY_MS = 350;
/** The popover's widest, and the narrowest it may be beside the paragraph before it goes below instead. */
const POPOVER_WIDTH = 448;
const POPOVER_MIN_WIDTH = 240;
const GAP = 8;

/**
 * Places an open popover beside its paragraph, left of the text over the gutter and the desk,
 * so it never covers the language it describes; where the window is too narrow for that, under
 * the paragraph.
 */
function placePopover(marker: HTMLElement, popover: HTMLElement): void {
  const block = marker.parentElement;
  if (!block) return;
  const blockBox = block.getBoundingClientRect();
  const textLeft = blockBox.left + (parseFloat(getComputedStyle(block).paddingLeft) || 0);
  const markerBox = marker.getBoundingClientRect();
  const room = textLeft - 2 * GAP;
  popover.style.position = 'fixed';
  if (room >= POPOVER_MIN_WIDTH) {
    const width = Math.min(POPOVER_WIDTH, room);
    popover.style.width = `${width}px`;
    popover.style.left = `${textLeft - GAP - width}px`;
    popover.style.top = `${markerBox.top}px`;
    // Kept inside the window: a popover of the last paragraph on screen opens upwards.
    const view = marker.ownerDocument.defaultView;
    const bottom = (view?.innerHeight ?? Infinity) - GAP;
    popover.style.top = `${Math.max(GAP, Math.min(markerBox.top, bottom - popover.getBoundingClientRect().height))}px`;
  } else {
    popover.style.width = `${Math.min(POPOVER_WIDTH, blockBox.width - 2 * GAP)}px`;
    popover.style.left = `${textLeft}px`;
    popover.style.top = `${blockBox.bottom + GAP}px`;
  }
}

/**
 * The gutter marker of one block; the popover is built each time someone opens it, from
 * `current()`: the view keeps a marker while its label stays, as its block's text changes.
 */
export function renderGutterMarker(doc: Document, status: ProvenanceStatus, current: () => ProvenanceStatus = () => status): HTMLElement {
  const marker = element(doc, 'span', `cn-gutter cn-gutter--${status.kind}`);
  marker.contentEditable = 'false';
  const label = element(doc, 'button', 'cn-gutter-label', statusLabel(status));
  label.type = 'button';
  label.tabIndex = -1;
  marker.append(label);
  let popover: HTMLElement | null = null;
  let pinned = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (open: boolean) => {
    if (open) {
      popover?.remove();
      popover = renderPopover(doc, current());
      marker.append(popover);
    }
    marker.classList.toggle('cn-gutter--open', open);
    if (open && popover) placePopover(marker, popover);
  };
  marker.addEventListener('mouseenter', () => {
    clearTimeout(timer);
    timer = setTimeout(() => show(true), POPOVER_DELAY_MS);
  });
  marker.addEventListener('mouseleave', () => {
    clearTimeout(timer);
    if (!pinned) show(false);
  });
  label.addEventListener('click', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    pinned = !pinned;
    show(pinned);
  });
  return marker;
}
