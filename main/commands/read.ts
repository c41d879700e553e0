import { formatOutline, formatReport } from '../../shared/text/outline';
import { callChannel } from '../handlers/index';
import { filePayload } from './files';
import { asJson, type CliCommand } from './types';

export const readCommands: Record<string, CliCommand> = {
  import: {
    usage: 'import FILE [--json | --report]          read a declaration: outline, Declaration JSON, or what was repaired/removed/flagged',
    async run(args, ctx) {
      const { declaration, report } = await callChannel('decl.import', await filePayload(args.words[0] ?? ''), ctx);
      if (args.flags.has('json')) return asJson(declaration);
      if (args.flags.has('report')) return formatReport(report);
      return formatOutline(declaration);
    },
  },
};
