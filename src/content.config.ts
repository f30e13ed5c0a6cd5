import { defineCollection, reference } from 'astro:content';
import { createSchemas, type CollectionName, type ReferenceFactory } from './schemas';
import { settings } from './settings';
import { markdownGlob } from './loaders/markdown-glob';
import { z } from 'astro/zod';
import { TRANSLATED_LOCALES } from './i18n/locales';

const schemas = createSchemas(reference as unknown as ReferenceFactory);
const { contentDir } = settings;

// Files starting with `_` are drafts and templates: the loader skips them. Bodies render as
// Markdown (see markdownGlob): the checker admits nothing MDX-only but comments. Pages use the
// rendered HTML only, so the raw body stays out of the content store, which the build inlines
// into one module: without it, 5,000 entries build a quarter faster (README, Performance).
const collection = (name: CollectionName) =>
  defineCollection({
    loader: markdownGlob({ pattern: '**/[^_]*.mdx', base: `${contentDir}/${name}`, retainBody: false }),
    schema: schemas[name],
  });

export const collections = {
  productions: collection('productions'),
  studios: collection('studios'),
  musicals: collection('musicals'),
  people: collection('people'),
  sources: collection('sources'),
  // Entry bodies translated for an edition: content/<locale>/<collection>/<id>.mdx, id "<locale>/<collection>/<id>".
  translations: defineCollection({
    loader: markdownGlob({ pattern: `{${TRANSLATED_LOCALES.join(',')}}/*/[^_]*.mdx`, base: contentDir, retainBody: false }),
    schema: z.strictObject({}),
  }),
};
