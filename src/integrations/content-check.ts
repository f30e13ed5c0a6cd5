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

const REPORT_IN_BROWSER = Symbol.for('hallyu-abroad.report-in-browser');

/** Marks a dev server, which shows content problems on its pages (src/integrations/dev-report.ts). */
export function setReportInBrowser(value: boolean): void {
  (globalThis as Record<symbol, unknown>)[REPORT_IN_BROWSER] = value;
}

/** True in a dev server, where content that fails its schema must not stop content sync. */
export function isReportInBrowser(): boolean {
  return (globalThis as Record<symbol, unknown>)[REPORT_IN_BROWSER] === true;
}
