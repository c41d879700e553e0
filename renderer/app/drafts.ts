/**
 * Drafts as the app handles them: made from a template or blank, turned into a Declaration
 * for comparison and export, and given a free file name in the workspace.
 */
import { DRAFT_SCHEMA_VERSION, type Declaration, type DocNode, type Draft } from '../../shared/model';
import { call, EncodedRequest } from '../api';
import { draftRequestBytes } from './draft-bytes';
import { declarationToDoc, docFromJSON, docToDeclaration } from '../editor/convert';
import { docFromReview } from '../editor/review/from-docx';
import type { ReviewedDocx } from '../../shared/review/model';
import { newNegotiation } from '../../shared/negotiation/log';
import type { Negotiation } from '../../shared/negotiation/model';

const now = () => new Date().toISOString();
const newId = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A new draft from a read declaration: every block keeps its provenance, so it starts all "verbatim". */
export function draftFromDeclaration(decl: Declaration, review?: ReviewedDocx): Draft {
  return {
    format: 'concord',
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id: newId(),
    title: decl.title,
    createdAt: now(),
    updatedAt: now(),
    basedOn: { id: decl.id, title: decl.title },
    // A Word file's tracked changes and comments come in as suggestions and comments.
    doc: review ? docFromJSON(docFromReview(review)).toJSON() as DocNode : (declarationToDoc(decl, { provenance: true }).toJSON() as DocNode),
    versions: [],
  };
}

/** A new draft holding a compilation: its attributions become chips, its delegations the draft's parties. */
export function draftFromCompilation(decl: Declaration, delegations: readonly string[]): Draft {
  // Its paragraphs start "verbatim" from the compilation; attributing (a mark) never makes them "edited".
  const doc = declarationToDoc(decl, { provenance: true }).toJSON() as DocNode;
  const negotiation: Negotiation = { ...newNegotiation(), parties: [...delegations] };
  return {
    format: 'concord',
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id: newId(),
    title: `Compilation: ${decl.title}`,
    createdAt: now(),
    updatedAt: now(),
    basedOn: { id: decl.id, title: decl.title },
    doc: { ...doc, attrs: { ...doc.attrs, negotiation } },
    versions: [],
  };
}

/**
 * The draft with a document to edit: a draft written without the editor (the CLI's compile
 * writes only its declaration) gets its document built from the declaration.
 */
export function withDocument(draft: Draft): Draft {
  if ((draft.doc.content?.length ?? 0) > 0 || !draft.declaration) return draft;
  const parties = [...new Set(draft.declaration.blocks.flatMap((b) => b.attributions ?? []).flatMap((a) => a.parties))];
  return { ...draftFromCompilation(draft.declaration, parties), id: draft.id, title: draft.title, createdAt: draft.createdAt, updatedAt: draft.updatedAt };
}

/** A draft whose negotiation names delegations opens on the Negotiation panel; any other on the checks. */
export function openingSide(draft: Draft): 'negotiation' | 'checks' {
  const log = draft.doc.attrs?.['negotiation'] as Partial<Negotiation> | null | undefined;
  return (log?.parties?.length ?? 0) > 0 ? 'negotiation' : 'checks';
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

/** A title as a file name's base: no characters a file system refuses, at most 80 of them. */
function fileBase(title: string): string {
  return title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Untitled draft';
}

/** "Title.concord", or "Title 2.concord" when that name is taken (by a draft other than `own`). */
export async function freeDraftPath(title: string, own?: string): Promise<string> {
  const taken = new Set((await call('drafts.list', {})).map((d) => d.path.toLowerCase()).filter((p) => p !== own?.toLowerCase()));
  const base = fileBase(title);
  for (let n = 1; ; n++) {
    const candidate = `${base}${n > 1 ? ` ${n}` : ''}.concord`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The text of the draft's title line, or null when it has none (or an empty one). */
export function titleLine(doc: DocNode): string | null {
  const block = doc.content?.find((b) => b.type === 'title');
  const text = (block?.content ?? []).map((n) => n.text ?? '').join('').replace(/\s+/g, ' ').trim();
  return text || null;
}

/** The file name a draft titled `title` should have: the one it has when that already says the title ("Title 2.concord" too). */
export async function pathForTitle(title: string, current: string): Promise<string> {
  const base = fileBase(title).toLowerCase();
  const own = current.replace(/\.concord$/i, '').toLowerCase();
  if (own === base || (own.startsWith(`${base} `) && /^\d+$/.test(own.slice(base.length + 1)))) return current;
  return freeDraftPath(title, current);
}

/** Renames a draft that is not open: its name (and file) becomes `name`. */
export async function renameClosedDraft(path: string, name: string): Promise<string> {
  const { draft } = await call('drafts.open', { path });
  const to = await freeDraftPath(name, path);
  await call('drafts.rename', { path, to });
  await call('drafts.save', { path: to, draft: { ...draft, title: name, named: true, updatedAt: now() }, mode: 'overwrite' });
  return to;
}

/** The draft this window created last, until its view has taken it (see createdDraft). */
let created: { path: string; draft: Draft } | null = null;

/** Creates the draft file at once, so autosave and recovery have a name to work with. */
export async function createDraftFile(draft: Draft): Promise<string> {
  const path = await freeDraftPath(draft.title);
  await call('drafts.save', new EncodedRequest(await draftRequestBytes({ path, mode: 'create' }, draft)));
  created = { path, draft };
  return path;
}

/** The draft just created at `path`, as it was saved, for its view to open without reading it back. */
export function createdDraft(path: string): Draft | null {
  return created?.path === path ? created.draft : null;
}

/** Lets go of the created draft once its view holds it. */
export function forgetCreatedDraft(path: string): void {
  if (created?.path === path) created = null;
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
