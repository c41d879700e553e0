/**
 * How Concord words a failed validation, everywhere: "where: what" for each issue, joined with
 * "; ", at most `limit` of them and then how many more. `whole` names the value itself when an
 * issue has no path ("request", "file").
 */
/** What this needs of a zod error (a ZodError, or the same shape from a schema's safeParse). */
interface Issues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

export function issuesText(error: Issues, limit = 1, whole = 'value'): string {
  const parts = error.issues.slice(0, limit).map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : whole}: ${issue.message}`);
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : '';
  return parts.length > 0 ? `${parts.join('; ')}${more}` : 'unknown problem';
}
