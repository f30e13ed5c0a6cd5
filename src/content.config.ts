import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { createSchemas, type CollectionName, type ReferenceFactory } from './schemas';
import { getContentDir } from './lib/content-files';

const schemas = createSchemas(reference as unknown as ReferenceFactory);
const contentDir = getContentDir();

// Files starting with `_` are drafts and templates: the loader skips them.
const collection = (name: CollectionName) =>
  defineCollection({
    loader: glob({ pattern: '**/[^_]*.mdx', base: `${contentDir}/${name}` }),
    schema: schemas[name],
  });

export const collections = {
  productions: collection('productions'),
  studios: collection('studios'),
  musicals: collection('musicals'),
  people: collection('people'),
  sources: collection('sources'),
};
