/**
 * The document as JSON, for the app's snapshots. ProseMirror nodes are immutable and a
 * transaction keeps every block it did not touch, so each top-level block's JSON is kept per
 * node: after a keystroke only the block typed in is serialised again, and the unchanged
 * blocks keep the very same JSON objects, which lets the session compare and the autosave
 * write them by identity instead of walking a 40 MB draft on every pause.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { DocNode } from '../../shared/model';

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
