import { declarationToAkn } from '../../shared/formats/akoma-ntoso';
import { declarationToDocx } from '../../shared/formats/docx-write';
import { FILE_TYPES } from '../../shared/formats/file-types';
import { declarationToHtml } from '../../shared/formats/html-write';
import { declarationToMarkdown } from '../../shared/formats/markdown';
import { declarationToText } from '../../shared/formats/plain';
import { exportedFile, fileNameFrom } from '../services/exported-file';
import type { Handler } from './types';

/** A draft (as a declaration) written as Word, PDF, Markdown, text, Akoma Ntoso or HTML. */
export const exportDraft: Handler<'drafts.export'> = async (req, ctx) => {
  const decl = req.declaration;
  const bytes = await (async (): Promise<Uint8Array | string> => {
    switch (req.format) {
      case 'docx':
        return declarationToDocx(decl, { paper: req.paper });
      case 'pdf':
        return ctx.renderPdf(declarationToHtml(decl, { paper: req.paper }), req.paper);
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
  return exportedFile(fileNameFrom(decl.title, 'declaration'), FILE_TYPES[req.format], bytes);
};
