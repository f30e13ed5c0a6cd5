import type { CollectionName } from '../../schemas';
import { foldText } from '../../search/text';
import type { SourceFile } from '../content-files';
import type { Problem } from '../problems';
import type { ValidEntry } from '../validate';

// Rules across entries: names readers and search could not tell apart, and parent cycles.

/** Titles, names and aliases by which search and readers tell entries apart. */
function getNames(collection: CollectionName, data: Record<string, unknown>): { path: (string | number)[]; name: string }[] {
  if (collection === 'sources') return [];
  const names: { path: (string | number)[]; name: string }[] = [];
  for (const key of ['title', 'name']) {
    if (typeof data[key] === 'string') names.push({ path: [key], name: data[key] });
  }
  (data['aliases'] as string[]).forEach((name, index) => names.push({ path: ['aliases', index], name }));
  return names;
}

/** Problems only the whole catalog shows: shared names and cycles of parent companies. */
export function crossEntryProblems(files: readonly SourceFile[], valid: readonly ValidEntry[]): Problem[] {
  const problems: Problem[] = [];
  const fileOf = new Map(files.map((file) => [`${file.collection}/${file.id}`, file]));

  // Every entry using each folded name; a clash is reported where it can be fixed: on the
  // alias if there is one (aliases are the extra names), else on every title but the first.
  const users = new Map<string, { entry: ValidEntry; path: (string | number)[]; name: string }[]>();
  for (const entry of valid) {
    const seenHere = new Set<string>();
    for (const { path, name } of getNames(entry.collection, entry.data)) {
      const key = foldText(name);
      if (!key || seenHere.has(key)) continue;
      seenHere.add(key);
      users.set(key, [...(users.get(key) ?? []), { entry, path, name }]);
    }
  }
  for (const group of users.values()) {
    if (group.length < 2) continue;
    const aliases = group.filter((use) => use.path[0] === 'aliases');
    for (const use of aliases.length ? aliases : group.slice(1)) {
      const file = fileOf.get(`${use.entry.collection}/${use.entry.id}`)!;
      const others = group.filter((other) => other.entry !== use.entry).map((other) => other.entry.file);
      problems.push({
        file: file.file,
        line: file.lineOf(use.path),
        field: use.path.join('.'),
        message: `"${use.name}" is also a title, name or alias of ${others.join(' and ')}: readers and search could not tell them apart`,
        found: JSON.stringify(use.name),
        expected: 'a name no other entry uses',
        suggestion:
          use.path[0] === 'aliases'
            ? 'remove the alias, or make it more specific (add the market or year)'
            : 'make the title more specific (add the market or year, as in "Marry My Husband (Japan)")',
      });
    }
  }

  const parents = new Map(
    valid
      .filter((entry) => entry.collection === 'studios' && entry.data['parent'])
      .map((entry) => [entry.id, (entry.data['parent'] as { id: string }).id]),
  );
  const reported = new Set<string>();
  for (const start of parents.keys()) {
    const chain = [start];
    let next = parents.get(start);
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = parents.get(next);
    }
    if (next !== start || reported.has(start)) continue;
    chain.forEach((id) => reported.add(id));
    const file = fileOf.get(`studios/${start}`)!;
    problems.push({
      file: file.file,
      line: file.lineOf(['parent']),
      field: 'parent',
      message: `parent studios form a cycle: ${[...chain, start].join(' -> ')}`,
      found: `\`${parents.get(start)!}\``,
      expected: 'a chain of parents that ends at a company with no parent',
      suggestion: 'remove `parent` from one of these studios',
    });
  }
  return problems;
}
