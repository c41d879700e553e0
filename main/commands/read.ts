import { formatOutline, formatReport } from '../../shared/text/outline';
import { reviewSummary } from '../../shared/review/summary';
import { callChannel } from '../handlers/index';
import { filePayload } from './files';
import { asJson, type CliCommand } from './types';

export const readCommands: Record<string, CliCommand> = {
  import: {
    usage: 'import FILE [--json | --report]          read a declaration: outline, Declaration JSON (with a Word file\'s suggestions and comments), or what was repaired/removed/flagged',
    async run(args, ctx) {
      const { declaration, report, review } = await callChannel('decl.import', await filePayload(args.words[0] ?? ''), ctx);
      // A Word file's suggestions and comments are listed beside the declaration, under "review".
      if (args.flags.has('json')) return asJson(review ? { ...declaration, review: reviewSummary(review) } : declaration);
      if (args.flags.has('report')) return formatReport(report);
      return formatOutline(declaration);
    },
  },
};
