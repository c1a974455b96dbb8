import { MODERNGOV_UID_BASE, SAMPLE_MODERNGOV_SITE } from './councilFacts';
import type { ISeedData, SeedRow } from './seedTypes';

/**
 * The sample council as its ModernGov site's GetCouncillorsByWard would answer, for tests and
 * for trying the import in the preview. Fictional throughout; each councillor carries a home
 * address (Ofcom's drama numbers, a .example mailbox) that the import must never take.
 */

/** A change ModernGov would show after the sample's data was taken: for the committed fixture's story. */
export interface IModernGovFileEdits {
  /** Councillors ModernGov lists who have no profile yet. */
  added?: { uid: number; name: string; wardTitle: string; party: string; termStart: string; keyPosts?: string[] }[];
  /** Replacement key posts for a member (by profile id). */
  keyPosts?: ReadonlyMap<number, string[]>;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');

/** 2023-05-08T00:00:00Z → 08/05/2023, as ModernGov writes dates. */
function ukDate(iso: string | null | undefined): string {
  if (!iso) return 'unspecified';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

interface ICouncillorXml {
  uid: number;
  name: string;
  party?: string;
  keyPosts: string[];
  email?: string;
  phone?: string;
  photo: boolean;
  terms: { start: string; end: string }[];
}

function councillorXml(c: ICouncillorXml, index: number): string {
  const base = `${SAMPLE_MODERNGOV_SITE}/UserData/${c.uid % 10}/${c.uid}/Info0000${c.uid}`;
  // Key posts as ModernGov writes several: separated by HTML line breaks, encoded in the XML.
  const posts = c.keyPosts.map(escape).join('&lt;br /&gt;');
  // "Councillor" on most names, "Cllr" on some, as councils' own ModernGov sites differ.
  const title = index % 5 === 4 ? 'Cllr' : 'Councillor';
  return [
    '<councillor>',
    `<councillorid>${c.uid}</councillorid>`,
    `<fullusername>${title} ${escape(c.name)}</fullusername>`,
    c.photo ? `<photosmallurl>${base}/smallpic.jpg</photosmallurl><photobigurl>${base}/bigpic.jpg</photobigurl>` : '<photosmallurl></photosmallurl><photobigurl></photobigurl>',
    `<politicalpartytitle>${escape(c.party ?? '')}</politicalpartytitle>`,
    '<politicalgrouptitle></politicalgrouptitle>',
    `<keyposts>${posts}</keyposts>`,
    `<workaddress><line1>Council Offices</line1><line2>Market Street</line2><line3>Bramblecombe</line3><postcode>BC1 1AA</postcode><phone>${c.phone ?? ''}</phone><email>${escape(c.email ?? '')}</email></workaddress>`,
    `<homeaddress><line1>${(index % 90) + 1} Example Lane</line1><line2>Bramblecombe</line2><postcode>BC9 9ZZ</postcode><phone>01632 960${String(900 + (index % 99)).padStart(3, '0')}</phone><mobile>07700 900${String(index % 999).padStart(3, '0')}</mobile><email>councillor${c.uid}@home.example</email></homeaddress>`,
    `<termsofoffice>${c.terms.map(t => `<termofoffice><startdate>${t.start}</startdate><enddate>${t.end}</enddate></termofoffice>`).join('')}</termsofoffice>`,
    '</councillor>'
  ].join('');
}

function fromMember(m: SeedRow<'members'>, partyTitle: (id: number | null | undefined) => string | undefined, posts: string[] | undefined): ICouncillorXml {
  const uid = Number(m.ModernGovId ?? MODERNGOV_UID_BASE + m.Id);
  const current = { start: ukDate(m.TermStart), end: uid % 4 === 0 ? 'unspecified' : ukDate(m.TermEnd) };
  // Some sat before 2023 too: ModernGov lists each term of office.
  const terms = uid % 7 === 0 && current.start === '08/05/2023' ? [{ start: '02/05/2019', end: '08/05/2023' }, current] : [current];
  return {
    uid, name: m.Title, party: partyTitle(m.PartyId), keyPosts: posts ?? m.AdditionalResponsibilities ?? [], email: m.Email ?? undefined,
    phone: m.Phone ?? undefined, photo: false, terms
  };
}

/** The sample council's sitting councillors by ward, as ModernGov's GetCouncillorsByWard answers. */
export function modernGovCouncillorsXml(seed: ISeedData, edits: IModernGovFileEdits = {}): string {
  const { wards, parties, members } = seed.rows;
  const partyTitle = (id: number | null | undefined): string | undefined => parties.find(p => p.Id === id)?.Title;
  let index = 0;
  const wardXml = wards.map(ward => {
    const sitting = members.filter(m => m.IsActive !== false && m.WardId === ward.Id).map(m => fromMember(m, partyTitle, edits.keyPosts?.get(m.Id)));
    const added = (edits.added ?? []).filter(a => a.wardTitle === ward.Title).map((a): ICouncillorXml => ({
      uid: a.uid, name: a.name, party: a.party, keyPosts: a.keyPosts ?? [], photo: true, terms: [{ start: a.termStart, end: 'unspecified' }]
    }));
    const councillors = [...sitting, ...added].map(c => councillorXml(c, index++)).join('');
    return `<ward><wardid>${ward.Id}</wardid><wardtitle>${escape(ward.Title)}</wardtitle><councillors><councillorcount>${sitting.length + added.length}</councillorcount>${councillors}</councillors></ward>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<councillorsbyward>\n<wards>\n${wardXml}\n</wards>\n</councillorsbyward>\n`;
}

/**
 * The committed fixture's story: ModernGov on 18 December 2026, after the Kingsmead
 * by-election of the 17th, with one councillor's key posts changed. Importing it into the
 * sample council proposes one new member and one change; importing it again, nothing.
 */
export function modernGovFixtureXml(seed: ISeedData): string {
  const firstWithPosts = seed.rows.members.find(m => m.IsActive !== false && (m.AdditionalResponsibilities ?? []).length > 0);
  return modernGovCouncillorsXml(seed, {
    added: [{ uid: 2290, name: 'Rowan Ashdown', wardTitle: 'Kingsmead', party: 'Green Party', termStart: '18/12/2026' }],
    keyPosts: firstWithPosts ? new Map([[firstWithPosts.Id, [...(firstWithPosts.AdditionalResponsibilities ?? []), 'Rural Affairs Champion']]]) : undefined
  });
}
