import { SINGULAR } from '../../schemas';
import { getNearest } from '../../search/text';
import type { SourceFile } from '../content-files';
import type { Problem } from '../problems';
import type { EntryIds } from './references';
import { fileNameProblems } from './files';

// Translation rules: a file under content/<locale>/ translates the body of an entry that exists,
// and holds nothing else (names and summaries live in the entry's own `ko:` / `ja:` block).

/** The problems of a translation file besides its body's (bodies.ts checks that against the original). */
export function translationProblems(file: SourceFile, ids: EntryIds): Problem[] {
  const problems = fileNameProblems(file);
  const known = ids.get(file.collection)!;
  if (problems.length === 0 && !known.has(file.id)) {
    const nearest = getNearest(file.id, known);
    problems.push({
      file: file.file,
      line: 1,
      field: '(file name)',
      message: `a translation of a ${SINGULAR[file.collection]} that is not in the catalog`,
      found: JSON.stringify(file.id),
      expected: `the id of an entry in content/${file.collection}/`,
      suggestion: nearest.length ? `did you mean ${nearest.map((id) => `${id}.mdx`).join(' or ')}?` : undefined,
    });
  }
  const keys = Object.keys((file.frontmatter as object | undefined) ?? {});
  if (keys.length > 0) {
    problems.push({
      file: file.file,
      line: 1,
      field: '(frontmatter)',
      message: 'a translation holds only the translated text',
      found: keys.map((key) => `\`${key}\``).join(', '),
      expected: 'no frontmatter',
      suggestion: `put the name and summary in content/${file.collection}/${file.id}.mdx, under \`${file.locale}:\``,
    });
  }
  return problems;
}
