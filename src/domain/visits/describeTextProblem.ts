import { formatText } from '../shared/formatText';
import type { TextProblem } from './types';

/** The web part's loc strings that word a line of text that cannot be stored (src/webparts/visitRequest/loc). */
export interface ITextProblemStrings {
  /** {0} what (a whole noun phrase, such as "The purpose"), {1} the limit, {2} the length */
  TextTooLong: string;
  /** {0} what */
  TextMarkup: string;
  /** {0} what */
  TextControlCharacters: string;
}

/** The one place a text problem becomes a sentence; `what` is already worded by the caller's own strings. */
export function describeTextProblem(what: string, p: TextProblem, s: ITextProblemStrings): string {
  switch (p.kind) {
    case 'tooLong': return formatText(s.TextTooLong, what, p.limit, p.length);
    case 'markup': return formatText(s.TextMarkup, what);
    case 'controlCharacters': return formatText(s.TextControlCharacters, what);
  }
}
