/**
 * The work on user content that runs inside a contained worker (main/services/contained.ts):
 * reading a file, writing an export, parsing and exporting a negotiation text. Each is a plain
 * function of plain data, so its input and output cross to and from the worker as they are.
 */
import { declarationToAkn } from '../../shared/formats/akoma-ntoso';
import { declarationToDocx } from '../../shared/formats/docx-write';
import { declarationToHtml } from '../../shared/formats/html-write';
import { declarationToMarkdown } from '../../shared/formats/markdown';
import { declarationToText } from '../../shared/formats/plain';
import type { Declaration } from '../../shared/model';
import { exportNegotiation } from '../../shared/negotiation/export';
import { bracketReport } from '../../shared/negotiation/report';
import { readAnyFile } from './read-file';
import type { ReviewedDocx } from '../../shared/review/model';
import { reviewedDeclarationToDocx } from '../../shared/review/docx-marks';

export const containedOps = {
  /** A file's bytes read into a declaration and its import report. */
  read: (task: { name: string; bytes: Uint8Array; id?: string }) => readAnyFile(task.name, task.bytes, task.id),
  /** A declaration written as a file (PDF is rendered by chromium or Electron, outside). */
  export: async (task: { declaration: Declaration; format: 'docx' | 'md' | 'txt' | 'akn' | 'html'; paper: 'a4' | 'letter'; review?: ReviewedDocx }): Promise<Uint8Array | string> => {
    const { declaration: decl, paper } = task;
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
  'negotiation.parse': async (request: Parameters<typeof bracketReport>[0]) => bracketReport(request),
  'negotiation.export': (request: Parameters<typeof exportNegotiation>[0]) => exportNegotiation(request, new Date()),
};

export type ContainedOps = typeof containedOps;
export type ContainedOp = keyof ContainedOps;
