import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../../shared/model';
import { readDocx } from '../../../shared/formats/docx-read';
import { declarationToDocx } from '../../../shared/formats/docx-write';
import { declarationToMarkdown, readMarkdown } from '../../../shared/formats/markdown';
import { declarationToText } from '../../../shared/formats/plain';
import { readDeclarationText } from '../../../shared/text/read';

/** A declaration of our own, as a diplomat would paste it. */
const TEXT = `Joint Declaration of the Coastal States on Ocean Health

Lisbon, 12 June 2023

We, the ministers of the coastal states*, meeting in Lisbon,

Recalling the United Nations Convention on the Law of the Sea,

I. Commitments

1. We commit to protect 30 per cent of our waters by 2030.

2. We will:

(a) share scientific data;

(b) end illegal fishing; and

(c) fund marine research.

3. We welcome the Ocean Report**.

II. Follow-up

4. We will meet again in 2025.

* Chile, Kenya and Portugal.

** Document OC/2023/4.
`;

/** What a round trip must keep: kinds, numbers, markers and citations, texts. */
const shape = (d: Declaration) => d.blocks.map((b) => ({ kind: b.kind, number: b.number?.raw, marker: b.marker, cites: b.cites, text: b.text }));

describe('round trips from text', () => {
  const read = readDeclarationText(TEXT, { name: 'ocean.txt' }).declaration;

  it('reads the sample as the genre expects', () => {
    expect(read.blocks.map((b) => b.kind)).toEqual([
      'title', 'meta', 'preamble', 'preamble', 'heading', 'paragraph', 'paragraph', 'subitem', 'subitem', 'subitem',
      'paragraph', 'heading', 'paragraph', 'footnote', 'footnote',
    ]);
  });

  it.each([
    ['DOCX', async (d: Declaration) => (await readDocx(await declarationToDocx(d), { name: 'ocean.docx' })).declaration],
    ['Markdown', async (d: Declaration) => readMarkdown(declarationToMarkdown(d), { name: 'ocean.md' }).declaration],
    ['plain text', async (d: Declaration) => readDeclarationText(declarationToText(d), { name: 'ocean.txt' }).declaration],
  ])('text → declaration → %s → import gives the same blocks, numbers and footnotes', async (_format, through) => {
    expect(shape(await through(read))).toEqual(shape(read));
  });
});
