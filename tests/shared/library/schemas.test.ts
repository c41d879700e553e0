import { describe, expect, it } from 'vitest';
import { ClauseLibrary } from '../../../shared/library/library';
import { libraryChannels } from '../../../shared/library/schemas';
import { suggestFor } from '../../../shared/library/suggest';
import { variantGroups } from '../../../shared/library/variants';
import { decl, para } from './build';

const CORE = 'We will safeguard the multilateral trading system with the WTO at its core.';
const AS_CORE = 'We will safeguard the multilateral trading system with the WTO as the core.';

function library(): ClauseLibrary {
  const lib = new ClauseLibrary();
  lib.add(decl('a', [para(CORE)], { date: '2020-01-02' }));
  lib.add(decl('b', [para(AS_CORE)]));
  return lib;
}

describe('library channel schemas', () => {
  it.each([
    ['library.search', () => library().search('trading system')],
    ['library.variants', () => variantGroups(library().all())],
    ['library.suggest', () => suggestFor(AS_CORE, library(), 3)],
  ] as const)('%s accepts what the engine returns', (channel, produce) => {
    const result = libraryChannels[channel].response.safeParse(produce());
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each([
    ['library.search', { query: 'x'.repeat(2000) }, /at most 1,000 characters/],
    ['library.importStart', { paths: [] }, /at least one file or folder/],
    ['library.search', { query: 'wto', filters: { year: 'twenty' } }, /number/],
  ] as const)('%s rejects a bad request with a readable message', (channel, request, message) => {
    const result = libraryChannels[channel].request.safeParse(request);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });
});
