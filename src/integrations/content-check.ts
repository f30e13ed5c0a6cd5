/**
 * Hands the build's content check from the content-validation integration to the loader,
 * which waits for the frontmatter check before it loads any entry. Astro loads the two
 * through separate module graphs, so the hand-off goes through a global slot.
 */
const SLOT = Symbol.for('hallyu-abroad.frontmatter-checked');

/** Publishes the promise that settles once the frontmatter is checked (and the build stopped if it is not sound). */
export function setFrontmatterCheck(checked: Promise<void>): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = checked;
}

/** Waits for the build's frontmatter check; at once outside a build. */
export async function waitForFrontmatterCheck(): Promise<void> {
  await (globalThis as Record<symbol, unknown>)[SLOT];
}

const DEV_CHECK = Symbol.for('hallyu-abroad.dev-content-check');

/** In a dev server: publishes how to count the content's problems now (src/integrations/dev-report.ts). */
export function setDevContentCheck(countProblems: (() => number) | undefined): void {
  (globalThis as Record<symbol, unknown>)[DEV_CHECK] = countProblems;
}

/** In a dev server, the number of problems the content has now; undefined outside one. */
export function countDevContentProblems(): number | undefined {
  return ((globalThis as Record<symbol, unknown>)[DEV_CHECK] as (() => number) | undefined)?.();
}

const UNLOADED = Symbol.for('hallyu-abroad.unloaded-collections');

/** In a dev server: records whether the loader loaded a collection, or left it for content problems. */
export function setCollectionLoaded(collection: string, loaded: boolean): void {
  const slot = globalThis as Record<symbol, Set<string> | undefined>;
  const unloaded = (slot[UNLOADED] ??= new Set());
  if (loaded) unloaded.delete(collection);
  else unloaded.add(collection);
}

/** Whether the loader left any collection unloaded, and has not loaded it since. */
export function hasUnloadedCollections(): boolean {
  return ((globalThis as Record<symbol, Set<string> | undefined>)[UNLOADED]?.size ?? 0) > 0;
}
