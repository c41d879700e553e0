import { declarationToAkn } from '../../shared/formats/akoma-ntoso';
import { declarationToDocx } from '../../shared/formats/docx-write';
import { declarationToHtml } from '../../shared/formats/html-write';
import { declarationToMarkdown } from '../../shared/formats/markdown';
import { declarationToText } from '../../shared/formats/plain';
import { fileNameFrom } from '../file-name';
import { toBase64 } from '../read-file';
import type { Handler } from './types';

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown',
  txt: 'text/plain',
  akn: 'application/akn+xml',
  html: 'text/html',
} as const;

const EXTENSION = { docx: 'docx', pdf: 'pdf', md: 'md', txt: 'txt', akn: 'akn.xml', html: 'html' } as const;

/** A draft (as a declaration) written as Word, PDF, Markdown, text, Akoma Ntoso or HTML. */
export const exportDraft: Handler<'drafts.export'> = async (req, ctx) => {
  const decl = req.declaration;
  const bytes = await (async (): Promise<Uint8Array | string> => {
    switch (req.format) {
      case 'docx':
        return declarationToDocx(decl, { paper: req.paper });
      case 'pdf':
        return ctx.renderPdf(declarationToHtml(decl, { paper: req.paper, paged: true }), req.paper);
      case 'md':
        return declarationToMarkdown(decl);
      case 'txt':
        return declarationToText(decl);
      case 'akn':
        return declarationToAkn(decl);
      case 'html':
        return declarationToHtml(decl, { paper: req.paper });
    }
  })();
  return { fileName: `${fileNameFrom(decl.title, 'declaration')}.${EXTENSION[req.format]}`, mime: MIME[req.format], data: toBase64(bytes) };
};
