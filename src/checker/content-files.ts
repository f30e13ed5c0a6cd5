import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../schemas';
import { settings } from '../settings';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../i18n/locales';

/** One MDX file as read from disk, before any validation. */
export interface SourceFile {
  collection: CollectionName;
  /** The file name without `.mdx`: the entry id. */
  id: string;
  /** Set on a translation (`content/<locale>/<collection>/<id>.mdx`): the edition its body is for. */
  locale?: TranslatedLocale;
  /** Path shown in messages, relative to the working directory. */
  file: string;
  /** Parsed frontmatter, or undefined when it could not be parsed. */
  frontmatter: unknown;
  /** YAML syntax errors, each with its line. */
  syntaxErrors: { line: number; message: string }[];
  /** The MDX body after the frontmatter. */
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** Line of the frontmatter value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** Reads one MDX file's text into a SourceFile; a translation (with `locale`) is a body, with no frontmatter. */
export function parseSourceFile(collection: CollectionName, file: string, text: string, locale?: TranslatedLocale): SourceFile {
  const id = file.replace(/^.*[\\/]/, '').replace(/\.mdx$/, '');
  const match = FRONTMATTER.exec(text);
  if (!match && locale) {
    return { collection, id, locale, file, frontmatter: {}, syntaxErrors: [], body: text, bodyLine: 1, lineOf: () => 1 };
  }
  if (!match) {
    return {
      collection,
      id,
      file,
      frontmatter: undefined,
      syntaxErrors: [{ line: 1, message: 'the file must start with frontmatter between two `---` lines' }],
      body: text,
      bodyLine: 1,
      lineOf: () => 1,
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(match[1]!, { lineCounter, uniqueKeys: true });
  // The frontmatter starts on line 2, after the opening `---`.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  const bodyLine = match[0].split('\n').length;
  return {
    collection,
    id,
    ...(locale ? { locale } : {}),
    file,
    frontmatter: document.errors.length ? undefined : (document.toJS() ?? {}),
    syntaxErrors: document.errors.map((error) => ({
      line: lineAt(error.pos[0]),
      message: error.message.split('\n')[0]!,
    })),
    body: text.slice(match[0].length),
    bodyLine,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return lineAt(node.range[0]);
      }
      return 1;
    },
  };
}

/**
 * Every `<collection>/<id>.mdx` under `contentDir`, then every translation
 * (`<locale>/<collection>/<id>.mdx`), skipping files whose name starts with `_`.
 */
export function readSourceFiles(contentDir = settings.contentDir): SourceFile[] {
  const files: SourceFile[] = [];
  const folders = [undefined, ...TRANSLATED_LOCALES].flatMap((locale) => COLLECTIONS.map((collection) => ({ locale, collection })));
  for (const { locale, collection } of folders) {
    const folder = join(contentDir, ...(locale ? [locale] : []), collection);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (!name.endsWith('.mdx') || name.startsWith('_')) continue;
      const path = join(folder, name);
      files.push(parseSourceFile(collection, relative(process.cwd(), path) || path, readFileSync(path, 'utf8'), locale));
    }
  }
  return files;
}

/** A file under the content folder that is not an entry. */
export interface StrayFile {
  /** Path shown in messages, relative to the working directory. */
  file: string;
  /** Its path inside the content folder, by segment: `['production', 'x.mdx']`. */
  segments: string[];
}

/** `<collection>/<id>.mdx` or `<locale>/<collection>/<id>.mdx`. */
function isEntryPath(segments: readonly string[]): boolean {
  const inLocale = segments.length === 3 && (TRANSLATED_LOCALES as readonly string[]).includes(segments[0]!);
  const [collection, name] = inLocale ? segments.slice(1) : segments;
  return (inLocale || segments.length === 2) && (COLLECTIONS as readonly string[]).includes(collection!) && name!.endsWith('.mdx');
}

/**
 * Files under `contentDir` that are not entries and would be left out without a word: outside
 * the collection folders, nested inside one, or not `.mdx`. Drafts (`_name`) and dotfiles are
 * meant to be skipped and are not listed.
 */
export function findStrayFiles(contentDir = settings.contentDir): StrayFile[] {
  const strays: StrayFile[] = [];
  const walk = (folder: string, segments: string[]) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const path = join(folder, name);
      const at = [...segments, name];
      if (statSync(path).isDirectory()) walk(path, at);
      else if (!isEntryPath(at)) {
        strays.push({ file: relative(process.cwd(), path) || path, segments: at });
      }
    }
  };
  walk(contentDir, []);
  return strays;
}
