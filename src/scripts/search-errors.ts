/**
 * What the search box and the search page say when the search code or its index could not load,
 * in the edition's words: the element's data-messages holds the template (`loadError`).
 */
export function getLoadErrorMessage(error: unknown, root: HTMLElement): string {
  const reason = error instanceof Error ? error.message : String(error);
  let template = '{reason}';
  try {
    template = (JSON.parse(root.dataset['messages'] ?? '{}') as { loadError?: string }).loadError ?? template;
  } catch {
    // Without its messages the element still says why.
  }
  return template.replace('{reason}', reason);
}
