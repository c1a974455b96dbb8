import { formatText } from '../shared/formatText';
import type { EffectiveVisitStatus } from './types';

/** Why the visit service refuses a write, checked before anything is written (or, for saveUnreachable, after it gave up). */
export type VisitRefusal =
  | { kind: 'notRequester' }
  | { kind: 'cannotWithdraw'; status: EffectiveVisitStatus }
  /** deciderName absent: nobody is routed to yet. */
  | { kind: 'notDecider'; deciderName?: string }
  | { kind: 'noProposedDate' }
  | { kind: 'saveUnreachable' };

/** The web part's loc strings that word the service's refusals (src/webparts/visitRequest/loc). */
export interface IVisitRefusalStrings {
  RefusalNotRequester: string;
  /** {0} the status, lower case */
  RefusalCannotWithdraw: string;
  /** {0} who decides */
  RefusalNotDeciderRouted: string;
  RefusalNotDeciderUnrouted: string;
  RefusalNoProposedDate: string;
  RefusalSaveUnreachable: string;
}

/** The one place a refusal becomes a sentence. */
export function describeVisitRefusal(r: VisitRefusal, s: IVisitRefusalStrings): string {
  switch (r.kind) {
    case 'notRequester': return s.RefusalNotRequester;
    // The status is the list's choice value; mid-sentence it reads in lower case.
    case 'cannotWithdraw': return formatText(s.RefusalCannotWithdraw, r.status.toLowerCase());
    case 'notDecider': return r.deciderName !== undefined ? formatText(s.RefusalNotDeciderRouted, r.deciderName) : s.RefusalNotDeciderUnrouted;
    case 'noProposedDate': return s.RefusalNoProposedDate;
    case 'saveUnreachable': return s.RefusalSaveUnreachable;
  }
}
