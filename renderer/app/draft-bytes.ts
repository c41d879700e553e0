/**
 * A request carrying a draft (`{ path, draft }`, and a save's `mode`) as the UTF-8 JSON the main
 * side parses, written without freezing the UI on a long draft. `JSON.stringify` of a 40 MB draft
 * and passing its 110 MB string on took seconds at a stretch on every autosave. Here each
 * top-level block's bytes are kept per block JSON object (the editor hands unchanged blocks on as
 * the same objects, see editor/doc-json.ts), so a pause after typing encodes only the blocks typed
 * in, and the work is cut into slices with a yield between them.
 */
import type { DocNode, Draft } from '../../shared/model';
import { Slices, toNextTask, type Yield } from '../slices';

const encoder = new TextEncoder();
const blockBytes = new WeakMap<DocNode, Uint8Array>();
const COMMA = encoder.encode(',');

/** The text of `object` (a JSON object's text) with `key: valueText` added last. */
function withField(objectText: string, key: string, valueText: string): string {
  return `${objectText.slice(0, -1)}${objectText === '{}' ? '' : ','}${JSON.stringify(key)}:${valueText}}`;
}

/** Writes the pieces of one request, yielding once a slice has run its time. */
class Pieces {
  readonly list: Uint8Array[] = [];
  private readonly slices: Slices;

  constructor(pause: Yield) {
    this.slices = new Slices(pause);
  }

  text(text: string): void {
    this.list.push(encoder.encode(text));
  }

  async doc(doc: DocNode): Promise<void> {
    const { content, ...rest } = doc;
    if (!content?.length) return this.text(JSON.stringify(doc));
    const head = withField(JSON.stringify(rest), 'content', '[]');
    this.text(head.slice(0, -2));
    for (let i = 0; i < content.length; i++) {
      const block = content[i] as DocNode;
      let bytes = blockBytes.get(block);
      if (!bytes) {
        bytes = encoder.encode(JSON.stringify(block));
        blockBytes.set(block, bytes);
      }
      if (i > 0) this.list.push(COMMA);
      this.list.push(bytes);
      if (i % 256 === 0) await this.slices.breathe();
    }
    this.text(']}');
  }

  /** One buffer of all the pieces, copied in slices too. */
  async joined(): Promise<Uint8Array<ArrayBuffer>> {
    const out = new Uint8Array(this.list.reduce((n, piece) => n + piece.length, 0));
    let at = 0;
    for (let i = 0; i < this.list.length; i++) {
      const piece = this.list[i] as Uint8Array;
      out.set(piece, at);
      at += piece.length;
      if (i % 4096 === 0) await this.slices.breathe();
    }
    return out;
  }
}

/**
 * `{ ...fields, draft }` as UTF-8 JSON: the same value as `JSON.stringify` gives (keys of the
 * draft and its versions in another order, which the schema does not mind).
 */
export async function draftRequestBytes(fields: Record<string, string>, draft: Draft, pause: Yield = toNextTask): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Pieces(pause);
  const { doc, versions, ...rest } = draft;
  out.text(`${withField(JSON.stringify(fields), 'draft', '').slice(0, -1)}${withField(JSON.stringify(rest), 'doc', '').slice(0, -1)}`);
  await out.doc(doc);
  out.text(',"versions":[');
  for (const [i, { doc: versionDoc, ...version }] of versions.entries()) {
    out.text(`${i > 0 ? ',' : ''}${withField(JSON.stringify(version), 'doc', '').slice(0, -1)}`);
    await out.doc(versionDoc);
    out.text('}');
  }
  out.text(']}}');
  return out.joined();
}
