/** What the search box and the search page say when the search code or its index could not load. */
export function getLoadErrorMessage(error: unknown): string {
  return `Search could not load (${error instanceof Error ? error.message : String(error)}). Try again when online.`;
}
