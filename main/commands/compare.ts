import { ApiError } from '../../shared/api';
import { IGNORE_NAMES, type IgnoreOptions } from '../../shared/diff/schemas';
import { callChannel } from '../handlers/index';
import { fromBase64 } from '../services/base64';
import { sourceFromArg } from './files';
import { flag, type CliCommand } from './types';

function ignoreOptions(list: string | undefined): IgnoreOptions {
  const ignore: IgnoreOptions = { numbering: false, case: false, punctuation: false, whitespace: false, quotes: false, emphasis: false };
  for (const name of (list ?? '').split(',').filter(Boolean)) {
    if (!(IGNORE_NAMES as readonly string[]).includes(name)) throw new ApiError('bad-request', `Unknown --ignore switch "${name}"; use ${IGNORE_NAMES.join(', ')}.`);
    ignore[name as keyof IgnoreOptions] = true;
  }
  return ignore;
}

const FORMATS = ['text', 'html', 'pdf', 'docx', 'json'] as const;

export const compareCommands: Record<string, CliCommand> = {
  compare: {
    usage: 'compare A B [--format text|html|pdf|docx|json] [--ignore numbering,case,punctuation,whitespace,quotes] [--author NAME (Word redline; default: your name in settings)]   (A, B: files or template:ID)',
    async run(args, ctx) {
      const format = flag(args, 'format') ?? 'text';
      if (!(FORMATS as readonly string[]).includes(format)) throw new ApiError('bad-request', `Unknown --format "${format}"; use ${FORMATS.join(', ')}.`);
      const [a, b] = await Promise.all([sourceFromArg(args.words[0]), sourceFromArg(args.words[1])]);
      const author = flag(args, 'author');
      const file = await callChannel('compare.export', { a, b, format: format as (typeof FORMATS)[number], options: { ignore: ignoreOptions(flag(args, 'ignore')) }, ...(author ? { author } : {}) }, ctx);
      const bytes = fromBase64(file.data);
      return format === 'docx' || format === 'pdf' ? bytes : new TextDecoder().decode(bytes);
    },
  },
};
