import { describe, expect, it } from 'vitest';
import { negotiationChannels } from '../../../shared/negotiation/schemas';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('negotiation channel requests', () => {
  it.each([
    ['a clean request with an unknown mode', 'negotiation.clean', { text: 'We act.', mode: 'strict' }, 'The clean-text mode is "refuse" or "keep-visible".'],
    ['an export to an unknown format', 'negotiation.export', { source: { kind: 'text', text: 'x' }, format: 'pdf' }, 'The negotiation export format is "clean-txt", "bracketed-docx" or "json".'],
    ['a trend with no versions', 'negotiation.trend', { versions: [] }, 'Give at least one version to chart.'],
    ['a trend of 201 versions', 'negotiation.trend', { versions: Array.from({ length: 201 }, (_, i) => ({ name: `v${i}`, text: '' })) }, 'At most 200 versions can be charted at once; pick the ones to compare.'],
    ['a version without a name', 'negotiation.trend', { versions: [{ name: '', text: 'x' }] }, 'Every version needs a name ("Zero draft", "Rev.1" ...).'],
    ['an empty party name', 'negotiation.parse', { text: 'x', parties: [''] }, 'A party name cannot be empty.'],
  ] as const)('refuses %s with a message a person can act on', (_, channel, request, message) => {
    expect(firstMessage(negotiationChannels[channel].request.safeParse(request))).toBe(message);
  });

  it('defaults an export to refusing open brackets, on A4', () => {
    expect(negotiationChannels['negotiation.export'].request.parse({ source: { kind: 'text', text: 'x' }, format: 'clean-txt' })).toMatchObject({ mode: 'refuse', paper: 'a4' });
  });

  it('dates versions as unknown when no date is given', () => {
    expect(negotiationChannels['negotiation.trend'].request.parse({ versions: [{ name: 'Zero draft', text: '' }] }).versions[0]?.createdAt).toBe('');
  });
});
