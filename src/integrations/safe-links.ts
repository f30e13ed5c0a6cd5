import { EXTERNAL_REL, getHrefKind } from '../site/safe-url';
import { satteriHastPlugin } from './satteri-plugin';

/** The parts of a Sätteri HAST element and visitor context this plugin touches. */
interface LinkElement {
  tagName: string;
  properties: Record<string, unknown>;
}
interface LinkContext {
  setProperty(node: LinkElement, key: string, value: unknown): void;
}

/**
 * A Sätteri HAST plugin for entry bodies: an off-site link gets rel="noopener noreferrer
 * external", and a link to anything but http(s) or a site path (javascript:, data:, //host)
 * loses its href, so it shows as text. The content checker refuses such links already; this is
 * the second line, at render.
 */
export const safeLinksPlugin = {
  name: 'hallyu:safe-links',
  element: {
    filter: ['a'],
    visit(node: LinkElement, context: LinkContext) {
      const href = node.properties['href'];
      if (href === undefined) return;
      const kind = typeof href === 'string' ? getHrefKind(href) : 'unsafe';
      if (kind === 'external') context.setProperty(node, 'rel', EXTERNAL_REL.split(' '));
      else if (kind === 'unsafe') context.setProperty(node, 'href', undefined);
    },
  },
};

/** Adds the safe-links plugin to the Markdown processor. */
export const safeLinks = () => satteriHastPlugin(safeLinksPlugin);
