/**
 * Drafts as the app handles them: made from a template or blank, turned into a Declaration
 * for comparison and export, and given a free file name in the workspace.
 */
import { DRAFT_SCHEMA_VERSION, type Declaration, type DocNode, type Draft } from '../../shared/model';
import { call } from '../api';
import { declarationToDoc, docFromJSON, docToDeclaration } from '../editor/convert';

const now = () => new Date().toISOString();
const newId = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A new draft from a read declaration: every block keeps its provenance, so it starts all "verbatim". */
export function draftFromDeclaration(decl: Declaration): Draft {
  return {
    format: 'concord',
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id: newId(),
    title: decl.title,
    createdAt: now(),
    updatedAt: now(),
    basedOn: { id: decl.id, title: decl.title },
    doc: declarationToDoc(decl, { provenance: true }).toJSON() as DocNode,
    versions: [],
  };
}

/** A blank draft with a title line and one numbered paragraph. */
export function blankDraft(title: string): Draft {
  return {
    format: 'concord',
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id: newId(),
    title,
    createdAt: now(),
    updatedAt: now(),
    doc: { type: 'doc', content: [{ type: 'title', content: [{ type: 'text', text: title }] }, { type: 'numbered' }] },
    versions: [],
  };
}

/** The draft's document (or one of its versions) as a Declaration. */
export function docAsDeclaration(doc: DocNode, title: string, id: string): Declaration {
  return docToDeclaration(docFromJSON(doc), { id, sourceName: title, title });
}

/** "Title.concord", or "Title 2.concord" when that name is taken. */
export async function freeDraftPath(title: string): Promise<string> {
  const taken = new Set((await call('drafts.list', {})).map((d) => d.path.toLowerCase()));
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Untitled draft';
  for (let n = 1; ; n++) {
    const candidate = `${base}${n > 1 ? ` ${n}` : ''}.concord`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Creates the draft file at once, so autosave and recovery have a name to work with. */
export async function createDraftFile(draft: Draft): Promise<string> {
  const path = await freeDraftPath(draft.title);
  await call('drafts.save', { path, draft, mode: 'create' });
  return path;
}

/** Every declaration the draft's paragraphs came from (their provenance), once each. */
export function provenanceSources(doc: DocNode): { id: string; title: string }[] {
  const found = new Map<string, string>();
  const visit = (node: DocNode) => {
    const p = node.attrs?.['provenance'] as { source?: unknown; sourceTitle?: unknown } | null | undefined;
    if (p && typeof p.source === 'string' && !found.has(p.source)) found.set(p.source, typeof p.sourceTitle === 'string' && p.sourceTitle ? p.sourceTitle : p.source);
    node.content?.forEach(visit);
  };
  visit(doc);
  return [...found].map(([id, title]) => ({ id, title }));
}
