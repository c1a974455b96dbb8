/** @jest-environment jsdom */
import {
  MAX_MODERNGOV_FILE_BYTES, decodeHtmlEntities, readModernGovCouncillors, splitKeyPosts, ukDateToIso, withoutTitle,
  type IModernGovCouncillor, type ModernGovRead
} from '../../../src/domain/members/modernGovCouncillors';
import { planMemberImport, registerOfInterestsUrl, wardKey, type IImportContext, type IImportProfile } from '../../../src/domain/members/planMemberImport';

/** A GetCouncillorsByWard answer as ModernGov writes it, one councillor element per entry. */
function file(wards: Array<{ title: string; councillors: string[] }>): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<councillorsbyward><wards>${wards.map(w =>
    `<ward><wardtitle>${w.title}</wardtitle><councillors><councillorcount>${w.councillors.length}</councillorcount>${w.councillors.join('')}</councillors></ward>`
  ).join('')}</wards></councillorsbyward>`;
}

function councillor(fields: Record<string, string>, extra = ''): string {
  return `<councillor>${Object.entries(fields).map(([k, v]) => `<${k}>${v}</${k}>`).join('')}${extra}</councillor>`;
}

const term = (start: string, end: string): string => `<termofoffice><startdate>${start}</startdate><enddate>${end}</enddate></termofoffice>`;

function read(xml: string): ModernGovRead {
  return readModernGovCouncillors(xml, xml.length, new DOMParser());
}

function councillors(xml: string): IModernGovCouncillor[] {
  const result = read(xml);
  if (result.kind !== 'read') throw new Error(`refused: ${result.problem}`);
  return result.councillors;
}

const JANE = councillor({
  councillorid: '101', fullusername: 'Councillor Jane Smith', politicalpartytitle: 'Labour', keyposts: 'Leader of the Council',
  photosmallurl: 'https://democracy.example.gov.uk/UserData/1/Info00000101/smallpic.jpg',
  photobigurl: 'https://democracy.example.gov.uk/UserData/1/Info00000101/bigpic.jpg'
}, '<workaddress><line1>Council Offices</line1><email>jane.smith@example.gov.uk</email><phone>01632 960001</phone></workaddress>' +
  '<homeaddress><line1>1 Private Lane</line1><email>jane@home.example</email><phone>01632 999999</phone></homeaddress>' +
  `<termsofoffice>${term('06/05/2019', '08/05/2023')}${term('08/05/2023', 'unspecified')}</termsofoffice>`);

describe('reading a saved ModernGov councillors file', () => {
  it('reads a councillor without the title, with the latest term and the work email, and never the home address', () => {
    const [jane] = councillors(file([{ title: 'Abbey', councillors: [JANE] }]));
    expect(jane).toEqual({
      councillorId: '101', name: 'Jane Smith', wardTitle: 'Abbey', party: 'Labour', keyPosts: ['Leader of the Council'],
      photo: 'https://democracy.example.gov.uk/UserData/1/Info00000101/bigpic.jpg', email: 'jane.smith@example.gov.uk',
      termStart: '2023-05-08', termEnd: undefined, position: 1
    });
    expect(JSON.stringify(jane)).not.toMatch(/Private Lane|home\.example|999999/);
  });

  it('reads a councillor with no party as having none', () => {
    const [ind] = councillors(file([{ title: 'Castle', councillors: [councillor({ councillorid: '7', fullusername: 'Cllr Sam Lee', politicalpartytitle: '' })] }]));
    expect(ind.party).toBeUndefined();
    expect(ind.name).toBe('Sam Lee');
  });

  it('decodes HTML entities ModernGov leaves in names, wards and key posts', () => {
    const xml = file([{ title: 'St Mary&amp;#39;s', councillors: [councillor({
      councillorid: '8', fullusername: 'Councillor Aoife O&amp;#39;Brien', keyposts: 'Chair, Planning &amp;amp; Licensing&lt;br /&gt;Climate Champion'
    })] }]);
    const [aoife] = councillors(xml);
    expect(aoife.name).toBe('Aoife O\'Brien');
    expect(aoife.wardTitle).toBe('St Mary\'s');
    expect(aoife.keyPosts).toEqual(['Chair, Planning & Licensing', 'Climate Champion']);
  });

  it('reads a ward titled with "&" and matches it to the ward written with "and"', () => {
    const [c] = councillors(file([{ title: 'Brookside &amp; Fernhill', councillors: [councillor({ councillorid: '9', fullusername: 'Pat Jones' })] }]));
    expect(c.wardTitle).toBe('Brookside & Fernhill');
    expect(wardKey(c.wardTitle)).toBe(wardKey('Brookside  AND fernhill'));
  });

  it('reads dd/mm/yyyy dates, takes "unspecified" as an open term and refuses a date that does not exist', () => {
    expect(ukDateToIso('08/05/2023')).toBe('2023-05-08');
    expect(ukDateToIso('1/2/2024')).toBe('2024-02-01');
    expect(ukDateToIso('31/02/2024')).toBeUndefined();
    expect(ukDateToIso('2024-02-01')).toBeUndefined();
    const [closed] = councillors(file([{ title: 'Abbey', councillors: [councillor({ councillorid: '3', fullusername: 'Al Green' },
      `<termsofoffice>${term('08/05/2023', '07/05/2027')}</termsofoffice>`)] }]));
    expect(closed.termEnd).toBe('2027-05-07');
    const bad = read(file([{ title: 'Abbey', councillors: [JANE, councillor({ councillorid: '4', fullusername: 'Bo Day' },
      `<termsofoffice>${term('30/02/2023', 'unspecified')}</termsofoffice>`)] }]));
    expect(bad.kind === 'read' && bad.unusable).toEqual([{ position: 2, label: 'Bo Day', reason: 'badDate', councillorId: '4' }]);
  });

  it('lists rows it cannot use with the reason: no id, a vacancy, an id given twice', () => {
    const result = read(file([{ title: 'Abbey', councillors: [
      JANE, councillor({ fullusername: 'Councillor No Id' }), councillor({ councillorid: '55', fullusername: 'Vacancy' }),
      councillor({ councillorid: '101', fullusername: 'Jane Smith' })
    ] }]));
    expect(result.kind === 'read' && result.unusable.map(u => [u.label, u.reason])).toEqual([
      ['No Id', 'noId'], ['Vacancy', 'vacancy'], ['Jane Smith', 'duplicateId']
    ]);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['a file of spaces', '  \n ', 'empty'],
    ['malformed XML', '<councillorsbyward><wards><ward></wards>', 'malformed'],
    ['text that is not XML', 'Name,Ward\nJane Smith,Abbey', 'malformed'],
    ['another ModernGov call (GetCommittees)', '<committees><committee><committeeid>1</committeeid></committee></committees>', 'notCouncillorsByWard'],
    ['one ward only (GetCouncillorsByWardId)', '<councillorsbywardid><wards/></councillorsbywardid>', 'notCouncillorsByWard'],
    ['a councillors file with no councillors', '<councillorsbyward><wards><ward><wardtitle>Abbey</wardtitle></ward></wards></councillorsbyward>', 'noCouncillors']
  ])('refuses %s', (_what, xml, problem) => {
    expect(read(xml)).toEqual({ kind: 'refused', problem });
  });

  it('refuses a 20 MB file by its size before parsing it', () => {
    const parser = { parseFromString: jest.fn() };
    expect(readModernGovCouncillors('<councillorsbyward/>', 20 * 1024 * 1024, parser)).toEqual({ kind: 'refused', problem: 'tooLarge' });
    expect(parser.parseFromString).not.toHaveBeenCalled();
    expect(MAX_MODERNGOV_FILE_BYTES).toBeLessThan(20 * 1024 * 1024);
  });

  it('strips "Councillor" and "Cllr" however written, and splits key posts on breaks and semicolons', () => {
    expect(withoutTitle('Cllr. Jo Bloggs')).toBe('Jo Bloggs');
    expect(withoutTitle('councillor  Cllr Jo Bloggs')).toBe('Jo Bloggs');
    expect(splitKeyPosts('Leader<br/>Group Leader; Climate Champion\n')).toEqual(['Leader', 'Group Leader', 'Climate Champion']);
    expect(decodeHtmlEntities('A &amp; B &#x2019; &unknown;')).toBe('A & B \u2019 &unknown;');
  });
});

const SITE = 'https://democracy.example.gov.uk/';
const base = (p: Partial<IImportProfile> & { id: number; fullName: string }): IImportProfile => ({ keyPosts: [], isActive: true, ...p });

function context(profiles: IImportProfile[], extra: Partial<IImportContext> = {}): IImportContext {
  return {
    profiles, today: '2026-12-07', modernGovSite: SITE,
    wards: [{ id: 1, name: 'Abbey' }, { id: 2, name: 'Brookside and Fernhill' }, { id: 3, name: 'Castle' }],
    parties: [{ id: 10, name: 'Labour' }, { id: 11, name: 'Conservative' }],
    ...extra
  };
}

function planFor(xml: string, ctx: IImportContext): ReturnType<typeof planMemberImport> {
  const result = read(xml);
  if (result.kind !== 'read') throw new Error(result.problem);
  return planMemberImport(result, ctx);
}

describe('the dry run of an import', () => {
  const xml = file([{ title: 'Abbey', councillors: [JANE] }]);

  it('proposes a new member with the register link on the ModernGov site and the photo from it', () => {
    const plan = planFor(xml, context([]));
    expect(plan.proposals).toEqual([{
      kind: 'new', key: 'new:101', name: 'Jane Smith', wardName: 'Abbey',
      values: {
        fullName: 'Jane Smith', firstName: 'Jane', surname: 'Smith', modernGovId: '101', partyId: 10, wardId: 1,
        keyPosts: ['Leader of the Council'], termStart: '2023-05-08', email: 'jane.smith@example.gov.uk',
        photoUrl: 'https://democracy.example.gov.uk/UserData/1/Info00000101/bigpic.jpg',
        registerUrl: 'https://democracy.example.gov.uk/mgRofI.aspx?UID=101', isActive: true
      }
    }]);
  });

  it('takes no photo and makes no register link when no ModernGov site is configured, or the photo is on another host', () => {
    const [none] = planFor(xml, context([], { modernGovSite: undefined })).proposals;
    expect(none.values.photoUrl).toBeUndefined();
    expect(none.values.registerUrl).toBeUndefined();
    const [other] = planFor(xml, context([], { modernGovSite: 'https://moderngov.other.gov.uk' })).proposals;
    expect(other.values.photoUrl).toBeUndefined();
    expect(other.values.registerUrl).toBe('https://moderngov.other.gov.uk/mgRofI.aspx?UID=101');
  });

  it('matches by name and ward when no ModernGov id is stored, and lists only what differs', () => {
    const profile = base({
      id: 5, fullName: 'Jane  SMITH', partyId: 11, wardId: 1, keyPosts: ['Leader of the Council'], termStart: '2023-05-08',
      email: 'jane.smith@example.gov.uk', photoUrl: 'https://democracy.example.gov.uk/UserData/1/Info00000101/bigpic.jpg'
    });
    const plan = planFor(xml, context([profile]));
    expect(plan.proposals).toEqual([{
      kind: 'changed', key: 'profile:5', profileId: 5, name: 'Jane  SMITH',
      changes: [
        { field: 'modernGovId', from: undefined, to: '101' },
        { field: 'party', from: 'Conservative', to: 'Labour' },
        { field: 'register', from: undefined, to: 'https://democracy.example.gov.uk/mgRofI.aspx?UID=101' }
      ],
      values: { modernGovId: '101', partyId: 10, registerUrl: 'https://democracy.example.gov.uk/mgRofI.aspx?UID=101' }
    }]);
  });

  it('matches by the stored ModernGov id even after a change of name and ward', () => {
    const plan = planFor(xml, context([base({ id: 5, fullName: 'Jane Brown', modernGovId: '101', wardId: 3, partyId: 10 })]));
    expect(plan.proposals).toHaveLength(1);
    expect(plan.proposals[0].kind).toBe('changed');
    expect(plan.proposals[0].kind === 'changed' && plan.proposals[0].changes.find(c => c.field === 'ward')).toEqual({ field: 'ward', from: 'Castle', to: 'Abbey' });
  });

  it('does not take a same-named member of another ward, or one linked to another id', () => {
    const plan = planFor(xml, context([
      base({ id: 5, fullName: 'Jane Smith', wardId: 3, isActive: false }),
      base({ id: 6, fullName: 'Jane Smith', wardId: 1, modernGovId: '999', isActive: false })
    ]));
    expect(plan.proposals.map(p => p.kind)).toEqual(['new']);
  });

  it('proposes that a current member the file no longer lists ends their term today, never a deletion', () => {
    const plan = planFor(xml, context([
      base({ id: 9, fullName: 'Old Member', wardId: 3, termEnd: '2027-05-06' }),
      base({ id: 10, fullName: 'Already Former', wardId: 3, isActive: false })
    ]));
    expect(plan.proposals.filter(p => p.kind === 'ended')).toEqual([
      { kind: 'ended', key: 'ended:9', profileId: 9, name: 'Old Member', values: { isActive: false, termEnd: '2026-12-07' } }
    ]);
  });

  it('cannot use a row whose ward or party the lists lack, and does not end that member\u2019s term', () => {
    const other = file([{ title: 'Nowhere', councillors: [JANE] }, { title: 'Castle', councillors: [
      councillor({ councillorid: '12', fullusername: 'Cllr Kim Park', politicalpartytitle: 'Yorkshire Party' })
    ] }]);
    const plan = planFor(other, context([base({ id: 5, fullName: 'Kim Park', wardId: 3, partyId: 11 })]));
    expect(plan.unusable).toEqual([
      { position: 1, label: 'Jane Smith', reason: 'unknownWard', detail: 'Nowhere', councillorId: '101' },
      { position: 2, label: 'Kim Park', reason: 'unknownParty', detail: 'Yorkshire Party', councillorId: '12' }
    ]);
    expect(plan.proposals).toEqual([]);
  });

  it('proposes nothing when every profile already says what the file says', () => {
    const first = planFor(xml, context([]));
    const created = first.proposals[0].values;
    const profile = base({
      id: 1, fullName: created.fullName as string, modernGovId: created.modernGovId, partyId: 10, wardId: 1, keyPosts: created.keyPosts,
      termStart: created.termStart, email: created.email, photoUrl: created.photoUrl, registerUrl: created.registerUrl
    });
    const again = planFor(xml, context([profile]));
    expect(again).toEqual({ proposals: [], unusable: [], unchanged: 1, duplicates: [] });
  });

  it('clears the party of a councillor the file lists with none, and leaves a recorded end date alone for an open term', () => {
    const ind = file([{ title: 'Castle', councillors: [councillor({ councillorid: '7', fullusername: 'Sam Lee' },
      `<termsofoffice>${term('08/05/2023', 'unspecified')}</termsofoffice>`)] }]);
    const plan = planFor(ind, context([base({ id: 3, fullName: 'Sam Lee', wardId: 3, partyId: 11, modernGovId: '7', termStart: '2023-05-08', termEnd: '2027-05-06' })]));
    expect(plan.proposals).toEqual([expect.objectContaining({
      changes: [{ field: 'party', from: 'Conservative', to: undefined }, expect.objectContaining({ field: 'register' })]
    })]);
  });

  it('reports two profiles with one ModernGov id, and neither changes nor ends them', () => {
    const plan = planFor(xml, context([
      base({ id: 1, fullName: 'Jane Smith', modernGovId: '101', wardId: 1 }), base({ id: 2, fullName: 'Jane Smith', modernGovId: '101', wardId: 1 })
    ]));
    expect(plan.duplicates).toEqual([{ modernGovId: '101', names: ['Jane Smith', 'Jane Smith'] }]);
    expect(plan.proposals).toEqual([]);
  });

  it('builds the register of interests address ModernGov serves for a councillor', () => {
    expect(registerOfInterestsUrl(new URL('https://democracy.example.gov.uk/democracy'), '42')).toBe('https://democracy.example.gov.uk/democracy/mgRofI.aspx?UID=42');
  });
});
