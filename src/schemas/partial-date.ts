// Partial dates: a date known to the year, the month or the day ("2025", "2025-06",
// "2025-06-27"). The schema, the checker, the pages and the timeline all read them through here.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A partial date's parts; month and day are absent when the date is not known to them. */
export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
}

/** The parts of a YYYY, YYYY-MM or YYYY-MM-DD string, or undefined when it has another shape. */
export function parsePartialDate(value: string): PartialDateParts | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month === undefined ? {} : { month: Number(month) }),
    ...(day === undefined ? {} : { day: Number(day) }),
  };
}

/** True when the string has the shape of a partial date, whether or not the day exists. */
export function isPartialDateShaped(value: string): boolean {
  return PARTIAL_DATE.test(value);
}

function getDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a day that exists. */
export function isPossiblePartialDate(value: string): boolean {
  const parts = parsePartialDate(value);
  if (!parts) return false;
  const { year, month, day } = parts;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= getDaysInMonth(year, month));
}

/** Why a well-shaped date does not exist, e.g. "2025-02 has 28 days". */
export function getDateHint(value: string): string | undefined {
  const parts = parsePartialDate(value);
  if (parts?.month === undefined) return undefined;
  if (parts.month < 1 || parts.month > 12) {
    return `there is no month ${String(parts.month).padStart(2, '0')}: check the date against the source`;
  }
  return `${value.slice(0, 7)} has ${getDaysInMonth(parts.year, parts.month)} days: check the date against the source`;
}

/** The year of a partial date. */
export function getYear(value: string): number {
  return Number(value.slice(0, 4));
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The period a partial date names, as fractional years: "2025" is all of 2025, "2025-06-27" one day. */
export function getPeriod(value: string): { start: number; end: number } {
  const { year, month, day } = parsePartialDate(value) ?? { year: getYear(value) };
  if (month === undefined) return { start: year, end: year + 1 };
  const days = isLeap(year) ? 366 : 365;
  const dayOfYear = (m: number, d: number) => (Date.UTC(year, m - 1, d) - Date.UTC(year, 0, 1)) / 86_400_000;
  if (day === undefined) {
    return { start: year + dayOfYear(month, 1) / days, end: year + dayOfYear(month + 1, 1) / days };
  }
  const start = year + dayOfYear(month, day) / days;
  return { start, end: start };
}
