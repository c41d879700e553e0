import type { HandlerContext } from '../handlers/context';

export interface CliArgs {
  /** Positional words after the command. */
  words: string[];
  flags: Map<string, string | true>;
  /** Every value of a flag given more than once ("--as EU --as Japan"), in order. */
  repeated?: Map<string, string[]>;
}

/** One CLI command: its usage line and what it prints. Output may be bytes (a .docx on stdout). */
export interface CliCommand {
  usage: string;
  run(args: CliArgs, ctx: HandlerContext): Promise<string | Uint8Array>;
}

export const asJson = (value: unknown) => JSON.stringify(value, null, 2);

/** A string flag's value, or undefined. */
export function flag(args: CliArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** Every value a flag was given, in order ("--as EU --as Japan"): [] when it was not given. */
export function flagValues(args: CliArgs, name: string): string[] {
  return args.repeated?.get(name) ?? (typeof args.flags.get(name) === 'string' ? [flag(args, name) ?? ''] : []);
}
