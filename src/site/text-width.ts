// Layouts drawn at build time (the timeline, relation diagrams) estimate label widths without a
// browser: Hangul, kana and CJK ideographs take about two Latin letters' width.

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of a label in Latin-letter units: a wide (CJK) character counts two. */
export function getTextUnits(text: string): number {
  let units = 0;
  for (const char of text) units += WIDE.test(char) ? 2 : 1;
  return units;
}

/** The longest start of `text` that fits in `units`. */
export function sliceToUnits(text: string, units: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    used += WIDE.test(char) ? 2 : 1;
    if (used > units) break;
    end += char.length;
  }
  return text.slice(0, end);
}
