// Combining marks are dropped (accents: "é" -> "e"), except the kana voicing marks: "ギ" is not "キ".
const DROPPED_MARKS = /(?![\u3099\u309a])\p{M}/gu;
// Spaces, punctuation, symbols (emoji included) and invisible format characters such as RTL marks.
const DROPPED_CHARACTERS = /[\s\p{P}\p{S}\p{Cf}\p{Cc}]+/gu;
// One character with the marks that belong to it (half-width kana voicing marks included), so
// folding it alone gives what folding the whole text gives.
const CLUSTER = /[^\p{M}\uff9e\uff9f][\p{M}\uff9e\uff9f]*|[\p{M}\uff9e\uff9f]+/gsu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Folded text, and for each of its UTF-16 units the span [start, end) of the original it came from. */
export interface FoldedText {
  text: string;
  starts: number[];
  ends: number[];
}

/**
 * Characters that fold to themselves, checked without normalizing (normalizing one character at
 * a time is the slow part): ASCII letters and digits are not here, they take the fast path.
 * Hiragana and katakana letters, the long vowel mark, CJK ideographs and Hangul syllables.
 */
function isFoldStable(code: number): boolean {
  return (
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    code === 0x30fc ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3)
  );
}

function foldCluster(cluster: string): string {
  return cluster.normalize('NFKD').replace(DROPPED_MARKS, '').normalize('NFKC').toLowerCase().replace(DROPPED_CHARACTERS, '');
}

/**
 * Folds text as `foldText` does and keeps where each folded unit came from, so a match found
 * in the folded text can be highlighted in the original.
 */
export function foldTextWithOffsets(text: string): FoldedText {
  const starts: number[] = [];
  const ends: number[] = [];
  if (PRINTABLE_ASCII.test(text)) {
    // The common case, made fast: in ASCII, folding keeps letters and digits, lower-cased.
    let folded = '';
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index) | 0x20;
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39 && text.charCodeAt(index) === code)) {
        folded += String.fromCharCode(code);
        starts.push(index);
        ends.push(index + 1);
      }
    }
    return { text: folded, starts, ends };
  }
  let folded = '';
  for (const match of text.matchAll(CLUSTER)) {
    const part = match[0].length === 1 && isFoldStable(match[0].charCodeAt(0)) ? match[0] : foldCluster(match[0]);
    for (let unit = 0; unit < part.length; unit++) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
    }
    folded += part;
  }
  return { text: folded, starts, ends };
}

/**
 * Folds text for comparing names: NFKC (full-width and half-width forms alike), lower case,
 * accents dropped, and spaces, hyphens, punctuation, symbols and invisible marks removed, so
 * "Ok Taec-yeon" and "oktaecyeon" fold to the same key. Hangul syllables survive (NFKC recomposes
 * what NFKD splits), and so do kana voicing marks.
 */
export function foldText(text: string): string {
  return foldTextWithOffsets(text).text;
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
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

/**
 * An id made from text: Latin letters with diacritics dropped, lower case, anything else turned
 * into single hyphens ("Marry My Husband (Japan)" -> "marry-my-husband-japan"). Empty when the
 * text has no Latin letters or digits.
 */
export function toId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
