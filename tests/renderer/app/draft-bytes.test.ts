import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftRequestBytes } from '../../../renderer/app/draft-bytes';
import { DRAFT_SCHEMA_VERSION, type DocNode, type Draft } from '../../../shared/model';

const para = (text: string): DocNode => ({ type: 'numbered', attrs: { sourceNumber: null }, content: [{ type: 'text', text }] });
const draftOf = (doc: DocNode, extra: Partial<Draft> = {}): Draft => ({
  format: 'concord',
  schemaVersion: DRAFT_SCHEMA_VERSION,
  id: 'd1',
  title: 'Joint “Statement”',
  createdAt: '2026-12-03T00:00:00.000Z',
  updatedAt: '2026-12-03T00:00:01.000Z',
  doc,
  versions: [],
  ...extra,
});
const decoded = async (fields: Record<string, string>, draft: Draft): Promise<unknown> => JSON.parse(new TextDecoder().decode(await draftRequestBytes(fields, draft, async () => undefined)));

afterEach(() => vi.restoreAllMocks());

describe('draftRequestBytes', () => {
  const blocks = [para('We agree.'), para('We note the plan "as is".'), { type: 'signature' }];
  it.each([
    ['a draft', draftOf({ type: 'doc', attrs: { negotiation: null }, content: blocks })],
    ['an empty document', draftOf({ type: 'doc' })],
    ['versions and a basis', draftOf({ type: 'doc', content: blocks }, { basedOn: { id: 't', title: 'T' }, versions: [{ id: 'v1', name: 'Zero draft', createdAt: 'x', doc: { type: 'doc', content: blocks.slice(1) } }, { id: 'v2', name: 'Rev. 1', createdAt: 'y', doc: { type: 'doc' } }] })],
  ])('writes %s as the same JSON as JSON.stringify', async (_name, draft) => {
    expect(await decoded({ path: 'Joint Statement.concord', mode: 'overwrite' }, draft)).toEqual({ path: 'Joint Statement.concord', mode: 'overwrite', draft });
  });

  it('writes again only the blocks it has not written before', async () => {
    const first = draftOf({ type: 'doc', content: blocks });
    await decoded({ path: 'a.concord' }, first);
    const stringify = vi.spyOn(JSON, 'stringify');
    const typed = para('We agree, all of us.');
    const next = draftOf({ type: 'doc', content: [typed, ...blocks.slice(1)] });
    expect(await decoded({ path: 'a.concord' }, next)).toEqual({ path: 'a.concord', draft: next });
    const blocksWritten = stringify.mock.calls.map(([value]) => value).filter((value) => (value as DocNode).type === 'numbered' || (value as DocNode).type === 'signature');
    expect(blocksWritten).toEqual([typed]);
  });
});
