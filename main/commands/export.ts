import { ApiError, ExportFormat } from '../../shared/api';
import { callChannel } from '../handlers/index';
import { fromBase64 } from '../read-file';
import { filePayload } from './files';
import { flag, type CliCommand } from './types';

export const exportCommands: Record<string, CliCommand> = {
  export: {
    usage: 'export FILE --format docx|pdf|md|txt|akn|html [--paper a4|letter]   (FILE: a declaration file or template:ID; bytes go to stdout, redirect them)',
    async run(args, ctx) {
      const format = ExportFormat.safeParse(flag(args, 'format') ?? '');
      if (!format.success) throw new ApiError('bad-request', `Choose --format ${ExportFormat.options.join('|')}.`);
      const input = args.words[0] ?? '';
      if (input.endsWith('.concord')) throw new ApiError('bad-request', 'Export drafts from the app (File → Export); the command line exports declaration files and templates.');
      const { declaration } = input.startsWith('template:')
        ? await callChannel('templates.declaration', { id: input.slice('template:'.length) }, ctx)
        : await callChannel('decl.import', await filePayload(input), ctx);
      const paper = flag(args, 'paper') === 'letter' ? 'letter' : 'a4';
      const file = await callChannel('drafts.export', { declaration, format: format.data, paper }, ctx);
      const bytes = fromBase64(file.data);
      return ['docx', 'pdf'].includes(format.data) ? bytes : new TextDecoder().decode(bytes);
    },
  },
};
