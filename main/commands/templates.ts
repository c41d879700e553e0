import { callChannel } from '../handlers/index';
import { formatTable } from './table';
import { asJson, type CliCommand } from './types';

export const templateCommands: Record<string, CliCommand> = {
  info: {
    usage: 'info [--json]',
    async run(args, ctx) {
      const info = await callChannel('app.info', {}, ctx);
      return args.flags.has('json') ? asJson(info) : `${info.name} ${info.version} (${info.shell}, ${info.platform}), ${info.templatesCount} templates, workspace ${ctx.workspace}`;
    },
  },
  'templates list': {
    usage: 'templates list [--json]',
    async run(args, ctx) {
      const list = await callChannel('templates.list', {}, ctx);
      if (args.flags.has('json')) return asJson(list);
      return formatTable(
        ['id', 'title', 'words', 'paragraphs', 'date'],
        list.map((t) => [t.id, t.title.length > 64 ? `${t.title.slice(0, 63)}…` : t.title, t.words, t.paragraphs, t.date ?? '']),
      );
    },
  },
  'templates show': {
    usage: 'templates show ID [--json]',
    async run(args, ctx) {
      const t = await callChannel('templates.get', { id: args.words[0] ?? '' }, ctx);
      return args.flags.has('json') ? asJson(t) : t.text;
    },
  },
};
