import { promises as fs } from 'node:fs';
import { ApiError } from '../../shared/api';
import { ExportFormat } from '../../shared/formats/schemas';
import { DraftFileError, parseDraftFile } from '../../shared/draft-file';
import type { Declaration } from '../../shared/model';
import { callChannel } from '../handlers/index';
import { fromBase64 } from '../services/base64';
import { filePayload } from './files';
import { flag, type CliCommand } from './types';

/** The declaration a saved draft carries (written by the app at each save). */
async function draftDeclaration(file: string): Promise<Declaration> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ApiError('not-found', `Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
  });
  let draft;
  try {
    draft = parseDraftFile(text, file);
  } catch (error) {
    if (error instanceof DraftFileError) throw new ApiError('bad-request', error.message);
    throw error;
  }
  if (!draft.declaration) throw new ApiError('bad-request', `${file} was saved by an older Concord without its text for export; open it in Concord and save it once.`);
  return draft.declaration;
}

export const exportCommands: Record<string, CliCommand> = {
  export: {
    usage: 'export FILE --format docx|pdf|md|txt|akn|html [--paper a4|letter]   (FILE: a .concord draft, a declaration file or template:ID; bytes go to stdout)',
    async run(args, ctx) {
      const format = ExportFormat.safeParse(flag(args, 'format') ?? '');
      if (!format.success) throw new ApiError('bad-request', `Choose --format ${ExportFormat.options.join('|')}.`);
      const input = args.words[0] ?? '';
      const declaration = input.endsWith('.concord')
        ? await draftDeclaration(input)
        : input.startsWith('template:')
          ? (await callChannel('templates.declaration', { id: input.slice('template:'.length) }, ctx)).declaration
          : (await callChannel('decl.import', await filePayload(input), ctx)).declaration;
      const paper = flag(args, 'paper') === 'letter' ? 'letter' : 'a4';
      const file = await callChannel('drafts.export', { declaration, format: format.data, paper }, ctx);
      const bytes = fromBase64(file.data);
      return ['docx', 'pdf'].includes(format.data) ? bytes : new TextDecoder().decode(bytes);
    },
  },
};
