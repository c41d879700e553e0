/// <reference lib="dom" />
/**
 * Comments in the margin, as Word shows them: a card per thread to the right of the page, level
 * with the words it is anchored to, pushed down only as far as needed not to overlap the card
 * above. The margin lives inside the sheet, so it scrolls with the page; it is laid out again
 * after every change of the text and whenever the page changes size. Replying, resolving and
 * editing stay in the Review list; a click on a card selects its words.
 * All text goes in through textContent: comments are data, never markup.
 */
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { commentThreads, listComments, type DraftComment } from './comments';
import { when } from './labels';

/** Key of the comment margin plugin (it has no state, only a view). */
export const commentMarginKey = new PluginKey('commentMargin');

/** Space between two cards that would overlap, in pixels. */
const GAP = 6;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function card(doc: Document, thread: DraftComment, select: () => void): HTMLElement {
  const el = element(doc, 'button', `cn-margin-card${thread.resolved ? ' cn-margin-card--resolved' : ''}`);
  el.type = 'button';
  el.dataset['comment'] = thread.id;
  el.title = 'Select the words this comment is about';
  const head = element(doc, 'span', 'cn-margin-head');
  head.append(element(doc, 'strong', 'cn-margin-author', thread.author), doc.createTextNode(` ${when(thread.date)}${thread.resolved ? ' · resolved' : ''}`));
  el.append(head, element(doc, 'span', 'cn-margin-text', thread.text));
  for (const reply of thread.replies) {
    const line = element(doc, 'span', 'cn-margin-reply');
    line.append(element(doc, 'strong', 'cn-margin-author', reply.author), doc.createTextNode(` ${reply.text}`));
    el.append(line);
  }
  el.addEventListener('mousedown', (event) => event.preventDefault()); // keep the page's selection and focus
  el.addEventListener('click', select);
  return el;
}

class MarginView {
  private readonly margin: HTMLElement;
  private readonly sheet: HTMLElement | null;
  private readonly resize: ResizeObserver | null;
  private threads: DraftComment[] = [];
  private frame = 0;

  constructor(private view: EditorView) {
    const doc = view.dom.ownerDocument;
    this.sheet = view.dom.parentElement;
    this.margin = element(doc, 'aside', 'cn-comment-margin');
    this.margin.setAttribute('aria-label', 'Comments in the margin');
    this.sheet?.append(this.margin);
    this.resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.schedule());
    // The sheet, not the editable page: observing the page itself lost typed characters in chromium.
    if (this.sheet) this.resize?.observe(this.sheet);
    this.render();
  }

  update(view: EditorView, previous: { doc: unknown }): void {
    this.view = view;
    // A draft without comments (nearly every keystroke) has no cards to rebuild or place.
    if (view.state.doc !== previous.doc && (this.threads.length > 0 || commentThreads(view.state.doc).length > 0)) this.render();
  }

  /** Rebuilds the cards when the threads or their words changed, then lays them out. */
  private render(): void {
    const doc = this.view.state.doc;
    const threads = commentThreads(doc).length ? listComments(doc).filter((t) => t.from !== null) : [];
    this.sheet?.classList.toggle('cn-sheet--comments', threads.length > 0);
    const same = threads.length === this.threads.length && threads.every((t, i) => sameThread(t, this.threads[i]));
    if (!same) {
      const owner = this.view.dom.ownerDocument;
      this.margin.replaceChildren(...threads.map((t) => card(owner, t, () => this.select(t.id))));
    }
    this.threads = threads;
    // Placing cards reads the page's geometry, a forced layout a frame: none without cards.
    if (threads.length > 0) this.schedule();
  }

  private select(id: string): void {
    const thread = listComments(this.view.state.doc).find((t) => t.id === id);
    if (thread?.from == null || thread.to == null) return;
    const { state } = this.view;
    this.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, thread.from, thread.to)).scrollIntoView());
    this.view.focus();
  }

  /** Layout reads the page's geometry: once per frame at most, after the page has been drawn. */
  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  private layout(): void {
    if (!this.sheet || !this.view.dom.isConnected) return;
    const origin = this.sheet.getBoundingClientRect().top;
    let bottom = -Infinity;
    this.threads.forEach((thread, i) => {
      const el = this.margin.children[i] as HTMLElement | undefined;
      if (!el || thread.from === null) return;
      const anchor = this.view.coordsAtPos(Math.min(thread.from, this.view.state.doc.content.size)).top - origin;
      const top = Math.max(anchor, bottom + GAP);
      el.style.top = `${Math.round(top)}px`;
      bottom = top + el.offsetHeight;
    });
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.resize?.disconnect();
    this.sheet?.classList.remove('cn-sheet--comments');
    this.margin.remove();
  }
}

/** Whether two listed threads show the same card (same words placed aside, the position may differ). */
function sameThread(a: DraftComment, b: DraftComment | undefined): boolean {
  return !!b && a.id === b.id && a.text === b.text && a.resolved === b.resolved && a.author === b.author && a.date === b.date && a.replies.length === b.replies.length && a.replies.every((r, i) => r.text === b.replies[i]?.text);
}

/** The comment margin plugin: a view beside the page, no state. */
export function commentMargin(): Plugin {
  return new Plugin({ key: commentMarginKey, view: (view) => new MarginView(view) });
}
