/**
 * Finding calendar dates in English declaration text ("18 June 2020", "April 29, 2020",
 * "2020-06-18") and turning them into ISO dates. Dates without a year ("April 25") say too
 * little to date a declaration and are ignored.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;

/** A date found in a text: its ISO form and where it stands. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

const FORMS: { re: RegExp; order: 'dmy' | 'mdy' | 'ymd' }[] = [
  { re: new RegExp(String.raw`\b${DAY}(?:\s+day\s+of)?\s+${MONTH},?\s+${YEAR}\b`, 'gi'), order: 'dmy' },
  { re: new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}\b`, 'gi'), order: 'mdy' },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, order: 'ymd' },
];

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return undefined;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (days[month - 1] ?? 0)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every full date in a text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, order } of FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [, a = '', b = '', c = ''] = m;
      const value =
        order === 'dmy' ? iso(Number(c), monthNumber(b), Number(a))
        : order === 'mdy' ? iso(Number(c), monthNumber(a), Number(b))
        : iso(Number(a), Number(b), Number(c));
      if (value) found.push({ iso: value, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}
