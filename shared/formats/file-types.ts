/** The kinds of file Concord writes: the extension and media type of each, named once. */
export const FILE_TYPES = {
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: 'pdf', mime: 'application/pdf' },
  md: { extension: 'md', mime: 'text/markdown' },
  txt: { extension: 'txt', mime: 'text/plain' },
  akn: { extension: 'akn.xml', mime: 'application/akn+xml' },
  html: { extension: 'html', mime: 'text/html' },
  json: { extension: 'json', mime: 'application/json' },
  bracketsJson: { extension: 'brackets.json', mime: 'application/json' },
} as const;

/** One kind of written file. */
export interface FileType {
  extension: string;
  mime: string;
}
