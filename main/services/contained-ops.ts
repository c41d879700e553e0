/**
 * The work on user content that runs inside a contained worker (main/services/contained.ts):
 * reading a file, writing an export, comparing two texts and writing the redline, parsing and
 * exporting a negotiation text. Each is a plain function of plain data, so its input and output
 * cross to and from the worker as they are.
 */
import { declarationToAkn } from '../../shared/formats/akoma-ntoso';
import { declarationToDocx } from '../../shared/formats/docx-write';
import { declarationToHtml } from '../../shared/formats/html-write';
import { declarationToMarkdown } from '../../shared/formats/markdown';
import { declarationToText } from '../../shared/formats/plain';
import type { Declaration } from '../../shared/model';
import { exportNegotiation } from '../../shared/negotiation/export';
import { bracketReport } from '../../shared/negotiation/report';
import { ReadResponse, type Channel } from '../../shared/api';
import { parseRequest } from '../../shared/request';
import { parseBody } from './request-body';
import { ParseResponse } from '../../shared/negotiation/schemas';
import { readAnyFile } from './read-file';
import type { ReviewedDocx } from '../../shared/review/model';
import { reviewedDeclarationToDocx } from '../../shared/review/docx-marks';
import { compile } from '../../shared/compile/compile';
import { compilationDeclaration, compileParagraphs } from '../../shared/compile/declaration';
import { withAttributionText } from '../../shared/compile/attribution-text';
import type { ReturnedText } from '../../shared/compile/schemas';
import { changeAuthors, returnsOfFile, ReturnLabelError } from '../../shared/compile/returns';
import { ApiError } from '../../shared/api';
import { readReturnFile } from './return-file';
import { compareDeclarations } from '../../shared/diff/compare';
import { Comparison, type CompareOptions, type CompareSide } from '../../shared/diff/schemas';
import { sideFromDeclaration } from '../../shared/diff/side';
import { comparisonToDocx } from '../../shared/diff/redline/docx';
import { comparisonToHtml } from '../../shared/diff/redline/html';
import { comparisonToJson } from '../../shared/diff/redline/json';
import { comparisonToText } from '../../shared/diff/redline/text';

/** A file to read: its bytes (a request's base64 was decoded as it was validated); `id` for a template. */
export type FileInput = { name: string; data: Uint8Array; id?: string };
/** One side of a comparison: a declaration the user already holds, or a file read here first. */
export type SourceInput = { declaration: Declaration } | FileInput;
interface CompareTask {
  a: SourceInput;
  b: SourceInput;
  options: CompareOptions;
}

async function read(task: FileInput): Promise<ReadResponse> {
  return ReadResponse.parse(await readAnyFile(task.name, task.data, task.id));
}

async function comparedSides(task: CompareTask): Promise<{ a: CompareSide; b: CompareSide }> {
  const declarationOf = async (input: SourceInput) => ('declaration' in input ? input.declaration : (await read(input)).declaration);
  const [a, b] = await Promise.all([declarationOf(task.a), declarationOf(task.b)]);
  return { a: sideFromDeclaration(a), b: sideFromDeclaration(b) };
}

/** A redline written from a comparison; PDF is printed outside from the HTML. */
async function redline(c: Comparison, sides: { a: CompareSide; b: CompareSide }, format: 'html' | 'docx' | 'json' | 'text', meta: { author: string; date: string }): Promise<Uint8Array | string> {
  switch (format) {
    case 'html':
      return comparisonToHtml(c);
    case 'docx':
      return comparisonToDocx(c, { author: meta.author, date: new Date(meta.date) }, sides);
    case 'json':
      return comparisonToJson(c);
    case 'text':
      return comparisonToText(c);
  }
}

export const containedOps = {
  /**
   * A browser host request body of a file channel, parsed and checked against the channel's
   * schema here: the host gets the request back with the files' contents as bytes, transferred.
   */
  request: async (task: { channel: Channel; body: Uint8Array }) => parseRequest(task.channel, parseBody(task.body)),
  /**
   * A file read into a declaration and its import report, checked against the contract here so
   * the host only passes it on.
   */
  read,
  /** A declaration written as a file (PDF is rendered by chromium or Electron, outside). */
  export: async (task: { declaration: Declaration; format: 'docx' | 'md' | 'txt' | 'akn' | 'html'; paper: 'a4' | 'letter'; review?: ReviewedDocx }): Promise<Uint8Array | string> => {
    // Who proposed each alternative is data in the draft; a file says it in the text ("[EU: ...]").
    const decl = withAttributionText(task.declaration);
    const { paper } = task;
    switch (task.format) {
      case 'docx':
        // A draft's suggestions and comments go on the same Word export, as tracked changes and comments.
        return task.review ? reviewedDeclarationToDocx(decl, task.review, { paper }) : declarationToDocx(decl, { paper });
      case 'md':
        return declarationToMarkdown(decl);
      case 'txt':
        return declarationToText(decl);
      case 'akn':
        return declarationToAkn(decl);
      case 'html':
        return declarationToHtml(decl, { paper });
    }
  },
  /** Who a returned file says it comes from (its tracked changes' authors), and how long it is. */
  'compile.inspect': async (file: FileInput) => {
    const returned = await readReturnFile(file, read);
    return { authors: changeAuthors(returned.review), paragraphs: returned.declaration.blocks.length };
  },
  /**
   * The returned files read (`as` names the delegation of a file without tracked changes), then
   * compiled with the base into one bracketed, attributed text, as data and as a declaration.
   */
  compile: async (task: { base: Declaration; files: { file: FileInput; as?: string | undefined }[] }) => {
    const returns: ReturnedText[] = [];
    const readFiles: { file: string; delegation: string }[] = [];
    for (const item of task.files) {
      const returned = await readReturnFile(item.file, read);
      try {
        for (const ret of returnsOfFile(returned, item.as)) {
          returns.push(ret);
          readFiles.push({ file: item.file.name, delegation: ret.delegation });
        }
      } catch (error) {
        if (error instanceof ReturnLabelError) throw new ApiError('bad-request', error.message);
        throw error;
      }
    }
    const compilation = compile({ base: compileParagraphs(task.base), returns });
    return { compilation, declaration: compilationDeclaration(task.base, compilation), returns: readFiles };
  },
  /** Two texts compared (files among them read here), checked against the contract. */
  compare: async (task: CompareTask): Promise<Comparison> => {
    const { a, b } = await comparedSides(task);
    return Comparison.parse(compareDeclarations(a, b, task.options));
  },
  /** Two texts compared and the redline written; the titles name the file. */
  'compare.export': async (task: CompareTask & { format: 'html' | 'docx' | 'json' | 'text'; author: string; date: string }) => {
    const sides = await comparedSides(task);
    const c = compareDeclarations(sides.a, sides.b, task.options);
    return { titles: { a: c.a.title, b: c.b.title }, content: await redline(c, sides, task.format, task) };
  },
  'negotiation.parse': async (request: Parameters<typeof bracketReport>[0]): Promise<ReturnType<typeof bracketReport>> => ParseResponse.parse(bracketReport(request)),
  'negotiation.export': (request: Parameters<typeof exportNegotiation>[0]) => exportNegotiation(request, new Date()),
};

export type ContainedOps = typeof containedOps;
export type ContainedOp = keyof ContainedOps;
