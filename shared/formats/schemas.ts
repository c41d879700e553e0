/** The files Concord writes, as every export channel returns them. */
import { z } from 'zod';

/** An exported file: its suggested name, type and bytes as base64. */
export const ExportedFile = z.object({ fileName: z.string(), mime: z.string(), data: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;

/** The formats a draft exports to. */
export const ExportFormat = z.enum(['docx', 'pdf', 'md', 'txt', 'akn', 'html']);
export type ExportFormat = z.infer<typeof ExportFormat>;
