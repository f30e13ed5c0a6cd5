import { KINDS, type CollectionName, type Kind } from '../schemas';
import { getCollectionFields, type FieldDoc } from '../schemas/fields';
import { getNearest, toId } from '../search/text';

/**
 * Marks a value the contributor still has to write. The checker reports every one left, with
 * its line and what the field expects, so a fresh template reads as a to-do list.
 */
export const PLACEHOLDER = 'TODO';

/** True for a template placeholder left in: `TODO`, or text starting with `TODO:`. */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && /^TODO\b/.test(value);
}

/** Scripts an id cannot be derived from; titles in them need an explicit `--id`. */
const NON_LATIN = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** The field that holds an entry's title or name: filled from the command line. */
const TITLE_FIELDS = ['title', 'name'];

const quote = (text: string) => JSON.stringify(text);

/** A comment block of `# ` lines, wrapped near 100 columns. */
function comment(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > 96 - indent.length) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((text) => `${indent}# ${text}`);
}

function describeField(field: FieldDoc): string {
  const description = field.description ? `${field.description.replace(/\.?$/, '.')} ` : '';
  const rule = field.required ? 'Required' : 'Optional';
  return `${description}${rule}: ${field.expected}.`;
}

/** The placeholder value of one field, as YAML lines (the first keyed by `name`). */
function placeholder(field: FieldDoc, indent: string, title: string): string[] {
  if (TITLE_FIELDS.includes(field.name) && !indent) return [`${field.name}: ${quote(title)}`];
  if (field.name === 'summary') return [`summary: ${quote(`${PLACEHOLDER}: one sentence that says what the entry is`)}`];
  if (!field.list && field.fields) {
    return [`${field.name}: { ${field.fields.map((inner) => `${inner.name}: ${PLACEHOLDER}`).join(', ')} }`];
  }
  if (field.list && field.fields) {
    const [first, ...rest] = field.fields.flatMap((inner) => itemLines(inner, `${indent}    `, title));
    return [`${field.name}:`, `${indent}  - ${first!.trimStart()}`, ...rest];
  }
  if (field.list) return [`${field.name}: [${PLACEHOLDER}]`];
  if (field.default !== undefined) return [`${field.name}: ${String(field.default)}`];
  return [`${field.name}: ${PLACEHOLDER}`];
}

/** A field inside a list item: required ones as placeholders, optional ones commented out. */
function itemLines(field: FieldDoc, indent: string, title: string): string[] {
  const [first, ...rest] = placeholder(field, indent, title);
  const hint = field.values ? `one of ${field.values.join(', ')}` : field.expected;
  const line = `${indent}${first!}  # ${field.required ? '' : 'optional: '}${hint}`;
  return field.required ? [line, ...rest] : [`${indent}# ${first!}  # optional: ${hint}`, ...rest.map((text) => `# ${text}`)];
}

function fieldLines(field: FieldDoc, title: string): string[] {
  const lines = placeholder(field, '', title);
  const commentLines = comment(describeField(field), '');
  if (field.required || TITLE_FIELDS.includes(field.name)) return [...commentLines, ...lines];
  return [...commentLines, ...lines.map((line) => `# ${line}`)];
}

const BODY_OUTLINES: Record<CollectionName, (title: string) => string[]> = {
  productions: (title) => [
    `${PLACEHOLDER}: what *${title}* is, for which market, and who made it.[^1]`,
    '## Production',
    `${PLACEHOLDER}: who planned and produced it, and how it was taken local.[^1]`,
    '## Release',
    `${PLACEHOLDER}: where and when it premiered or streams.[^1]`,
  ],
  studios: (title) => [
    `${PLACEHOLDER}: what kind of company ${title} is and where it is based.[^1]`,
    '## Work abroad',
    `${PLACEHOLDER}: the productions it made or aired for markets abroad.[^1]`,
  ],
  musicals: (title) => [
    `${PLACEHOLDER}: what *${title}* is and who produces it.[^1]`,
    '## Stagings abroad',
    `${PLACEHOLDER}: where it was staged, in which language, and with which cast.[^1]`,
  ],
  people: (title) => [
    `${PLACEHOLDER}: who ${title} is, in one or two sentences.[^1]`,
    '## Work abroad',
    `${PLACEHOLDER}: the productions abroad they worked on, and in what role.[^1]`,
  ],
  sources: () => [`${PLACEHOLDER}: what the piece reports, linking the entries it is cited by.`],
};

function bodyLines(collection: CollectionName, title: string): string[] {
  const guide = [
    '{/*',
    '  Neutral, factual prose in English. Every fact is followed by a footnote citing a source,',
    '  and every entry you mention is linked relatively, e.g. [Studio Dragon](../../studios/studio-dragon/).',
    '  This comment renders nothing; delete it when you are done.',
    '*/}',
  ].join('\n');
  const footnote =
    collection === 'sources' ? [] : [`[^1]: ${PLACEHOLDER}: the source, as a link to its entry in content/sources/, and its date.`];
  return [guide, ...BODY_OUTLINES[collection](title), ...footnote];
}

/**
 * The complete text of a new entry: every field of the collection's schema with its
 * description as a YAML comment, required ones as placeholders and optional ones commented
 * out, then an outline of the body.
 */
export function createTemplate(kind: Kind, title: string): string {
  const collection = KINDS[kind];
  const intro = comment(
    `A new ${kind}. Replace every ${PLACEHOLDER}, uncomment the optional fields you have a source for, delete the other comments, then run \`npm run check\`. Field reference: /contribute/schema/#${collection}`,
    '',
  );
  // A blank line before each field's comment keeps the fields apart.
  const frontmatter = getCollectionFields(collection).flatMap((field) => ['', ...fieldLines(field, title)]);
  return ['---', ...intro, ...frontmatter, '---', '', bodyLines(collection, title).join('\n\n'), ''].join('\n');
}

/** The kind a contributor meant, accepting plurals ("productions"); undefined with suggestions otherwise. */
export function parseKind(text: string): { kind?: Kind; nearest: string[] } {
  const lower = text.toLowerCase();
  const byCollection = Object.entries(KINDS).find(([, collection]) => collection === lower)?.[0];
  const kind = (lower in KINDS ? lower : byCollection) as Kind | undefined;
  return kind ? { kind, nearest: [] } : { nearest: getNearest(lower, Object.keys(KINDS)) };
}

/** The result of choosing an id for a new entry: the id, or why there is none and what to do. */
export type IdChoice = { id: string; error?: undefined } | { id?: undefined; error: string };

/**
 * The id of a new entry: `--id` when given, else derived from the title. Refuses ids already
 * taken in the collection (suggesting a free one) and titles in Hangul or kana without `--id`.
 */
export function chooseId(title: string, explicitId: string | undefined, taken: ReadonlySet<string>): IdChoice {
  if (explicitId === undefined && NON_LATIN.test(title)) {
    return {
      error: `"${title}" is not in Latin letters, so no id can be made from it: pass one with --id, e.g. --id marry-my-husband-japan (the romanized or English title, lower case, words joined by hyphens)`,
    };
  }
  const id = explicitId ?? toId(title);
  if (!id) return { error: `"${title}" has no letters or digits to make an id from: pass one with --id` };
  if (explicitId !== undefined && id !== toId(id)) {
    return {
      error: `--id ${explicitId} is not a valid id (lower-case letters, digits and single hyphens): did you mean --id ${toId(id)}?`,
    };
  }
  if (!taken.has(id)) return { id };
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return {
    error: `the id \`${id}\` is taken: pick another with --id, e.g. one that adds the market or year (--id ${id}-japan, --id ${id}-2025) or --id ${id}-${n}`,
  };
}
