import { defaultTreeAdapter as tree, parse, type DefaultTreeAdapterTypes } from 'parse5';

/** An element of a parsed page. */
export interface HtmlElement {
  /** Its name as the parser gives it: lower case for HTML elements. */
  name: string;
  /** Its attributes, character references decoded; namespaced ones prefixed ("xlink:href"). */
  attributes: Record<string, string>;
  /** Its text content; for `<script>` and `<style>`, the raw text as written. */
  text: string;
}

/**
 * Every element of a page in document order, as a browser's HTML parser builds them: implied,
 * closed, dropped and escaped markup come out as browsers see it, so a check that an element
 * never appears cannot be fooled by markup a simpler scanner reads differently.
 */
export function parseElements(html: string): HtmlElement[] {
  const elements: HtmlElement[] = [];
  // Collects the elements under `parent` and returns their text, which is the parent's own.
  const walk = (parent: DefaultTreeAdapterTypes.ParentNode): string => {
    let text = '';
    for (const node of tree.getChildNodes(parent)) {
      if (tree.isTextNode(node)) text += tree.getTextNodeContent(node);
      if (!tree.isElementNode(node)) continue;
      const attributes: Record<string, string> = {};
      for (const { name, prefix, value } of tree.getAttrList(node)) attributes[prefix ? `${prefix}:${name}` : name] = value;
      const element: HtmlElement = { name: tree.getTagName(node), attributes, text: '' };
      elements.push(element);
      element.text = walk(node);
      // Template content is inert until a script clones it into the page, so it is audited too.
      if (node.nodeName === 'template') walk(tree.getTemplateContent(node as DefaultTreeAdapterTypes.Template));
      text += element.text;
    }
    return text;
  };
  walk(parse(html));
  return elements;
}

/**
 * The elements of a page's `<html>` and `<head>`, parsed as parseElements parses a page: where a
 * page's language, canonical URL, alternates and preview card are read from. The body, most of
 * a page, is not parsed.
 */
export function parseHead(html: string): HtmlElement[] {
  const end = html.indexOf('</head>');
  return parseElements(end < 0 ? html : html.slice(0, end + '</head>'.length));
}

/** A piece of a page's text and the language the page says it is in. */
export interface LanguageRun {
  lang: string;
  text: string;
}

/** Attributes whose values a person reads or hears. */
const READ_ATTRIBUTES = ['title', 'alt', 'aria-label', 'placeholder'];

/**
 * Every piece of text a reader meets on a page, each with its language as `lang` attributes give
 * it (inherited from the nearest ancestor): text, the attributes that are read out, the title and
 * the meta description. Scripts, styles and JSON-LD are data, not text, and are left out.
 */
export function getLanguageRuns(html: string): LanguageRun[] {
  const runs: LanguageRun[] = [];
  const walk = (parent: DefaultTreeAdapterTypes.ParentNode, lang: string) => {
    for (const node of tree.getChildNodes(parent)) {
      if (tree.isTextNode(node)) {
        const text = tree.getTextNodeContent(node).trim();
        if (text) runs.push({ lang, text });
      }
      if (!tree.isElementNode(node)) continue;
      const name = tree.getTagName(node);
      if (name === 'script' || name === 'style' || name === 'template') continue;
      const attributes = Object.fromEntries(tree.getAttrList(node).map(({ name: key, value }) => [key, value]));
      const own = attributes['lang'] ?? lang;
      for (const key of READ_ATTRIBUTES) if (attributes[key]) runs.push({ lang: own, text: attributes[key] });
      if (name === 'meta' && (attributes['name'] === 'description' || attributes['property'] === 'og:description')) {
        runs.push({ lang: own, text: attributes['content'] ?? '' });
      }
      walk(node, own);
    }
  };
  walk(parse(html), '');
  return runs;
}
