import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { countDevContentProblems, setCollectionLoaded, waitForFrontmatterCheck } from '../integrations/content-check';

/**
 * MDX comments, `{/* ... *\/}`: the content checker allows them and MDX renders nothing for them,
 * but Markdown would print them. A brace escaped as `\{` is text and stays.
 */
const MDX_COMMENT = /(?<!\\)\{\s*\/\*[\s\S]*?\*\/\s*\}/g;

/** An entry body as Markdown renders it the way MDX would: without its MDX comments. */
export function stripMdxComments(body: string): string {
  return body.replace(MDX_COMMENT, '');
}

/** The loader's name, by which a dev server asks for its collections again (src/integrations/content-validation.ts). */
export const MARKDOWN_GLOB = 'hallyu:markdown-glob';

/** What Astro hands its own glob loader besides the documented context: the content types by extension. */
type GlobContext = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/**
 * Astro's glob loader, with `.mdx` entries rendered by the Markdown processor (Sätteri, GFM) when
 * content syncs. The checker (src/checker/rules/bodies.ts) admits only Markdown, GFM and MDX comments
 * in bodies, so the MDX compiler has nothing to do; rendered as Markdown, each body's HTML is kept
 * in Astro's content cache (and reused while the file is unchanged) instead of being compiled
 * into one JavaScript module per entry and bundled. That halves the build (README, Performance).
 */
export function markdownGlob(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    name: MARKDOWN_GLOB,
    async load(context: GlobContext) {
      // The content checker reports bad frontmatter before Astro's schemas see it (and, in a
      // build, stops it): it says more, about every file at once.
      await waitForFrontmatterCheck();
      const markdown = context.entryTypes?.get('.md');
      if (!context.entryTypes || !markdown) {
        throw new Error(
          'markdownGlob: this Astro version no longer hands the glob loader its content types; use glob() in src/content.config.ts',
        );
      }
      const entryTypes = new Map(context.entryTypes).set('.mdx', {
        ...markdown,
        extensions: ['.mdx'],
        async getEntryInfo(input) {
          const info = await markdown.getEntryInfo(input);
          return { ...info, body: stripMdxComments(info.body) };
        },
      });
      try {
        await loader.load({ ...context, entryTypes } as GlobContext);
        setCollectionLoaded(context.collection, true);
      } catch (error) {
        // In dev, content with problems shows the checker's report on every page (where, what,
        // the fix); Astro's own error would end the dev server with a stack trace instead.
        if (!countDevContentProblems()) throw error;
        // Astro's glob loader watches its files only once it has loaded them all: the dev server
        // loads the collection again when the content is fixed.
        setCollectionLoaded(context.collection, false);
        context.logger.warn(`${options.base ?? 'content'}: not loaded until the content problems are fixed`);
      }
    },
  };
}
