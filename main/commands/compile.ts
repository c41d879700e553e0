/** `compile`: a base text and its returns compiled into one bracketed, attributed negotiation text. */
import { ApiError } from '../../shared/api';
import { DRAFT_SCHEMA_VERSION, type Draft } from '../../shared/model';
import { serializeDraft } from '../../shared/draft-file';
import { callChannel } from '../handlers/index';
import { fromBase64 } from '../services/base64';
import { filePayload, sourceFromArg } from './files';
import { asJson, flag, flagValues, type CliCommand } from './types';

const FORMATS = ['concord', 'docx', 'txt', 'json'] as const;

/** The compilation as a .concord draft; the app builds its document from the declaration when it opens it. */
function compilationDraft(declaration: Draft['declaration'] & object): Draft {
  const now = new Date().toISOString();
  return {
    format: 'concord',
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id: `c${Date.now().toString(36)}`,
    title: declaration.title,
    createdAt: now,
    updatedAt: now,
    doc: { type: 'doc' },
    versions: [],
    declaration,
  };
}

export const compileCommands: Record<string, CliCommand> = {
  compile: {
    usage: 'compile BASE RETURN... [--as NAME]... [--format concord|docx|txt|json]   returns (Word with tracked changes: one per author) compiled into one bracketed text; one --as per return without authors, in order',
    async run(args, ctx) {
      const format = flag(args, 'format') ?? 'txt';
      if (!(FORMATS as readonly string[]).includes(format)) throw new ApiError('bad-request', `Unknown --format "${format}"; use ${FORMATS.join(', ')}.`);
      const [base, ...files] = args.words;
      if (files.length === 0) throw new ApiError('bad-request', 'Name the base text and at least one returned draft: compile BASE RETURN... (files, or template:ID for the base).');
      const labels = flagValues(args, 'as');
      if (labels.length > files.length) throw new ApiError('bad-request', `${labels.length} --as names for ${files.length} returns: give one --as per return, in order.`);
      const returns = await Promise.all(files.map(async (file, k) => ({ file: await filePayload(file), ...(labels[k] ? { as: labels[k] } : {}) })));
      const result = await callChannel('compile.run', { base: await sourceFromArg(base), returns }, ctx);
      switch (format as (typeof FORMATS)[number]) {
        case 'json':
          return asJson({ returns: result.returns, compilation: result.compilation });
        case 'concord':
          return serializeDraft(compilationDraft(result.declaration));
        case 'txt':
          return new TextDecoder().decode(fromBase64((await callChannel('drafts.export', { declaration: result.declaration, format: 'txt' }, ctx)).data));
        case 'docx':
          return fromBase64((await callChannel('negotiation.export', { source: { kind: 'declaration', declaration: result.declaration }, format: 'bracketed-docx' }, ctx)).data);
      }
    },
  },
};
