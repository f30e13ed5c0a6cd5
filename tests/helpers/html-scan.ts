/** A start tag found in HTML: its lower-case name, its attributes (values decoded) and, for raw-text elements, its text. */
export interface Tag {
  name: string;
  attributes: Record<string, string>;
  /** The text inside `<script>` and `<style>`, exactly as written. */
  text?: string;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold (&amp;, &#39;, &#x2F;...). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/[a-zA-Z][^>]*>|<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style']);

/**
 * Every start tag of a built page, in order. Enough HTML to audit what the build writes (quoted
 * or bare attributes, comments, raw text in script and style), not a general parser.
 */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const tokens = new RegExp(TOKEN);
  let match: RegExpExecArray | null;
  while ((match = tokens.exec(html))) {
    const [, rawName, rawAttributes = ''] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    const attributes: Record<string, string> = {};
    for (const [, key, double, single, bare] of rawAttributes.matchAll(ATTRIBUTE)) {
      const attribute = key!.toLowerCase();
      if (!(attribute in attributes)) attributes[attribute] = decodeEntities(double ?? single ?? bare ?? '');
    }
    const tag: Tag = { name, attributes };
    if (RAW_TEXT.has(name) && !rawAttributes.trimEnd().endsWith('/')) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = tokens.lastIndex;
      const end = closing.exec(html)?.index ?? html.length;
      tag.text = html.slice(tokens.lastIndex, end);
      tokens.lastIndex = end;
    }
    tags.push(tag);
  }
  return tags;
}
