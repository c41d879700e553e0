import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../../shared/model';
import { ClauseLibrary } from '../../../shared/library/library';
import { VariantGrouping } from '../../../shared/library/variant-grouping';
import { libraryVariants } from '../../../shared/library/variants';
import { seededRandom } from '../../../shared/random';
import { readDeclarationText } from '../../../shared/text/read';
import { decl, para } from './build';

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url);
const corpus: Declaration[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort()
  .map((file) => readDeclarationText(readFileSync(new URL(file, CORPUS), 'utf8'), { name: file, id: file, markdown: true }).declaration);

/** Another version of a declaration: a few words changed, dropped or added in some of its paragraphs. */
function drifted(d: Declaration, version: number, random: () => number): Declaration {
  const blocks = d.blocks.map((block) => {
    if (block.kind !== 'paragraph' || random() < 0.5) return block;
    const words = block.text.split(' ');
    for (let edit = 0; edit < 1 + Math.floor(random() * 3); edit++) {
      const at = Math.floor(random() * words.length);
      const choice = random();
      if (choice < 0.4) words[at] = words[Math.floor(random() * words.length)] ?? '';
      else if (choice < 0.7 && words.length > 10) words.splice(at, 1);
      else words.splice(at, 0, 'further');
    }
    return { ...block, text: words.join(' ') };
  });
  return { ...d, id: `${d.id}~${version}`, blocks, source: { ...d.source, hash: `${d.source.hash}~${version}` } };
}

/** The groups as their clause ids, the standard form first: what the user sees, in order. */
const idsOf = (library: ClauseLibrary, groups: { standard: number; members: readonly number[] }[]) =>
  groups.map((g) => [library.clauseOf(g.standard).id, ...g.members.filter((m) => m !== g.standard).map((m) => library.clauseOf(m).id).sort()]);

const wholeRegrouping = (library: ClauseLibrary) => idsOf(library, new VariantGrouping(library, 0.5).groups());

describe('variant groups kept as declarations come and go', () => {
  it('equal a whole regrouping after every add, replace and remove of corpus declarations and their versions', () => {
    const random = seededRandom(22);
    // Versions of a dozen declarations, so that families of near-identical clauses grow and shrink.
    const pool = corpus.slice(0, 12).flatMap((d) => [d, ...[1, 2, 3, 4].map((v) => drifted(d, v, random))]);
    const library = new ClauseLibrary();
    for (const d of pool.slice(0, 8)) library.add(d);
    const grouping = new VariantGrouping(library, 0.5);
    library.watch((doc) => grouping.touched(doc));
    const kept = () => idsOf(library, grouping.groups());
    expect(kept()).toEqual(wholeRegrouping(library));
    let largest = 0;
    for (let step = 0; step < 120; step++) {
      const held = library.declarations();
      const choice = random();
      const some = pool[Math.floor(random() * pool.length)] as Declaration;
      if (choice < 0.3 && held.length > 2) library.remove((held[Math.floor(random() * held.length)] as { id: string }).id);
      else if (choice < 0.4) library.add(drifted(some, 100 + step, random));
      else library.add(some);
      // Several changes at once, as between two looks at the variants list.
      if (step % 3 === 2) continue;
      const groups = kept();
      largest = Math.max(largest, groups.length);
      expect(groups, `step ${step}`).toEqual(wholeRegrouping(library));
    }
    // The sequence did build groups worth comparing.
    expect(largest).toBeGreaterThan(100);
  });

  const A = 'We will safeguard the multilateral trading system with the WTO at its core and oppose protectionism in all its forms.';
  const B = 'We will safeguard the multilateral trading system with the WTO as the core and oppose protectionism in all its forms.';
  const REST = 'We also welcome the new partners of the region to this meeting of ministers today.';
  const OTHER = 'Ministers further agreed to meet again in the capital of the host country next year.';

  const FAR = 'The chair thanked the delegations for their work over three long days of talks. Observers were invited to the closing session.';

  it.each([
    ['a paragraph of the two', `${A} ${B}`],
    // Unlike either wording, so that only the change of sources says they are apart no more.
    ['a longer paragraph', `${A} ${B} ${FAR}`],
  ])('two wordings in %s are not variants of each other until that paragraph goes, and again once it is back', (_name, both) => {
    const library = new ClauseLibrary();
    library.add(decl('both', [para(both)]));
    library.add(decl('a', [para(`${A} ${REST}`)]));
    library.add(decl('b', [para(`${B} ${OTHER}`)]));
    const sentencesGrouped = () =>
      libraryVariants(library).some((g) => [g.standard, ...g.variants.map((v) => v.clause)].filter((c) => c.grain === 'sentence').length === 2);
    const seen = [sentencesGrouped()];
    library.remove('both');
    seen.push(sentencesGrouped());
    library.add(decl('both', [para(both)]));
    seen.push(sentencesGrouped());
    expect(seen).toEqual([false, true, false]);
    const shown = libraryVariants(library).map((g) => [g.standard.id, ...g.variants.map((v) => v.clause.id).sort()]);
    expect(shown).toEqual(wholeRegrouping(library));
  });
});
