// The checker's problem model: what every rule returns and how a report reads. Kept apart from
// the rules so that each rule module, the build and the dev server share it.

/** One thing wrong with the content, located precisely enough to fix without reading code. */
export interface Problem {
  file: string;
  line: number;
  /** Dotted path of the frontmatter field, e.g. `credits.0.studio`; `(file)` for the file itself. */
  field: string;
  /** What is wrong, in words. */
  message: string;
  found?: string | undefined;
  expected?: string | undefined;
  /** What to do instead, e.g. "did you mean `studio-dragon`?". */
  suggestion?: string | undefined;
}

/** Formats a problem as `file:line  field  message (found: ..., expected: ...)` plus a hint line. */
export function formatProblem(problem: Problem): string {
  const details = [
    problem.found !== undefined ? `found: ${problem.found}` : '',
    problem.expected !== undefined ? `expected: ${problem.expected}` : '',
  ].filter(Boolean);
  const head = `${problem.file}:${problem.line}  ${problem.field}  ${problem.message}${details.length ? ` (${details.join(', ')})` : ''}`;
  return problem.suggestion ? `${head}\n    ${problem.suggestion}` : head;
}

/** The whole report: every problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `${problems.map(formatProblem).join('\n')}\n\n${problems.length} ${noun} in the content.`;
}
