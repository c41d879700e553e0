import { describe, expect, it } from 'vitest';
import { declarationToText } from '../../../shared/formats/plain';
import { declaration, num, type Spec } from './sample';

describe('declarationToText', () => {
  it.each<[Spec[], string]>([
    [[{ kind: 'paragraph', text: 'We agree.', number: num('1.', 'decimal', 1) }], '1. We agree.\n'],
    [[{ kind: 'paragraph', text: 'Explore.', number: { ...num('1.', 'decimal', 1), glued: true } }], '1.Explore.\n'],
    [[{ kind: 'parties', text: '', parties: ['Chile', 'Peru'] }], 'Chile\nPeru\n'],
    [
      [
        { kind: 'footnote', text: 'A note.', marker: '*' },
        { kind: 'preamble', text: 'We*, the ministers.', cites: ['*'] },
      ],
      'We*, the ministers.\n\n* A note.\n',
    ],
  ])('writes %j', (blocks, expected) => {
    expect(declarationToText(declaration(blocks))).toBe(expected);
  });
});
