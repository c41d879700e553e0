/**
 * The document as JSON, for the app's snapshots. ProseMirror nodes are immutable and a
 * transaction keeps every block it did not touch, so each top-level block's JSON is kept per
 * node: after a keystroke only the block typed in is serialised again, and the unchanged
 * blocks keep the very same JSON objects, which lets the session compare and the autosave
 * write them by identity instead of walking a 40 MB draft on every pause.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { DocNode } from '../../shared/model';
import { sameJson } from '../../shared/same-json';
import { Slices, type Yield } from '../slices';

const blockJson = new WeakMap<PMNode, DocNode>();

function jsonOfBlock(node: PMNode): DocNode {
  let json = blockJson.get(node);
  if (!json) {
    json = node.toJSON() as DocNode;
    blockJson.set(node, json);
  }
  return json;
}

/** `doc.toJSON()`, with the JSON of every top-level block reused from the last call that saw that node. */
export function docJson(doc: PMNode): DocNode {
  const content: DocNode[] = [];
  doc.forEach((block) => content.push(jsonOfBlock(block)));
  const json: DocNode = { type: doc.type.name };
  // As Node.toJSON: attrs only when the type has any, content only when there is some.
  if (Object.keys(doc.attrs).length > 0) json.attrs = doc.attrs;
  if (content.length > 0) json.content = content;
  return json;
}

/**
 * Fills the cache for every block of `doc` in slices, right after opening, so that the first
 * pause in typing costs what the next ones do. A block whose JSON is the same as the one it was
 * opened from (`from`, the draft's document) keeps that very object: the session then finds it
 * unchanged by identity, and the autosave reuses the bytes the draft was written with.
 */
export async function warmDocJson(doc: PMNode, from: DocNode | undefined, stopped: () => boolean, pause?: Yield): Promise<void> {
  const slices = new Slices(pause);
  const given = from?.content ?? [];
  for (let i = 0; i < doc.childCount && !stopped(); i++) {
    const block = doc.child(i);
    if (!blockJson.has(block)) {
      const json = block.toJSON() as DocNode;
      const old = given[i];
      blockJson.set(block, old && sameJson(json, old) ? old : json);
    }
    await slices.breathe();
  }
}
