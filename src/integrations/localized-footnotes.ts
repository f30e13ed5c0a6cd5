import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, getMessages, type Locale } from '../i18n';
import { getPathLocale } from '../site/routes';
import { settings } from '../settings';
import { satteriHastPlugin } from './satteri-plugin';

/** The parts of a Sätteri HAST element and visitor context this plugin touches. */
interface FootnoteElement {
  tagName: string;
  properties: Record<string, unknown>;
}
interface FootnoteContext {
  fileURL: URL | undefined;
  setProperty(node: FootnoteElement, key: string, value: unknown): void;
  replaceNode(node: FootnoteElement, replacement: FootnoteElement & { type: 'element'; children: unknown[] }): void;
}

/** The edition a body is written for: a translation's (content/<locale>/...), else none. */
export function getBodyLocale(fileURL: URL | undefined, contentDir = settings.contentDir): Locale | undefined {
  if (!fileURL) return undefined;
  const locale = getPathLocale(relative(contentDir, fileURLToPath(fileURL)).split(sep).join('/'));
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/**
 * A Sätteri HAST plugin that puts the footnotes' heading and "back to reference" labels of a
 * translated body in its language: the processor's own strings are set once, in English, for
 * every file. English bodies keep them.
 */
export const localizedFootnotesPlugin = {
  name: 'hallyu:localized-footnotes',
  element: {
    filter: ['h2', 'a'],
    visit(node: FootnoteElement, context: FootnoteContext) {
      const locale = getBodyLocale(context.fileURL);
      if (!locale) return;
      const t = getMessages(locale).entry;
      if (node.tagName === 'h2' && node.properties['id'] === 'footnote-label') {
        context.replaceNode(node, { ...node, type: 'element', children: [{ type: 'text', value: t.footnotes }] });
      } else if (node.tagName === 'a' && 'dataFootnoteBackref' in node.properties) {
        const reference = String(node.properties['ariaLabel'] ?? '').replace(/^\D*/, '');
        context.setProperty(node, 'ariaLabel', t.backToReference(reference));
      }
    },
  },
};

/** Adds the localized-footnotes plugin to the Markdown processor, beside safe-links. */
export const localizedFootnotes = () => satteriHastPlugin(localizedFootnotesPlugin);
