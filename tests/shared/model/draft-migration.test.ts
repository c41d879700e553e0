import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION } from '../../../shared/model';
import { parseDraftFile, serializeDraft } from '../../../shared/draft-file';

const version1 = {
  format: 'concord',
  schemaVersion: 1,
  id: 'd1',
  title: 'Zero draft',
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We agree.', marks: [{ type: 'em' }] }] }] },
  declaration: {
    id: 'd1',
    title: 'Zero draft',
    text: 'We agree.',
    blocks: [{ id: 'b1', kind: 'paragraph', text: 'We agree.', span: { start: 0, end: 9 } }],
    source: { name: 'Zero draft', hash: '' },
  },
};

describe('draft format migration', () => {
  it('opens a version 1 draft unchanged, and saves it as the current version', () => {
    const draft = parseDraftFile(JSON.stringify(version1));
    expect(draft.doc).toEqual(version1.doc);
    expect(draft.declaration?.blocks[0]?.marks).toBeUndefined();
    expect(JSON.parse(serializeDraft(draft)).schemaVersion).toBe(DRAFT_SCHEMA_VERSION);
  });

  it.each([
    [true, undefined, { keepSourceNumbering: true }],
    [false, { keepSourceNumbering: true }, { keepSourceNumbering: false }],
    [false, undefined, undefined],
  ])('moves a version 2 draft\'s "keep source numbering" (%s) into its document (attrs %j)', (keep, attrs, expected) => {
    const version2 = { ...version1, schemaVersion: 2, keepSourceNumbering: keep, doc: { ...version1.doc, ...(attrs ? { attrs } : {}) } };
    const draft = parseDraftFile(JSON.stringify(version2));
    expect(draft.doc.attrs).toEqual(expected);
    expect(JSON.parse(serializeDraft(draft))).not.toHaveProperty('keepSourceNumbering');
  });

  it('reads the marks a current draft saves', () => {
    const current = { ...version1, schemaVersion: DRAFT_SCHEMA_VERSION };
    current.declaration.blocks[0] = { ...current.declaration.blocks[0]!, marks: [{ from: 0, to: 2, type: 'italic' }] } as never;
    expect(parseDraftFile(JSON.stringify(current)).declaration?.blocks[0]?.marks).toEqual([{ from: 0, to: 2, type: 'italic' }]);
  });

  it('refuses a mark that covers nothing, saying why', () => {
    const bad = { ...version1, schemaVersion: DRAFT_SCHEMA_VERSION, declaration: { ...version1.declaration, blocks: [{ ...version1.declaration.blocks[0], marks: [{ from: 3, to: 3, type: 'bold' }] }] } };
    expect(() => parseDraftFile(JSON.stringify(bad))).toThrow(/at least one character/);
  });
});
