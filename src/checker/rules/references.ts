import { COLLECTIONS, ID_PATTERN, SINGULAR, type CollectionName } from '../../schemas';
import { findReferences, getCollectionFields, getFieldAt } from '../../schemas/fields';
import { getNearest } from '../../search/text';
import type { SourceFile } from '../content-files';
import type { Problem } from '../problems';

/** The ids in each collection. */
export type EntryIds = ReadonlyMap<CollectionName, ReadonlySet<string>>;

/** Ids of every file, valid or not: a reference to an entry with its own problems is not dangling. */
export function getEntryIds(files: readonly SourceFile[]): EntryIds {
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((name) => [name, new Set()]));
  for (const file of files) ids.get(file.collection)!.add(file.id);
  return ids;
}

/**
 * References to entries that do not exist, read from the raw frontmatter of every file, so a
 * file with other problems still has its references checked in the same run.
 */
export function referenceProblems(file: SourceFile, ids: EntryIds): Problem[] {
  return findReferences(getCollectionFields(file.collection), file.frontmatter).flatMap((reference): Problem[] => {
    // Ids that are not even well-formed are the schema's to report, placeholders the template's.
    if (!ID_PATTERN.test(reference.id) || ids.get(reference.collection)!.has(reference.id)) return [];
    const owner = COLLECTIONS.find((name) => ids.get(name)!.has(reference.id));
    const nearest = getNearest(reference.id, ids.get(reference.collection)!);
    return [
      {
        file: file.file,
        line: file.lineOf(reference.path),
        field: reference.path.join('.'),
        message: owner
          ? `\`${reference.id}\` is a ${SINGULAR[owner]} (content/${owner}), but this field takes a ${SINGULAR[reference.collection]}`
          : `no ${SINGULAR[reference.collection]} has the id \`${reference.id}\``,
        found: `\`${reference.id}\``,
        expected: getFieldAt(getCollectionFields(file.collection), reference.path)?.expected,
        suggestion: nearest.length
          ? `did you mean ${nearest.map((id) => `\`${id}\``).join(' or ')}?`
          : owner
            ? `use the id of a ${SINGULAR[reference.collection]}: a file name in content/${reference.collection}/`
            : `add content/${reference.collection}/${reference.id}.mdx (npm run new -- ${SINGULAR[reference.collection]} "..."), or use an existing id`,
      },
    ];
  });
}
