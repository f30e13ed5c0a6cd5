import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { COLLECTIONS, SINGULAR, type CollectionName } from '../../schemas';
import type { SourceFile } from '../content-files';
import { PLACEHOLDER } from '../scaffold';
import { getNearest } from '../../search/text';
import type { Problem } from '../problems';
import type { EntryIds } from './references';

/**
 * Components an entry body may use. The site provides none yet: bodies are Markdown (with GFM
 * tables and footnotes), so any JSX element is an error that names this list.
 */
export const BODY_COMPONENTS: readonly string[] = [];

const PLACEHOLDER_TEXT = new RegExp(`\\b${PLACEHOLDER}\\b`);

// Parsing only (no transforms run), so one frozen processor serves every file.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** Parses an entry body as the site's MDX does: Markdown, GFM and MDX syntax. Throws on MDX syntax errors. */
export function parseBody(body: string): Root {
  return processor.parse(body);
}

type Node = Root | RootContent;

function* walk(node: Node): Generator<RootContent> {
  if (node.type !== 'root') yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

function listComponents(): string {
  return BODY_COMPONENTS.length ? BODY_COMPONENTS.map((name) => `<${name}>`).join(', ') : 'none yet';
}

/** Checks one link target; returns what is wrong with it, or undefined when it is fine. */
function checkUrl(
  url: string,
  file: SourceFile,
  ids: EntryIds,
): Pick<Problem, 'message' | 'found' | 'expected' | 'suggestion'> | undefined {
  const found = JSON.stringify(url);
  if (url.startsWith('#')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme) {
    if (scheme === 'http' || scheme === 'https') return undefined;
    return {
      message: `a link may only go to an http(s) address, not a \`${scheme}:\` one`,
      found,
      expected: 'an http:// or https:// URL, or a relative link to an entry',
      suggestion: scheme === 'mailto' ? 'link to a web page instead of an e-mail address' : 'remove the link',
    };
  }
  if (url.startsWith('//')) {
    return { message: 'a link without a scheme', found, expected: 'an http:// or https:// URL', suggestion: `write https:${url}` };
  }
  // Resolve the link from the entry's own page, /<collection>/<id>/, as a browser would.
  const page = `https://site.invalid/${file.collection}/${file.id}/`;
  const target = new URL(url, page);
  const segments = target.pathname.split('/').filter(Boolean);
  const [collection, id, ...rest] = segments;
  const relative = (path: string) => `../../${path}`;
  const known = (COLLECTIONS as readonly string[]).includes(collection ?? '') ? (collection as CollectionName) : undefined;
  if (url.startsWith('/')) {
    return {
      message: 'a link starting with `/` breaks when the site is served under a sub-path',
      found,
      expected: 'a link relative to this page',
      suggestion: `write ${relative(url.replace(/^\/+/, ''))}`,
    };
  }
  if (known && id !== undefined && rest.length === 0) {
    const exists = ids.get(known)?.has(id);
    if (exists && target.pathname.endsWith('/')) return undefined;
    if (exists) {
      return {
        message: 'a link to an entry must end with `/`',
        found,
        expected: `../../${known}/${id}/`,
        suggestion: `write ../../${known}/${id}/${target.search}${target.hash}`,
      };
    }
    const owner = COLLECTIONS.find((name) => ids.get(name)?.has(id));
    const nearest = getNearest(id, ids.get(known) ?? []);
    return {
      message: owner ? `\`${id}\` is a ${SINGULAR[owner]}, not a ${SINGULAR[known]}` : `no ${SINGULAR[known]} has the id \`${id}\``,
      found,
      expected: `a link to an entry, like ../../${known}/<id>/`,
      suggestion: owner
        ? `write ../../${owner}/${id}/`
        : nearest.length
          ? `did you mean ${nearest.map((near) => `../../${known}/${near}/`).join(' or ')}?`
          : undefined,
    };
  }
  if (known && id === undefined) return undefined;
  // A link one level off (`../studios/x/`) still names a collection and an id: point to the right form.
  const named = segments.findLastIndex(
    (segment, index) => (COLLECTIONS as readonly string[]).includes(segment) && index < segments.length - 1,
  );
  const guess = named >= 0 && segments[named + 1] ? `../../${segments[named]}/${segments[named + 1]}/` : undefined;
  return {
    message: 'a relative link must lead to an entry page',
    found,
    expected: 'a link like ../../studios/studio-dragon/ or an http(s) URL',
    suggestion: guess ? `write ${guess}` : undefined,
  };
}

function nodeProblem(node: RootContent, file: SourceFile, ids: EntryIds): Omit<Problem, 'file' | 'line' | 'field'> | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return {
        message: 'entries may not import or export: content never runs its own code',
        found: JSON.stringify(node.value.split('\n')[0]),
        expected: 'Markdown only',
        suggestion: 'remove the line; write the text in Markdown',
      };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (node.name && BODY_COMPONENTS.includes(node.name)) return undefined;
      const tag = node.name ? `<${node.name}>` : 'a fragment `<>`';
      return {
        message: `${tag} is not a component the site provides`,
        found: tag,
        expected: `Markdown, or one of the site's components (${listComponents()})`,
        suggestion: /^[a-z]/.test(node.name ?? '')
          ? 'HTML is not allowed in entries: use Markdown (**bold**, *italic*, [link](../../studios/id/), tables)'
          : 'remove it and write the text in Markdown',
      };
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      // `{/* ... */}` is MDX's comment syntax: it renders nothing and runs nothing.
      const program = node.data?.estree;
      if (program && program.body.length === 0) return undefined;
      return {
        message: 'entries may not contain `{...}` expressions: content never runs its own code',
        found: JSON.stringify(`{${node.value}}`),
        expected: 'plain text',
        suggestion: 'to write a brace as text, escape it: \\{',
      };
    }
    case 'link':
    case 'image':
    case 'definition':
      return checkUrl(node.url, file, ids);
    default:
      return undefined;
  }
}

/** Line number, in the file, of an MDX syntax error thrown by the parser. */
function errorLine(error: unknown): number {
  const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
  return place?.line ?? place?.start?.line ?? (error as { line?: number }).line ?? 1;
}

/**
 * Checks an entry's body: MDX that would run code (import, export, expressions), components the
 * site does not provide, raw HTML, links (http(s) only outside; inside, relative links to
 * entries that exist), and citations (a footnote in every paragraph, to a listed source). Lines
 * are the file's own.
 */
export function checkBody(file: SourceFile, ids: EntryIds, listed = listedSources(file)): Problem[] {
  return checkParsedBody(file, ids, listed).problems;
}

/** checkBody's problems, and the sources the body's footnotes cite (none when it does not parse), from one parse. */
function checkParsedBody(file: SourceFile, ids: EntryIds, listed: string[] | undefined): { problems: Problem[]; cited?: Set<string> } {
  const at = (line: number | undefined) => file.bodyLine + (line ?? 1) - 1;
  let tree: Root;
  try {
    tree = parseBody(file.body);
  } catch (error) {
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      problems: [
        {
          file: file.file,
          line: at(errorLine(error)),
          field: '(body)',
          message: `MDX syntax: ${reason.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)$/, '')}`,
          suggestion: 'a `<` or `{` meant as text must be escaped: \\< or \\{',
        },
      ],
    };
  }
  const cited = new Set(tree.children.flatMap((node) => (node.type === 'footnoteDefinition' ? getFootnoteSources(node) : [])));
  const problems: Problem[] = citationProblems(tree, file, at, listed);
  const footnotes = new Set<string>();
  for (const node of walk(tree)) {
    if (node.type === 'footnoteDefinition') footnotes.add(node.identifier);
    const problem = nodeProblem(node, file, ids);
    if (problem) problems.push({ file: file.file, line: at(node.position?.start.line), field: '(body)', ...problem });
  }
  for (const node of walk(tree)) {
    if (node.type !== 'text') continue;
    if (PLACEHOLDER_TEXT.test(node.value)) {
      problems.push({
        file: file.file,
        line: at(node.position?.start.line),
        field: '(body)',
        message: 'fill in this placeholder from the template',
        found: JSON.stringify(node.value.length > 60 ? `${node.value.slice(0, 57)}...` : node.value),
        expected: 'your own text',
      });
    }
    // GFM leaves a footnote marker with no definition as plain text: the citation would silently vanish.
    for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
      if (footnotes.has(match[1]!.toLowerCase())) continue;
      problems.push({
        file: file.file,
        line: at(node.position?.start.line),
        field: '(body)',
        message: `footnote [^${match[1]!}] has no definition`,
        found: JSON.stringify(match[0]),
        expected: `a line [^${match[1]!}]: ... citing a source`,
        suggestion: footnotes.size ? `defined footnotes: ${[...footnotes].map((name) => `[^${name}]`).join(', ')}` : undefined,
      });
    }
  }
  return { problems, cited };
}

/** The source ids an entry's frontmatter lists, as written; undefined when it lists none (or did not parse). */
function listedSources(file: SourceFile): string[] | undefined {
  const sources = (file.frontmatter as { sources?: unknown } | undefined)?.sources;
  return Array.isArray(sources) ? sources.filter((id): id is string => typeof id === 'string') : undefined;
}

const SOURCE_LINK = /^\.\.\/\.\.\/sources\/([a-z0-9-]+)\/$/;

/**
 * Citation rules for every entry but a source: each paragraph carries a footnote, and each
 * footnote links the entry of a source the frontmatter lists, so a reader can check every fact.
 */
function citationProblems(tree: Root, file: SourceFile, at: (line: number | undefined) => number, listed: string[] | undefined): Problem[] {
  if (file.collection === 'sources') return [];
  const problems: Problem[] = [];
  // A marker with no definition stays text: it is reported as such, not again here.
  const hasFootnote = (node: Node) =>
    [...walk(node)].some((child) => child.type === 'footnoteReference' || (child.type === 'text' && /\[\^[^\]\s]+\]/.test(child.value)));
  for (const node of tree.children) {
    if (node.type === 'paragraph' && !hasFootnote(node)) {
      const text = [...walk(node)].flatMap((child) => (child.type === 'text' ? [child.value] : [])).join('');
      problems.push({
        file: file.file,
        line: at(node.position?.start.line),
        field: '(body)',
        message: 'a paragraph cites no source',
        found: JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text),
        expected: 'a footnote marker like [^1] after the facts it supports',
        suggestion: 'add [^1] and, at the end, [^1]: [Publisher](../../sources/<id>/), with the date',
      });
    }
    if (node.type !== 'footnoteDefinition') continue;
    const cited = getFootnoteSources(node);
    const line = at(node.position?.start.line);
    const isPlaceholder = [...walk(node)].some((child) => child.type === 'text' && PLACEHOLDER_TEXT.test(child.value));
    if (cited.length === 0 && !isPlaceholder) {
      problems.push({
        file: file.file,
        line,
        field: '(body)',
        message: `footnote [^${node.label ?? node.identifier}] links no source entry`,
        expected: 'a link to a source entry, like [Variety](../../sources/<id>/)',
        suggestion: listed?.length ? `the sources this entry lists: ${listed.join(', ')}` : undefined,
      });
    }
    // Frontmatter that did not parse, or lists no sources, has its own problem that says so.
    if (!listed) continue;
    for (const id of cited.filter((id) => !listed.includes(id!))) {
      problems.push({
        file: file.file,
        line,
        field: '(body)',
        message: `footnote [^${node.label ?? node.identifier}] cites \`${id!}\`, which the frontmatter's \`sources\` does not list`,
        found: `\`${id!}\``,
        expected: 'a source listed in `sources`',
        suggestion: `add ${id!} to \`sources\``,
      });
    }
  }
  return problems;
}

/** The source ids a footnote definition links. */
function getFootnoteSources(node: Node): string[] {
  return [...walk(node)]
    .flatMap((child) => (child.type === 'link' ? [SOURCE_LINK.exec(child.url)?.[1]] : []))
    .filter((id) => id !== undefined);
}

/**
 * A translation is checked as its original is, against the sources the original lists, and must
 * cite exactly the sources the original's text cites: a translation adds no claim and drops none.
 */
function translationCitationProblems(translation: SourceFile, mine: Set<string>, original: SourceFile, theirs: Set<string>): Problem[] {
  const missing = [...theirs].filter((id) => !mine.has(id));
  const extra = [...mine].filter((id) => !theirs.has(id));
  if (!missing.length && !extra.length) return [];
  return [
    {
      file: translation.file,
      line: 1,
      field: '(body)',
      message: `a translation cites the sources its original cites, no more and no fewer`,
      found: [missing.length && `missing ${missing.join(', ')}`, extra.length && `extra ${extra.join(', ')}`].filter(Boolean).join('; '),
      expected: `the footnotes of ${original.file}: ${[...theirs].join(', ')}`,
      suggestion: 'translate every paragraph with its footnotes, and update the translation when the original changes',
    },
  ];
}

/**
 * Checks the body of every file that has frontmatter (without it there is no telling where the
 * body starts, and the frontmatter error says enough), and of every translation whose original
 * exists. Problems come in file order, then line.
 */
export function checkBodies(files: readonly SourceFile[], ids: EntryIds): Problem[] {
  const key = (file: SourceFile) => `${file.collection}/${file.id}`;
  const originals = new Map(files.filter((file) => !file.locale).map((file) => [key(file), file]));
  // Each body is parsed once: an original's cited sources are what its translations are held to.
  const checked = new Map(
    files.flatMap((file) => {
      const original = file.locale ? originals.get(key(file)) : file;
      if (!original || (!file.locale && file.bodyLine === 1)) return [];
      return [[file, checkParsedBody(file, ids, listedSources(original))] as const];
    }),
  );
  return files.flatMap((file) => {
    const result = checked.get(file);
    if (!result) return [];
    const original = file.locale && originals.get(key(file));
    const theirs = original && checked.get(original)?.cited;
    if (!original || !result.cited || !theirs) return result.problems;
    return [...result.problems, ...translationCitationProblems(file, result.cited, original, theirs)];
  });
}
