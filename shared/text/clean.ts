/**
 * Step 3 of reading: remove what a web page wrapped around the declaration (navigation,
 * breadcrumbs, "top of page", share and print buttons, cookie notices) and stray control codes.
 * Only whole lines of debris go, and only when the whole line is debris; each removal is reported
 * with its text, so the user can see that nothing of the declaration was dropped.
 */
import type { Removal } from '../model';

/** Cleaned text and the list of what was removed, with spans into the text before cleaning. */
export interface Cleaned {
  text: string;
  removals: Removal[];
}

/** A kind of debris line: the test a trimmed line must pass, and the reason shown in the report. */
interface DebrisRule {
  test: (line: string) => boolean;
  reason: string;
}

const SHARE_WORD = String.raw`(?:print|share|e-?mail|tweet|facebook|twitter|linkedin|whatsapp|weibo|wechat|copy link|download|pdf|bookmark|close)(?: this(?: page| article)?)?`;
const SHARE_BAR = new RegExp(String.raw`^(?:[\[(]?${SHARE_WORD}[\])]?[\s|·•/,:-]*)+$`, 'i');

const RULES: DebrisRule[] = [
  { reason: 'page navigation', test: (l) => /^(?:↑\s*)?(?:(?:top|bottom) of (?:the )?page|(?:back|return|go) to (?:the )?top)$/i.test(l) },
  { reason: 'breadcrumb', test: (l) => /^(?:home|homepage|main page)\s*(?:>|»|›|\/|\|)\s*\S/i.test(l) || /^you are here\s*:/i.test(l) },
  { reason: 'share and print buttons', test: (l) => SHARE_BAR.test(l) || /^font size\b/i.test(l) },
  {
    reason: 'site navigation',
    test: (l) =>
      /^(?:skip to (?:main )?content|skip navigation|(?:main )?menu|search|log ?in|sign in|subscribe|read more|more news|related (?:articles|news|links)|(?:next|previous) (?:article|page))$/i.test(l),
  },
  { reason: 'cookie notice', test: (l) => /\bcookies?\b/i.test(l) && /\b(?:accept|consent|use|policy|settings|agree|continue|browsing)\b/i.test(l) },
  { reason: 'copyright notice', test: (l) => /^(?:©|copyright\b)/i.test(l) || /all rights reserved\.?$/i.test(l) },
  { reason: 'page number', test: (l) => /^page \d+ (?:of|\/) \d+$/i.test(l) },
];

/** Debris lines are short; anything longer is treated as content without testing. */
const MAX_DEBRIS_LENGTH = 300;

/**
 * Control codes that are never text (tab, line feed, form feed and carriage return are kept), and
 * the non-characters and unpaired surrogates no XML file (Word, Akoma Ntoso) may carry.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]+|[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const controlReason = (found: string) => (found.charCodeAt(0) <= 0x9f ? 'control character' : 'character XML does not allow');

/** Why a line is debris, or undefined when it is content. */
export function debrisReason(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_DEBRIS_LENGTH) return undefined;
  return RULES.find((rule) => rule.test(trimmed))?.reason;
}

/** Removes debris lines and control codes, reporting every removed character. */
export function cleanText(text: string): Cleaned {
  const removals: Removal[] = [];
  const parts: string[] = [];
  let kept = 0;
  const drop = (start: number, end: number, reason: string): void => {
    parts.push(text.slice(kept, start));
    removals.push({ span: { start, end }, text: text.slice(start, end), reason });
    kept = end;
  };
  // Control codes never span a line break, so one pass over them runs alongside the lines.
  CONTROL.lastIndex = 0;
  let control = CONTROL.exec(text);
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    const reason = debrisReason(text.slice(start, end));
    if (reason) drop(start, end, reason);
    for (; control && control.index < end; control = CONTROL.exec(text)) {
      if (!reason) drop(control.index, control.index + control[0].length, controlReason(control[0]));
    }
    start = end;
  }
  if (removals.length === 0) return { text, removals };
  parts.push(text.slice(kept));
  return { text: parts.join(''), removals };
}
