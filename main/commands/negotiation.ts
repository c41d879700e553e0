/** Negotiation texts from the command line: their open brackets, the clean text, the trend across versions. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api';
import { decodeBytes } from '../../shared/text/decode';
import { callChannel } from '../handlers/index';
import { formatTable } from './table';
import { asJson, flag, type CliArgs, type CliCommand } from './types';

/** The text of a file named on the command line, read the way an import reads it. */
async function textOf(file: string | undefined): Promise<string> {
  if (!file) throw new ApiError('bad-request', 'Name the negotiation text to read (a .txt or .md file).');
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new ApiError('not-found', `Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
  });
  return decodeBytes(new Uint8Array(bytes)).text;
}

const partiesOf = (args: CliArgs) => flag(args, 'parties')?.split(',').map((p) => p.trim()).filter(Boolean);

export const negotiationCommands: Record<string, CliCommand> = {
  'negotiation brackets': {
    usage: 'negotiation brackets FILE [--parties A,B] [--json]   open brackets of a text: totals, per section and delegation',
    async run(args, ctx) {
      const parties = partiesOf(args);
      const report = await callChannel('negotiation.parse', { text: await textOf(args.words[0]), ...(parties ? { parties } : {}) }, ctx);
      if (args.flags.has('json')) return asJson(report);
      const { total, sections, parties: byParty } = report.tally;
      return [
        `${total.open} open (${total.alternatives} alternatives, ${total.optionSets} option sets, ${total.unattributed} unattributed), ${total.unbalanced} unbalanced`,
        '',
        formatTable(['section', 'open'], sections.map((s) => [s.section ?? '(before the first heading)', s.counts.open])),
        ...(byParty.length ? ['', formatTable(['delegation', 'open'], byParty.map((p) => [p.party, p.open]))] : []),
      ].join('\n');
    },
  },
  'negotiation clean': {
    usage: 'negotiation clean FILE [--keep-visible]           the clean text; refused while brackets are open unless kept visible',
    async run(args, ctx) {
      const mode = args.flags.has('keep-visible') ? 'keep-visible' : 'refuse';
      const result = await callChannel('negotiation.clean', { text: await textOf(args.words[0]), mode }, ctx);
      if (!result.ok) throw new ApiError('conflict', `${result.message} ${result.open.map((o) => `line ${o.line}: ${o.excerpt}`).join('; ')}`);
      return result.text;
    },
  },
  'negotiation trend': {
    usage: 'negotiation trend FILE... [--json]                 open brackets in each version, oldest file first',
    async run(args, ctx) {
      const versions = await Promise.all(args.words.map(async (file) => ({ name: path.basename(file), text: await textOf(file) })));
      const trend = await callChannel('negotiation.trend', { versions }, ctx);
      if (args.flags.has('json')) return asJson(trend);
      return formatTable(['version', 'open', 'unbalanced'], trend.points.map((p) => [p.name, p.open, p.unbalanced]));
    },
  },
};
