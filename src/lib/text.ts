/**
 * Folds text for comparing names: NFKC (full-width and half-width forms alike), lower case,
 * diacritics dropped, and spaces, hyphens and punctuation removed, so "Ok Taec-yeon" and
 * "oktaecyeon" fold to the same key. Hangul syllables survive: NFKC recomposes what NFD splits.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidates closest to `value`, nearest first, within a distance that still reads as a typo. */
export function getNearest(value: string, candidates: Iterable<string>, limit = 3): string[] {
  const budget = Math.max(2, Math.floor(value.length / 3));
  return [...candidates]
    .map((candidate) => ({ candidate, distance: editDistance(value, candidate) }))
    .filter(({ distance }) => distance <= budget)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
