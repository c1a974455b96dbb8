import { USERS } from './fixtures';
import { failureOf, startHarness, type IHarness } from './harness';
import * as lists from '../../src/schema/lists';
import { hubList } from '../../src/data/hubList';
import type { IList } from '@pnp/sp/lists';

let h: IHarness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.server.close(); });

const members = (): IList =>
  hubList(h.spAs(USERS.officer).web, lists.members);
const ids = (rows: { Id: number }[]): number[] => rows.map(r => r.Id).sort((a, b) => a - b);

describe('finding lists', () => {
  it('finds a list by title with quotes doubled and the title URL-encoded, and by id in either form', async () => {
    const sp = h.spAs(USERS.officer);
    const byTitle = await hubList(sp.web, lists.premises)();
    expect(byTitle.Title).toBe(lists.premises.title);
    expect(byTitle.ItemCount).toBe(3);
    const byId = await sp.web.lists.getById(byTitle.Id)();
    expect(byId.Title).toBe(byTitle.Title);
    const guidForm = await h.raw(`/_api/web/lists(guid'${byTitle.Id as string}')`, { userId: USERS.officer });
    expect(guidForm.status).toBe(200);
  });

  it("says a missing list does not exist, with SharePoint's 404 (titles with apostrophes and ampersands survive the trip)", async () => {
    const err = await failureOf(h.spAs(USERS.officer).web.lists.getByTitle("O'Brien & Co")());
    expect(err.status).toBe(404);
    expect(err.code).toBe('-1, System.ArgumentException');
    expect(err.message).toBe(`List 'O'Brien & Co' does not exist at site with URL '${h.server.webUrl}'.`);
  });
});

describe('$filter', () => {
  it('matches doubled quotes in string literals (O\'Neill), and text compares case-insensitively', async () => {
    expect(ids(await members().items.filter("Surname eq 'O''Neill'")())).toEqual([1]);
    expect(ids(await members().items.filter("Surname eq 'o''neill'")())).toEqual([1]);
  });

  it('refuses an unescaped quote as a syntax error rather than matching something else', async () => {
    const err = await failureOf(members().items.filter("Surname eq 'O'Neill'")());
    expect(err.status).toBe(400);
  });

  it('gives and precedence over or, and honours parentheses and not', async () => {
    // Without precedence this would be (IsActive and Ward 3) or Party 1 → 1, 2, 3 either way, so use a telling case:
    expect(ids(await members().items.filter('WardId eq 2 or WardId eq 1 and PartyId eq 2')())).toEqual([3]);
    expect(ids(await members().items.filter('(WardId eq 2 or WardId eq 1) and PartyId eq 1')())).toEqual([1, 3]);
    expect(ids(await members().items.filter('not (PartyId eq 1) or WardId eq 2')())).toEqual([2, 3]);
    expect(ids(await members().items.filter('not IsActive eq 1')())).toEqual([3]);
  });

  it('supports substringof and startswith (accents included), and booleans as 1/0/true/false', async () => {
    expect(ids(await members().items.filter("substringof('art', Surname)")())).toEqual([2]);
    expect(ids(await members().items.filter("startswith(FirstName, 'Zo')")())).toEqual([2]);
    expect(ids(await members().items.filter("startswith(Surname, 'Ó')")())).toEqual([3]);
    expect(ids(await members().items.filter('IsActive eq true')())).toEqual([1, 2]);
    expect(ids(await members().items.filter('IsActive eq 0')())).toEqual([3]);
    expect(ids(await members().items.filter('IsActive eq false')())).toEqual([3]);
  });

  it('compares with null', async () => {
    expect(ids(await members().items.filter('TermEnd eq null')())).toEqual([1, 2]);
    expect(ids(await members().items.filter('TermEnd ne null')())).toEqual([3]);
    expect(ids(await members().items.filter('MemberAccountId eq null')())).toEqual([3]);
  });

  it('filters on lookup and person sub-fields: Ward/Id, WardId, Ward/Title, Director/EMail', async () => {
    expect(ids(await members().items.filter('Ward/Id eq 3')())).toEqual([2]);
    expect(ids(await members().items.filter('WardId eq 3')())).toEqual([2]);
    expect(ids(await members().items.filter("Ward/Title eq 'St Mary''s'").expand('Ward')())).toEqual([1]);
    const dirs = await hubList(h.spAs(USERS.officer).web, lists.directorates).items
      .filter("Director/EMail eq 'priya.shah@example-council.gov.uk'").expand('Director')();
    expect(ids(dirs)).toEqual([1]);
    expect(ids(await members().items.filter(`MemberAccountId eq ${USERS.zoe}`)())).toEqual([2]);
  });

  it('compares dates given as datetime literals or plain ISO strings', async () => {
    expect(ids(await members().items.filter("TermStart ge datetime'2021-01-01T00:00:00Z'")())).toEqual([1, 2]);
    expect(ids(await members().items.filter("TermStart lt '2021-05-06T00:00:00Z'")())).toEqual([3]);
    expect(ids(await members().items.filter("TermStart le '2021-05-06T00:00:00Z' and TermStart gt datetime'2020-01-01T00:00:00'")())).toEqual([2]);
  });

  it('matches multi-value fields when any value matches (AdditionalResponsibilities, CLOServicesId)', async () => {
    expect(ids(await members().items.filter("AdditionalResponsibilities eq 'Law'")())).toEqual([1]);
    expect(ids(await members().items.filter("AdditionalResponsibilities eq 'Law' or AdditionalResponsibilities eq 'Digital'")())).toEqual([1, 2]);
    const officers = hubList(h.spAs(USERS.officer).web, lists.officers);
    expect(ids(await officers.items.filter('CLOServicesId eq 2')())).toEqual([1]);
    expect(ids(await officers.items.filter("CLOServices/Title eq 'Housing'").expand('CLOServices')())).toEqual([1]);
  });

  it('says an unknown column does not exist', async () => {
    const err = await failureOf(members().items.filter("Nickname eq 'x'")());
    expect(err.status).toBe(400);
    expect(err.message).toBe("Column 'Nickname' does not exist. It may have been deleted by another user.");
  });
});

describe('$orderby, $select and $expand', () => {
  it('sorts on several keys, ascending and descending', async () => {
    // Party 1 holds O'Neill and Ó Briain; descending by surname (accents compare as their base letter) puts O'Neill first.
    const rows = await members().items.select('Id').orderBy('PartyId', true).orderBy('Surname', false)();
    expect(rows.map(r => r.Id)).toEqual([1, 3, 2]);
    const byWardDesc = await members().items.select('Id').orderBy('WardId', false)();
    expect(byWardDesc.map(r => r.Id)).toEqual([2, 3, 1]);
  });

  it('pages in the query\'s own order: the skiptoken means "after this item" in that order', async () => {
    const seen: number[] = [];
    for await (const page of members().items.select('Id').orderBy('Surname', false).top(1)) {
      seen.push(...(page as { Id: number }[]).map(r => r.Id));
    }
    expect(seen).toEqual([1, 3, 2]);
  });

  it('returns only the selected columns (plus odata metadata), dates as UTC without milliseconds and URLs as {Description,Url}', async () => {
    const [row] = await members().items.select('Id', 'Title', 'TermStart', 'Photo', 'AdditionalResponsibilities').filter('Id eq 1')();
    expect(Object.keys(row).filter(k => !k.startsWith('odata.')).sort()).toEqual(['AdditionalResponsibilities', 'Id', 'Photo', 'TermStart', 'Title']);
    expect(row.TermStart).toBe('2023-05-04T00:00:00Z');
    expect(row.Photo).toEqual({ Description: "Siobhan O'Neill", Url: 'https://example-council.gov.uk/photos/oneill.jpg' });
    expect(row['odata.type']).toBe('SP.Data.MohMembersListItem');
    expect(row['odata.etag']).toBe('"1"');
  });

  it('returns the system columns and every custom field when nothing is selected', async () => {
    const row = await members().items.getById(2)();
    for (const k of ['FileSystemObjectType', 'Id', 'ID', 'ContentTypeId', 'Title', 'Modified', 'Created', 'AuthorId', 'EditorId',
      'OData__UIVersionString', 'Attachments', 'GUID', 'WardId', 'PartyId', 'MemberAccountId', 'AdditionalResponsibilities', 'IsActive', 'Photo']) {
      expect(row).toHaveProperty(k);
    }
    expect(row.Photo).toBeNull();
    expect(row.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('expands a lookup, a multi-lookup and a person to the selected fields', async () => {
    const [officer] = await hubList(h.spAs(USERS.officer).web, lists.officers).items
      .select('Id', 'Service/Title', 'Service/Id', 'CLOServices/Title', 'OfficerAccount/Title', 'OfficerAccount/EMail', 'OfficerAccount/Id')
      .expand('Service', 'CLOServices', 'OfficerAccount').filter('Id eq 1')();
    expect(officer.Service).toEqual({ Title: 'Planning', Id: 1 });
    expect(officer.CLOServices).toEqual([{ Title: 'Planning' }, { Title: 'Housing' }]);
    expect(officer.OfficerAccount).toEqual({ Title: 'Tom Brown', EMail: 'tom.brown@example-council.gov.uk', Id: USERS.officer });
    const [noClo] = await hubList(h.spAs(USERS.officer).web, lists.officers).items
      .select('Id', 'CLOServices/Title').expand('CLOServices').filter('Id eq 2')();
    expect(noClo.CLOServices).toEqual([]);
  });

  it('expands fields of the target list, e.g. a premises\u2019 owning directorate\u2019s Director id', async () => {
    const [p] = await hubList(h.spAs(USERS.officer).web, lists.premises).items
      .select('Id', 'OwningDirectorate/Title', 'OwningDirectorate/DirectorId').expand('OwningDirectorate').filter('Id eq 2')();
    expect(p.OwningDirectorate).toEqual({ Title: 'Place', DirectorId: USERS.director });
  });

  it('refuses a lookup in $select without $expand, as SharePoint does', async () => {
    const err = await failureOf(members().items.select('Id', 'Ward/Title')());
    expect(err.status).toBe(400);
    expect(err.message).toContain('$expand query string must contains Ward');
  });
});
