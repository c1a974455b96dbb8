/**
 * Reading the councillors a ModernGov site publishes (its web service's GetCouncillorsByWard,
 * saved as a file by Democratic Services). The shape, as open-source readers of the service
 * use it (DemocracyClub/LGSF `lgsf/councillors/scrapers.py`): `councillorsbyward/wards/ward`,
 * each with `wardtitle` and `councillors/councillor`; a councillor has `councillorid`,
 * `fullusername`, `politicalpartytitle`, `keyposts`, `photosmallurl`/`photobigurl`,
 * `workaddress` (with `email`), `homeaddress` and `termsofoffice/termofoffice/{startdate,enddate}`
 * in dd/mm/yyyy, an open term's end reading "unspecified". What could not be confirmed is
 * listed in docs/to-confirm-on-a-tenant.md.
 *
 * Never read: `homeaddress` (and so home phone and personal email) — a member's private
 * details are theirs to share, in their own self-description.
 */

/** Far above any council's file (a few hundred KB for 60 councillors); a bigger file is not this call's answer. */
export const MAX_MODERNGOV_FILE_BYTES = 5 * 1024 * 1024;

/** One councillor as the file gives them, cleaned; dates are ISO (YYYY-MM-DD). */
export interface IModernGovCouncillor {
  councillorId: string;
  /** The name without "Councillor"/"Cllr". */
  name: string;
  wardTitle: string;
  /** undefined: the file names no party. */
  party?: string;
  keyPosts: string[];
  /** The photo address as the file gives it (perhaps relative to the ModernGov site). */
  photo?: string;
  /** The council email from the work address only. */
  email?: string;
  /** The latest term of office. */
  termStart?: string;
  /** undefined: "unspecified" (an open term) or none given. */
  termEnd?: string;
  /** 1-based position in the file, for messages about the row. */
  position: number;
}

export type UnusableReason = 'noId' | 'noName' | 'noWard' | 'badDate' | 'duplicateId' | 'vacancy' | 'unknownWard' | 'unknownParty';

/** A row of the file the import cannot use, and why. */
export interface IUnusableRow {
  position: number;
  /** The name (or id) the row gives, for the person to find it. */
  label: string;
  reason: UnusableReason;
  /** The ward or party the lists lack, for those reasons. */
  detail?: string;
  /** The profile the row still matched, so its member is not taken as no longer listed. */
  councillorId?: string;
}

export type ModernGovFileProblem = 'empty' | 'tooLarge' | 'malformed' | 'notCouncillorsByWard' | 'noCouncillors';

export type ModernGovRead =
  | { kind: 'read'; councillors: IModernGovCouncillor[]; unusable: IUnusableRow[] }
  | { kind: 'refused'; problem: ModernGovFileProblem };

/** What the browser's DOMParser offers; jsdom's serves in tests. */
export interface IXmlParser {
  parseFromString(text: string, type: 'application/xml'): Document;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', ndash: '\u2013', mdash: '\u2014'
};

/**
 * ModernGov writes some text HTML-encoded inside the XML (`O&amp;#39;Brien` reaches us as
 * `O&#39;Brien`); decode what is left so names and wards compare as people read them.
 */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function clean(text: string | undefined): string | undefined {
  const value = decodeHtmlEntities(text ?? '').replace(/\s+/g, ' ').trim();
  return value || undefined;
}

function child(el: Element, name: string): Element | undefined {
  return Array.from(el.children).find(c => c.localName.toLowerCase() === name);
}

function children(el: Element | undefined, name: string): Element[] {
  return el ? Array.from(el.children).filter(c => c.localName.toLowerCase() === name) : [];
}

function childText(el: Element | undefined, name: string): string | undefined {
  const found = el && child(el, name);
  return found ? clean(found.textContent ?? '') : undefined;
}

const TITLES = /^(?:councillor|cllr\.?)\s+/i;

/** "Councillor Jane Smith", "Cllr. Jane Smith" → "Jane Smith". */
export function withoutTitle(name: string): string {
  let value = name.trim();
  while (TITLES.test(value)) value = value.replace(TITLES, '');
  return value;
}

/** dd/mm/yyyy → YYYY-MM-DD; undefined for a date that does not exist. */
export function ukDateToIso(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Key posts come as one text, separated by line breaks (often HTML `<br />`) or semicolons. */
export function splitKeyPosts(text: string | undefined): string[] {
  return (text ?? '').split(/<br\s*\/?>|[\n;]/i).map(p => p.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
}

type TermRead = { start?: string; end?: string } | 'bad';

function readTerms(councillor: Element): TermRead {
  const terms = children(child(councillor, 'termsofoffice'), 'termofoffice');
  let latest: { start?: string; end?: string } | undefined;
  for (const term of terms) {
    const startText = childText(term, 'startdate');
    const endText = childText(term, 'enddate');
    const start = startText ? ukDateToIso(startText) : undefined;
    const open = !endText || endText.toLowerCase() === 'unspecified';
    const end = open ? undefined : ukDateToIso(endText);
    if ((startText && !start) || (!open && !end)) return 'bad';
    // The term now running, or the last one: the latest start.
    if (!latest || (start ?? '') >= (latest.start ?? '')) latest = { start, end };
  }
  return latest ?? {};
}

function readCouncillor(el: Element, wardTitle: string | undefined, position: number): IModernGovCouncillor | IUnusableRow {
  const councillorId = childText(el, 'councillorid');
  const fullName = childText(el, 'fullusername');
  const name = fullName ? withoutTitle(fullName) : undefined;
  const label = name ?? councillorId ?? String(position);
  if (!councillorId || !/^\d+$/.test(councillorId)) return { position, label, reason: 'noId' };
  if (!name) return { position, label, reason: 'noName', councillorId };
  if (/^vacan(cy|t)\b/i.test(name)) return { position, label, reason: 'vacancy' };
  if (!wardTitle) return { position, label, reason: 'noWard', councillorId };
  const terms = readTerms(el);
  if (terms === 'bad') return { position, label, reason: 'badDate', councillorId };
  const email = childText(child(el, 'workaddress'), 'email');
  return {
    councillorId, name, wardTitle, position,
    party: childText(el, 'politicalpartytitle'),
    keyPosts: splitKeyPosts(decodeHtmlEntities(child(el, 'keyposts')?.textContent ?? '')),
    photo: childText(el, 'photobigurl') ?? childText(el, 'photosmallurl'),
    email,
    termStart: terms.start,
    termEnd: terms.end
  };
}

/**
 * The councillors in a saved GetCouncillorsByWard answer, or why the file cannot be used.
 * `byteLength` is the file's size, checked before its text is trusted.
 */
export function readModernGovCouncillors(text: string, byteLength: number, parser: IXmlParser): ModernGovRead {
  if (byteLength > MAX_MODERNGOV_FILE_BYTES || text.length > MAX_MODERNGOV_FILE_BYTES) return { kind: 'refused', problem: 'tooLarge' };
  if (!text.trim()) return { kind: 'refused', problem: 'empty' };
  let doc: Document;
  try {
    doc = parser.parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml');
  } catch {
    return { kind: 'refused', problem: 'malformed' };
  }
  // Browsers report a parse failure as a <parsererror> element rather than by throwing.
  if (!doc.documentElement || doc.getElementsByTagName('parsererror').length > 0) return { kind: 'refused', problem: 'malformed' };
  if (doc.documentElement.localName.toLowerCase() !== 'councillorsbyward') return { kind: 'refused', problem: 'notCouncillorsByWard' };

  const councillors: IModernGovCouncillor[] = [];
  const unusable: IUnusableRow[] = [];
  const seen = new Set<string>();
  let position = 0;
  for (const ward of children(child(doc.documentElement, 'wards'), 'ward')) {
    const wardTitle = childText(ward, 'wardtitle');
    for (const el of children(child(ward, 'councillors'), 'councillor')) {
      position++;
      const row = readCouncillor(el, wardTitle, position);
      if ('reason' in row) unusable.push(row);
      else if (seen.has(row.councillorId)) unusable.push({ position, label: row.name, reason: 'duplicateId', councillorId: row.councillorId });
      else {
        seen.add(row.councillorId);
        councillors.push(row);
      }
    }
  }
  // Without a single councillor, every member would look no longer listed: refuse instead.
  if (councillors.length === 0) return { kind: 'refused', problem: 'noCouncillors' };
  return { kind: 'read', councillors, unusable };
}
