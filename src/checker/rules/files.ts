import { COLLECTIONS, ID_PATTERN } from '../../schemas';
import { getNearest, toId } from '../../search/text';
import type { SourceFile, StrayFile } from '../content-files';
import type { Problem } from '../problems';

// File rules: where a file sits, what it is called, and whether its frontmatter parses.

/** A file name that is not an id. */
export function fileNameProblems(file: SourceFile): Problem[] {
  if (ID_PATTERN.test(file.id)) return [];
  const suggested = toId(file.id);
  return [
    {
      file: file.file,
      line: 1,
      field: '(file name)',
      message: 'the file name is not a valid id',
      found: JSON.stringify(file.id),
      expected: 'lower-case letters, digits and single hyphens, ending in .mdx',
      suggestion: suggested ? `rename it to ${suggested}.mdx` : undefined,
    },
  ];
}

/** YAML that does not parse, each error on its line. */
export function syntaxProblems(file: SourceFile): Problem[] {
  return file.syntaxErrors.map((error) => ({
    file: file.file,
    line: error.line,
    field: '(frontmatter)',
    // The parser counts lines from the start of the frontmatter; the report gives the file's line.
    message: `YAML: ${error.message.replace(/ at line \d+, column \d+:?$/, '')}`,
    suggestion: 'check the quotes, colons and indentation on this line and the one before',
  }));
}

/** Files the loader would leave out: in no collection folder, nested in one, or not `.mdx`. */
export function strayProblems(strays: readonly StrayFile[]): Problem[] {
  return strays.map(({ file, segments }) => {
    const name = segments.at(-1)!;
    const id = toId(name.replace(/\.[^.]*$/, '')) || 'id';
    const contentDir = file.slice(0, file.length - segments.join('/').length).replace(/\/$/, '') || '.';
    const [folder] = segments;
    const collection = (COLLECTIONS as readonly string[]).includes(folder!) ? folder : getNearest(folder!, COLLECTIONS, 1)[0];
    const isMdx = name.endsWith('.mdx');
    const problem = { file, line: 1, field: '(file name)', found: JSON.stringify(segments.join('/')) };
    if (segments.length === 2 && collection === folder) {
      return {
        ...problem,
        message: 'only .mdx files are entries: this file would be left out',
        expected: `${contentDir}/${folder}/<id>.mdx`,
        suggestion: /\.mdx?$/.test(name) ? `rename it to ${id}.mdx` : 'remove it: entries have no attachments',
      };
    }
    if (segments.length > 2 && collection === folder) {
      return {
        ...problem,
        message: 'entries sit directly in their collection folder, not in a subfolder',
        expected: `${contentDir}/${folder}/<id>.mdx`,
        suggestion: `move it to ${contentDir}/${folder}/${id}.mdx`,
      };
    }
    return {
      ...problem,
      message: 'this file is not in a collection folder, so it would be left out',
      expected: `${contentDir}/<${COLLECTIONS.join('|')}>/<id>.mdx`,
      suggestion:
        isMdx || /\.md$/.test(name)
          ? `move it to ${contentDir}/${collection ?? 'productions'}/${id}.mdx`
          : 'remove it: the content folder holds only entries',
    };
  });
}
