/**
 * What the member has typed into the request form, exactly as typed (a date without a
 * time yet, half a name), so a reload or a failed submission gives it all back. It is
 * turned into the service's IVisitDraft only when checked or sent.
 */
export interface IVisitFormState {
  /** Made when the draft starts and kept until it is sent: a retry or a double click sends the same key, so one request. */
  submissionKey: string;
  premisesId?: number;
  date: string;
  from: string;
  to: string;
  alternativeDate: string;
  alternativeFrom: string;
  alternativeTo: string;
  purpose: string;
  attendingMemberIds: number[];
  otherAttendees: Array<{ name: string; organisation: string }>;
  needsAdjustments: boolean;
  acknowledgesHealthAndSafety: boolean;
}

/** A random version-4 GUID; crypto.randomUUID is missing from older browsers SharePoint still serves. */
export function newSubmissionKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function emptyVisitForm(): IVisitFormState {
  return {
    submissionKey: newSubmissionKey(), date: '', from: '', to: '', alternativeDate: '', alternativeFrom: '', alternativeTo: '',
    purpose: '', attendingMemberIds: [], otherAttendees: [], needsAdjustments: false, acknowledgesHealthAndSafety: false
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * Reads back a stored form, or nothing if what is stored is not one (another version of the
 * web part, or edited by hand): a broken draft must never break the page.
 */
export function parseVisitForm(text: string | undefined): IVisitFormState | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return undefined; }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (!isString(r.submissionKey) || !r.submissionKey) return undefined;
  const base = emptyVisitForm();
  const text255 = (v: unknown): string => (isString(v) ? v : '');
  const others = Array.isArray(r.otherAttendees) ? r.otherAttendees : [];
  return {
    ...base,
    submissionKey: r.submissionKey,
    premisesId: typeof r.premisesId === 'number' && Number.isInteger(r.premisesId) ? r.premisesId : undefined,
    date: text255(r.date), from: text255(r.from), to: text255(r.to),
    alternativeDate: text255(r.alternativeDate), alternativeFrom: text255(r.alternativeFrom), alternativeTo: text255(r.alternativeTo),
    purpose: text255(r.purpose), needsAdjustments: r.needsAdjustments === true,
    attendingMemberIds: Array.isArray(r.attendingMemberIds) ? r.attendingMemberIds.filter((n): n is number => Number.isInteger(n)) : [],
    otherAttendees: others
      .filter((o): o is Record<string, unknown> => typeof o === 'object' && o !== null)
      .map(o => ({ name: text255(o.name), organisation: text255(o.organisation) })),
    acknowledgesHealthAndSafety: r.acknowledgesHealthAndSafety === true
  };
}

/** One draft per person and per web part on the page, so two members on one computer, or two forms, never share one. */
export function draftStorageKey(userId: number, instanceId: string): string {
  return `moh.visitDraft.${instanceId}.${userId}`;
}
