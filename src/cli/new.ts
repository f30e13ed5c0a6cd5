import { KINDS } from '../schemas';
/**
 * `npm run new -- <kind> "<Title>" [--id <id>]`: writes content/<collection>/<id>.mdx from the
 * template for its kind and says what to do next.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readSourceFiles } from '../checker/content-files';
import { settings } from '../settings';
import { chooseId, createTemplate, parseKind } from '../checker/scaffold';

const USAGE = `Usage: npm run new -- <kind> "<Title>" [--id <id>]
  kind: ${Object.keys(KINDS).join(', ')}
  --id: the file name and URL of the entry; needed when the title is in Hangul or kana

Example: npm run new -- production "Marry My Husband" --id marry-my-husband-japan`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({ options: { id: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    // Unknown options and a missing --id value: say so with the usage, not with a stack trace.
    return fail((error as Error).message);
  }
}

const { values, positionals } = readArgs();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [kindText, title, ...extra] = positionals;
if (!kindText || !title) fail('Give the kind of entry and its title.');
if (extra.length) fail(`Unexpected ${extra.map((word) => `"${word}"`).join(' ')}: put the title in quotes.`);

const { kind, nearest } = parseKind(kindText);
if (!kind) fail(`"${kindText}" is not a kind of entry${nearest.length ? `: did you mean ${nearest.join(' or ')}?` : '.'}`);

const collection = KINDS[kind];
const { contentDir } = settings;
const taken = new Set(
  readSourceFiles(contentDir)
    .filter((file) => file.collection === collection)
    .map((file) => file.id),
);
const choice = chooseId(title.trim(), values.id, taken);
if (choice.error !== undefined) fail(choice.error);

const folder = join(contentDir, collection);
const path = join(folder, `${choice.id}.mdx`);
// A draft `_id.mdx` or a file the reader skipped still must not be overwritten.
if (existsSync(path)) fail(`${relative(process.cwd(), path)} already exists: pick another id with --id.`);
mkdirSync(folder, { recursive: true });
writeFileSync(path, createTemplate(kind, title.trim()), { flag: 'wx' });

const shown = relative(process.cwd(), path);
console.log(`Created ${shown}

Next steps:
  1. Open ${shown} and replace every TODO; each field's comment says what it takes.
     Ids of other entries are their file names: content/studios/studio-dragon.mdx is studio-dragon.
  2. Cite at least one source. If it is not in content/sources/ yet, add it first:
       npm run new -- source "<the article's headline>"
  3. Run \`npm run check\` until it reports no problems (it lists every TODO left, with its line).
  4. Run \`npm run dev\` and read the page at http://localhost:4321/${collection}/${choice.id}/
  5. Open a pull request; CONTRIBUTING.md says what review looks for.`);
