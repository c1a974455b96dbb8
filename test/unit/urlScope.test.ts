import { decodeDirectoryUrl, EMPTY_URL_STATE, encodeDirectoryUrl, profileLink } from '../../src/domain/members/directoryUrlState';
import { decodeOfficerUrl, EMPTY_OFFICER_URL_STATE, encodeOfficerUrl, serviceLink } from '../../src/domain/officers/officerUrlState';
import { urlScopeFor } from '../../src/domain/shared/urlScope';
import { pageUrlScope } from '../../src/common/webpart/pageUrlScopes';

const members = urlScopeFor('3a7c21d0-0000-4000-8000-000000000001');
const officers = urlScopeFor('b51e9f42-0000-4000-8000-000000000002');

describe('URL state scoped per web part instance', () => {
  it('gives each instance a short prefix from its id', () => {
    expect(members.prefix).toBe('3a7c21.');
    expect(officers.prefix).toBe('b51e9f.');
    expect(urlScopeFor('').prefix).toBe('');
  });

  it('keeps two directories\u2019 searches apart on one page, and SharePoint\u2019s own parameters too', () => {
    let search = '?Mode=Edit';
    search = encodeDirectoryUrl({ ...EMPTY_URL_STATE, query: 'zoe', memberId: 7 }, search, members);
    search = encodeOfficerUrl({ ...EMPTY_OFFICER_URL_STATE, query: 'planning', officerId: 12, mode: 'search' }, search, officers);
    expect(search).toBe('?Mode=Edit&3a7c21.q=zoe&3a7c21.member=7&b51e9f.mode=search&b51e9f.q=planning&b51e9f.officer=12');
    expect(decodeDirectoryUrl(search, members)).toMatchObject({ query: 'zoe', memberId: 7 });
    expect(decodeOfficerUrl(search, officers)).toMatchObject({ query: 'planning', officerId: 12, mode: 'search' });
    // Clearing one leaves the other alone.
    search = encodeDirectoryUrl(EMPTY_URL_STATE, search, members);
    expect(search).toBe('?Mode=Edit&b51e9f.mode=search&b51e9f.q=planning&b51e9f.officer=12');
  });

  it('lets the first member directory on a page keep the plain names (old ?member= links), and prefixes every other instance', () => {
    const first = pageUrlScope('memberDirectory', 'aaaaaa11-0000', true);
    const second = pageUrlScope('memberDirectory', 'bbbbbb22-0000', true);
    expect(first.prefix).toBe('');
    expect(second.prefix).toBe('bbbbbb.');
    // Re-rendering the first keeps its names; other kinds are always prefixed.
    expect(pageUrlScope('memberDirectory', 'aaaaaa11-0000', true).prefix).toBe('');
    expect(pageUrlScope('officerDirectory', 'cccccc33-0000', false).prefix).toBe('cccccc.');
    const search = encodeDirectoryUrl({ ...EMPTY_URL_STATE, query: 'ward' }, encodeDirectoryUrl({ ...EMPTY_URL_STATE, memberId: 42 }, '', first), second);
    expect(search).toBe('?member=42&bbbbbb.q=ward');
    expect(decodeDirectoryUrl(search, first)).toMatchObject({ memberId: 42, query: '' });
    expect(decodeDirectoryUrl(search, second)).toMatchObject({ memberId: undefined, query: 'ward' });
  });

  it('round-trips the officer directory\u2019s state and ignores malformed values', () => {
    const state = {
      mode: 'liaison' as const, topic: 'planning appeal', serviceId: 3, directorateId: 2, query: "O'Brien",
      refinements: { directorateIds: [1, 2], serviceIds: [4], liaisonOnly: true }, officerId: 9
    };
    expect(decodeOfficerUrl(encodeOfficerUrl(state, '', officers), officers)).toEqual(state);
    expect(decodeOfficerUrl('?mode=x&svc=-1&rdir=a&rdir=3&officer=0')).toEqual({
      ...EMPTY_OFFICER_URL_STATE, refinements: { directorateIds: [3], serviceIds: [], liaisonOnly: false }
    });
  });
});

describe('a copied link', () => {
  const page = 'https://council.sharepoint.com/sites/members/SitePages/Directory.aspx';

  it('carries a profile and nothing else: no search, refiners, other web parts\u2019 state or fragment', () => {
    const busy = `${page}?q=planning&ward=2&sort=ward&member=4&b51e9f.q=waste#top`;
    expect(profileLink(busy, 7)).toBe(`${page}?member=7`);
    expect(profileLink(busy, 7, members)).toBe(`${page}?3a7c21.member=7`);
    expect(decodeDirectoryUrl(new URL(profileLink(busy, 7)).search)).toEqual({ ...EMPTY_URL_STATE, memberId: 7 });
  });

  it('opens a service in "Find my liaison officer", whatever mode the sharer was in', () => {
    const busy = `${page}?b51e9f.mode=search&b51e9f.q=smith&b51e9f.officer=3&q=zoe`;
    expect(serviceLink(busy, 12, officers)).toBe(`${page}?b51e9f.mode=liaison&b51e9f.svc=12`);
  });
});
