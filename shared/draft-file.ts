/**
 * The `.concord` file format: JSON with a schema version. Reading checks the shape and migrates
 * older versions; every failure says what is wrong in words a user can act on.
 */
import { DRAFT_SCHEMA_VERSION, Draft } from './model';
import { issuesText } from './issues';

/** Why a draft file could not be read. */
export class DraftFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftFileError';
  }
}

/** Older schema versions, upgraded one step at a time: `migrations[v]` turns version v into v + 1. */
const migrations: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 added inline marks (emphasis, links): a version 1 draft has none, so its document
  // and saved Declaration are already valid; only the version number moves on.
  1: (raw) => ({ ...raw, schemaVersion: 2 }),
  // Version 3 keeps "keep source numbering" in the document only; the draft's own switch, which
  // won over the document's attribute when the draft opened, moves into it.
  2: ({ keepSourceNumbering, ...raw }) => {
    const doc = typeof raw.doc === 'object' && raw.doc !== null ? (raw.doc as { attrs?: Record<string, unknown> }) : null;
    const keep = keepSourceNumbering === true;
    if (!doc || (doc.attrs?.keepSourceNumbering === true) === keep) return { ...raw, schemaVersion: 3 };
    return { ...raw, schemaVersion: 3, doc: { ...doc, attrs: { ...doc.attrs, keepSourceNumbering: keep } } };
  },
};

/** Parses and validates the text of a `.concord` file. */
export function parseDraftFile(text: string, name = 'This file'): Draft {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, '')); // editors on Windows may add a byte order mark
  } catch {
    throw new DraftFileError(`${name} is not a Concord draft: it is not valid JSON (it may be damaged or truncated). Try its .bak copy.`);
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== 'concord') {
    throw new DraftFileError(`${name} is not a Concord draft (no "format": "concord" marker).`);
  }
  let data = raw as Record<string, unknown>;
  const version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  if (version > DRAFT_SCHEMA_VERSION) {
    throw new DraftFileError(`${name} was written by a newer Concord (draft format ${version}); update Concord to open it.`);
  }
  for (let v = version; v < DRAFT_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new DraftFileError(`${name} uses draft format ${version}, which this Concord cannot upgrade.`);
    data = step(data);
  }
  const parsed = Draft.safeParse(data);
  if (!parsed.success) {
    throw new DraftFileError(`${name} is a damaged Concord draft: ${issuesText(parsed.error, 1, 'file')}. Try its .bak copy.`);
  }
  return parsed.data;
}

/** Serialises a draft for disk; a recovery copy also names the draft file it belongs to. */
export function serializeDraft(draft: Draft, recoveryOf?: string): string {
  return `${JSON.stringify({ ...draft, schemaVersion: DRAFT_SCHEMA_VERSION, ...(recoveryOf === undefined ? {} : { recoveryOf }) }, null, 1)}\n`;
}

/** The draft file a recovery copy belongs to, as written by `serializeDraft`; undefined when not said. */
export function recoveryOf(text: string): string | undefined {
  try {
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as { recoveryOf?: unknown };
    return typeof raw.recoveryOf === 'string' ? raw.recoveryOf : undefined;
  } catch {
    return undefined;
  }
}
