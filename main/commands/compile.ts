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
    usage: 'compile BASE RETURN... [--as NAME]... [--format concord|docx|txt|json]   returns compiled into one bracketed, attributed text (Word with tracked changes: one return per author); one --as per return without authors, in order',
    async run(args, ctx) {
      const format = flag(args, 'format') ?? 'txt';
      if (!(FORMATS as readonly string[]).includes(format)) throw new ApiError('bad-request', `Unknown --format "${format}"; use ${FORMATS.join(', ')}.`);
      const [base, ...files] = args.words;
      if (files.length === 0) throw new ApiError('bad-request', 'Name the base text and at least one returned draft: compile BASE RETURN... (files, or template:ID for the base).');
      const payloads = await Promise.all(files.map(filePayload));
      // The --as names go, in order, to the returns whose tracked changes name no author.
      const unnamed = (await Promise.all(payloads.map((file) => callChannel('compile.inspect', { file }, ctx)))).map((info) => info.authors.length === 0);
      const labels = flagValues(args, 'as');
      const needed = unnamed.filter(Boolean).length;
      if (labels.length !== needed) {
        const which = files.filter((_, k) => unnamed[k]).join(', ');
        throw new ApiError('bad-request', `${needed} of the returns carry no author${which ? ` (${which})` : ''} and ${labels.length} --as names were given: give one --as NAME for each, in order.`);
      }
      let next = 0;
      const returns = payloads.map((file, k) => (unnamed[k] ? { file, as: labels[next++] ?? '' } : { file }));
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
