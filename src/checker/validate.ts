import { schemas, type CollectionName } from '../schemas';
import type { SourceFile, StrayFile } from './content-files';
import type { Problem } from './problems';
import { checkBodies } from './rules/bodies';
import { claimProblems } from './rules/claims';
import { crossEntryProblems } from './rules/cross-entry';
import { fileNameProblems, strayProblems, syntaxProblems } from './rules/files';
import { placeholderProblems, schemaProblems } from './rules/frontmatter';
import { getEntryIds, referenceProblems, type EntryIds } from './rules/references';
import { translationProblems } from './rules/translations';

// The checker's run order over the rule groups in ./rules; `npm run check`, the build and the
// tests all call validateContent.

export type { Problem } from './problems';
export { formatProblem, formatReport } from './problems';
export { getEntryIds } from './rules/references';

/** An entry whose frontmatter passed its schema: what the graph and the pages are built from. */
export interface ValidEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** The problems of one file on its own: its name, its frontmatter and its references. */
function fileProblems(file: SourceFile, ids: EntryIds): { problems: Problem[]; entry?: ValidEntry } {
  const problems = fileNameProblems(file);
  if (file.syntaxErrors.length) return { problems: [...problems, ...syntaxProblems(file)] };
  const placeholders = placeholderProblems(file);
  // A placeholder is reported once, as a placeholder, not again as a wrong value.
  const isPlaceholderPath = (field: string) =>
    placeholders.some((placeholder) => field === placeholder.field || field.startsWith(`${placeholder.field}.`));
  problems.push(...placeholders, ...referenceProblems(file, ids));
  const result = schemas[file.collection].safeParse(file.frontmatter ?? {});
  if (!result.success) {
    problems.push(...schemaProblems(file, result.error.issues, ids).filter((problem) => !isPlaceholderPath(problem.field)));
    return { problems };
  }
  return { problems, entry: { collection: file.collection, id: file.id, file: file.file, data: result.data as Record<string, unknown> } };
}

/** What validateContent checks besides the frontmatter. */
export interface ValidateOptions {
  /**
   * Parse and check the MDX bodies too (default true). The build checks them apart, on a
   * worker thread (src/integrations/content-validation.ts): the parsing is most of the cost.
   */
  bodies?: boolean;
}

/**
 * Validates every file against its schema and against each other: file names, fields,
 * placeholders, references, bodies, duplicate names, parent cycles, and released dates and
 * source addresses against what the sources can support. Returns every problem,
 * not just the first, sorted by file and line, and the entries that passed their schema.
 */
export function validateContent(
  files: readonly SourceFile[],
  strays: readonly StrayFile[] = [],
  { bodies = true }: ValidateOptions = {},
): { problems: Problem[]; entries: ValidEntry[] } {
  const originals = files.filter((file) => !file.locale);
  const ids = getEntryIds(originals);
  const problems: Problem[] = strayProblems(strays);
  const entries: ValidEntry[] = [];
  for (const file of files) {
    if (file.locale) {
      problems.push(...translationProblems(file, ids));
      continue;
    }
    const result = fileProblems(file, ids);
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
  }
  if (bodies) problems.push(...checkBodies(files, ids));
  problems.push(...crossEntryProblems(originals, entries), ...claimProblems(originals, entries));
  const order = new Map([...strays, ...files].map((file, index) => [file.file, index]));
  problems.sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line);
  return { problems, entries };
}
