import { FILE_TYPES } from '../../shared/formats/file-types';
import { declarationToHtml } from '../../shared/formats/html-write';
import { exportedFile, fileNameFrom } from '../services/exported-file';
import type { Handler } from './types';

/** A draft (as a declaration) written as Word, PDF, Markdown, text, Akoma Ntoso or HTML. */
export const exportDraft: Handler<'drafts.export'> = async (req, ctx) => {
  const decl = req.declaration;
  // Writing runs contained too: a hostile declaration must not stop the host while it is written.
  // A Word export of a draft with suggestions and comments writes them as tracked changes and comments.
  const bytes =
    req.format === 'pdf'
      ? await ctx.renderPdf(declarationToHtml(decl, { paper: req.paper, paged: true }), req.paper)
      : await ctx.contained.run('export', { declaration: decl, format: req.format, paper: req.paper, ...(req.format === 'docx' && req.review ? { review: req.review } : {}) }, { label: decl.title });
  return exportedFile(fileNameFrom(decl.title, 'declaration'), FILE_TYPES[req.format], bytes);
};
