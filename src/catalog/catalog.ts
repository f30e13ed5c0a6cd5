import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS } from '../schemas';
import { createCatalog, type Catalog, type Entry } from './entries';

let catalog: Promise<Catalog> | undefined;

/**
 * The one place that queries content collections: once per build, every collection,
 * indexed and linked. Pages take what they need from here and never query on their own.
 */
export function getCatalog(): Promise<Catalog> {
  catalog ??= Promise.all(COLLECTIONS.map((name) => getCollection(name))).then((lists) =>
    createCatalog(lists.flat() as unknown as Entry[]),
  );
  return catalog;
}

/** A translated entry body, as Astro's collection holds it; its id is `<locale>/<collection>/<id>`. */
export type Translation = CollectionEntry<'translations'>;

let translations: Promise<ReadonlyMap<string, Translation>> | undefined;

/** Every translated entry body, by `<locale>/<collection>/<id>`: queried once per build, like the catalog. */
export function getTranslations(): Promise<ReadonlyMap<string, Translation>> {
  translations ??= getCollection('translations').then((list) => new Map(list.map((entry) => [entry.id, entry])));
  return translations;
}
