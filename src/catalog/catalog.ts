import { getCollection } from 'astro:content';
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
