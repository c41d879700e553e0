import type { ReviewedDocx } from '../../shared/review/model';
/** Writes the reviewed document as a .docx with real tracked changes and comments. */
export declare function reviewedDocxBytes(doc: ReviewedDocx): Promise<Uint8Array>;
