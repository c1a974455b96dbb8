import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { MemberDirectory } from '../../../src/webparts/memberDirectory/components/MemberDirectory';
import { HubDataError } from '../../../src/data/hubDataError';
import { REFINER_KEYS } from '../../../src/domain/members';
import { FakeMemberDirectoryService } from './FakeMemberDirectoryService';
import { sampleDirectory, withMajorityGroup } from './sampleDirectory';
import * as lists from '../../../src/schema/lists';
import { headingLevels, skippedLevels } from '../../support/headingOrder';

setIconOptions({ disableWarnings: true });
// Whole-directory renders in jsdom take seconds on a quiet machine and over 30 s for one story
// when a 2-core machine runs other suites beside it (measured, load 12–16): patience, not a retry.
jest.setTimeout(120000);

function renderDirectory(service: FakeMemberDirectoryService, url = '/'): ReturnType<typeof render> {
  window.history.replaceState(null, '', url);
  return render(<MemberDirectory title="Councillors" service={service} defaultView="cards" pageSize={24} refiners={[...REFINER_KEYS]} />);
}

const status = (): HTMLElement => screen.getAllByRole('status').find(el => /councillor/i.test(el.textContent ?? ''))!;

/** Opens member 1's own profile, edits the biography and presses Save; returns the panel. */
async function saveBiography(service: FakeMemberDirectoryService, biography: string): Promise<HTMLElement> {
  renderDirectory(service, '/?member=1');
  const panel = await screen.findByRole('dialog');
  fireEvent.click(within(panel).getByRole('button', { name: 'Edit my profile' }));
  fireEvent.change(within(panel).getByLabelText('Biography'), { target: { value: biography } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Save changes' }));
  return panel;
}

describe('the member directory', () => {
  it('shows a shimmer while loading, then every current councillor as a card', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    renderDirectory(service);
    expect(screen.getByLabelText('Loading councillors…')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'View profile: Zoë Hart' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'View profile: Tom Baker' })).toBeNull();
    expect(status().textContent).toBe('5 councillors found');
    expect(service.loadCount).toBe(1);
  });

  it('tells the admin to add the app or set the site URL when the lists are missing', async () => {
    const service = new FakeMemberDirectoryService(new HubDataError('listsMissing', 'List does not exist', 404), sampleDirectory());
    renderDirectory(service);
    expect(await screen.findByText(/add the Member–Officer Hub app to this site/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'View profile: Zoë Hart' })).toBeTruthy();
    expect(service.loadCount).toBe(2);
  });

  it('offers Retry after a network failure, and recovers', async () => {
    const service = new FakeMemberDirectoryService(new HubDataError('network', 'Failed to fetch'), sampleDirectory());
    renderDirectory(service);
    expect(await screen.findByText(/connection to SharePoint failed/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'View profile: Priya Shah' })).toBeTruthy();
  });

  it('searches as you type, puts the search in the URL, and finds Zoë from "zoe"', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()));
    const search = await screen.findByRole('searchbox', { name: 'Search councillors' });
    fireEvent.change(search, { target: { value: 'zoe' } });
    expect(status().textContent).toBe('1 councillor found');
    expect(screen.queryByRole('button', { name: 'View profile: Priya Shah' })).toBeNull();
    // The URL follows once typing pauses.
    await waitFor(() => expect(window.location.search).toBe('?q=zoe'));
  });

  it('restores refiners from a shared link and clears them with "Clear filters"', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?ward=2&party=1');
    expect(await screen.findByRole('button', { name: 'View profile: Priya Shah' })).toBeTruthy();
    expect(status().textContent).toBe('1 councillor found');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(status().textContent).toBe('5 councillors found');
    expect(window.location.search).toBe('');
  });

  it('says nothing matches and offers "Clear filters" when a search finds nobody', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?q=nobody+here');
    expect(await screen.findByText('No councillors match')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('button', { name: 'View profile: Zoë Hart' })).toBeTruthy();
  });

  it('switches to the compact list and back', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()));
    fireEvent.click(await screen.findByRole('button', { name: 'List' }));
    expect(screen.getAllByRole('table').length).toBeGreaterThan(0);
    expect(screen.getByRole('rowheader', { name: /Zoë Hart/ })).toBeTruthy();
    expect(window.location.search).toBe('?layout=list');
  });

  it('moves focus to a letter\u2019s group when A–Z is used', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()));
    fireEvent.click(await screen.findByRole('button', { name: 'Surnames starting with O' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('O'));
    expect((screen.getByRole('button', { name: 'No surnames start with B' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows more councillors a page at a time, moving focus to the first new one', async () => {
    window.history.replaceState(null, '', '/');
    render(<MemberDirectory title="Councillors" service={new FakeMemberDirectoryService(sampleDirectory())} defaultView="list" pageSize={2} refiners={[]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show more (2 more)' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('View profile: Ann Jones'));
    expect(screen.getByText('Showing 4 of 5')).toBeTruthy();
  });
});

describe('searching for a councillor by what they do', () => {
  /** Priya Shah holds the planning portfolio; Ann Jones governs Riverside Academy Trust. */
  function planningCouncil(): ReturnType<typeof sampleDirectory> {
    const data = sampleDirectory();
    data.members = data.members.map(m => (m.id === 3 ? { ...m, cabinetRole: 'Cabinet Member for Planning', portfolio: 'Planning and Regeneration' } : m));
    data.memberships.push({ id: 20, memberId: 3, committeeId: 3, role: 'Member' });
    data.appointments.push({ id: 20, memberId: 6, organisation: 'Riverside Academy Trust', type: 'Council-appointed', role: 'Governor' });
    return data;
  }
  const resultNames = (): string[] => screen.getAllByRole('button', { name: /^View profile: / }).map(b => b.textContent ?? '');

  it('ranks the portfolio holder first for "planning", says why each matched, and sorts by surname in one click', async () => {
    renderDirectory(new FakeMemberDirectoryService(planningCouncil()));
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Search councillors' }), { target: { value: 'planning' } });
    expect(resultNames()).toEqual(['Priya Shah', "Sean O'Neill", 'Émile Ávila', 'Ann Jones']);
    expect(screen.getByText('Matches Cabinet role: Cabinet Member for Planning')).toBeTruthy();
    expect(screen.getByText('Matches committee: Planning Committee (Chair)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sort by surname instead' }));
    expect(resultNames()).toEqual(['Émile Ávila', 'Ann Jones', "Sean O'Neill", 'Priya Shah']);
    await waitFor(() => expect(window.location.search).toBe('?q=planning&sort=surname'));
  });

  it('names the outside appointment that found a councillor', async () => {
    renderDirectory(new FakeMemberDirectoryService(planningCouncil()));
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Search councillors' }), { target: { value: 'riverside academy' } });
    expect(resultNames()).toEqual(['Ann Jones']);
    expect(screen.getByText('Matches outside appointment: Riverside Academy Trust')).toBeTruthy();
  });

  it('skips from the search box straight to the first result', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()));
    // The search region is named, so it is told apart from the officer directory's on one page.
    const search = await screen.findByRole('search', { name: 'Search councillors' });
    fireEvent.click(within(search).getByRole('button', { name: 'Skip to results' }));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('View profile: Émile Ávila');
  });
});

describe('a councillor\u2019s profile', () => {
  it('opens from a card, shows contact actions and roles, and returns focus to the card on close', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()));
    const opener = await screen.findByRole('button', { name: 'View profile: Zoë Hart' });
    opener.focus();
    fireEvent.click(opener);
    const panel = await screen.findByRole('dialog');
    expect(window.location.search).toBe('?member=1');
    expect(within(panel).getByRole('link', { name: 'Email Zoë Hart' }).getAttribute('href')).toBe('mailto:zoe.hart@example.gov.uk');
    expect(within(panel).getByRole('link', { name: 'Call 01234 567890 (Zoë Hart)' }).getAttribute('href')).toBe('tel:01234567890');
    expect(within(panel).getByRole('link', { name: 'Chat in Teams with Zoë Hart (opens in a new tab)' }).getAttribute('href'))
      .toBe('https://teams.microsoft.com/l/chat/0/0?users=zoe.hart%40example.gov.uk');
    expect(within(panel).getByText('Cabinet Member for Housing')).toBeTruthy();
    expect(within(panel).queryByText('Riverside Housing Trust')).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Close profile' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'View profile: Zoë Hart' })));
    expect(window.location.search).toBe('');
  });

  describe('Copy link', () => {
    const clipboard = (writeText: (text: string) => Promise<void>): void => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    };
    afterEach(() => { delete (navigator as { clipboard?: unknown }).clipboard; });

    it('copies the profile\u2019s own address, without the search and filters set, and says so', async () => {
      const copied: string[] = [];
      clipboard(async text => { copied.push(text); });
      renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?q=castle&ward=2&member=2');
      const panel = await screen.findByRole('dialog');
      fireEvent.click(within(panel).getByRole('button', { name: 'Copy link to Sean O\'Neill\u2019s profile' }));
      expect(await within(panel).findByText('Link copied.')).toBeTruthy();
      expect(copied).toEqual([`${window.location.origin}/?member=2`]);
    });

    it('shows the address selected when the browser refuses the clipboard', async () => {
      clipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
      renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?q=castle&member=2');
      const panel = await screen.findByRole('dialog');
      fireEvent.click(within(panel).getByRole('button', { name: /^Copy link/ }));
      const field = await within(panel).findByRole('textbox', { name: 'Link to this profile' }) as HTMLInputElement;
      expect(field.value).toBe(`${window.location.origin}/?member=2`);
      await waitFor(() => expect(document.activeElement).toBe(field));
      expect(field.selectionStart).toBe(0);
      expect(field.selectionEnd).toBe(field.value.length);
      expect(within(panel).getByText(/press Ctrl\+C to copy it/)).toBeTruthy();
    });
  });

  it('steps its headings down from the panel\u2019s title without skipping a level, the edit form too', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?member=1');
    const panel = await screen.findByRole('dialog');
    const levels = headingLevels(panel);
    expect(levels[0]).toBe(1);
    expect(levels).toContain(3);
    expect(skippedLevels(levels)).toEqual([]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit my profile' }));
    expect(skippedLevels(headingLevels(panel))).toEqual([]);
  });

  it('opens directly from a deep link ?member=<id>', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?member=2');
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText('Northshire County Council')).toBeTruthy();
    expect(within(panel).getByText('Planning Committee')).toBeTruthy();
  });

  it('shows ended appointments when "former" is asked for', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?member=1&former=1');
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText('Riverside Housing Trust')).toBeTruthy();
  });

  it('offers "Edit my profile" only on the signed-in member\u2019s own profile', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?member=2');
    const other = await screen.findByRole('dialog');
    expect(within(other).queryByRole('button', { name: 'Edit my profile' })).toBeNull();
    fireEvent.click(within(other).getByRole('button', { name: 'Close profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'View profile: Zoë Hart' }));
    const own = await screen.findByRole('dialog');
    expect(within(own).getByRole('button', { name: 'Edit my profile' })).toBeTruthy();
  });

  it('lets a member save their own skills and biography', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    renderDirectory(service, '/?member=1');
    const panel = await screen.findByRole('dialog');
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit my profile' }));
    fireEvent.change(within(panel).getByLabelText('Add a skill or interest'), { target: { value: 'Planning' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Add' }));
    fireEvent.change(within(panel).getByLabelText('Biography'), { target: { value: 'Lives in Abbey ward.' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(panel).findByText('Your profile has been saved.')).toBeTruthy();
    expect(service.saves).toEqual([{
      memberId: 1, itemId: 101, etag: '"1"', changes: {
        skills: ['Housing', 'Community engagement', 'Planning'], biography: 'Lives in Abbey ward.',
        contactPreference: '', shareMobile: false, mobile: '', shareHomePhone: false, homePhone: ''
      }
    }]);
    expect(within(panel).getByText('Lives in Abbey ward.')).toBeTruthy();
  });

  it('creates a member\u2019s first self-description, sharing a personal mobile only when they tick the box', async () => {
    const data = sampleDirectory();
    data.members[0] = { ...data.members[0], self: undefined };
    const service = new FakeMemberDirectoryService(data);
    renderDirectory(service, '/?member=1');
    const panel = await screen.findByRole('dialog');
    expect(within(panel).queryByRole('link', { name: /Mobile/ })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit my profile' }));
    fireEvent.change(within(panel).getByLabelText('How I prefer to be contacted'), { target: { value: 'Teams, please' } });
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Share my personal mobile with officers and members' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(panel).findByText('Enter the number, or untick the box to keep it private.')).toBeTruthy();
    expect(service.saves).toEqual([]);
    fireEvent.change(within(panel).getByLabelText(/^Personal mobile/), { target: { value: '07700 900123' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(panel).findByText('Your profile has been saved.')).toBeTruthy();
    expect(service.saves).toEqual([expect.objectContaining({
      itemId: undefined, etag: undefined, changes: expect.objectContaining({ shareMobile: true, mobile: '07700 900123' })
    })]);
    expect(within(panel).getByRole('link', { name: 'Mobile 07700 900123 (Zoë Hart)' }).getAttribute('href')).toBe('tel:07700900123');
    expect(within(panel).getByText('Teams, please')).toBeTruthy();
  });

  it('shows official contact details by default, and a personal number only when the member shares it', async () => {
    const data = sampleDirectory();
    data.members[1] = { ...data.members[1], email: 'sean.oneill@example.gov.uk', self: { skills: [], sharedHomePhone: '01632 960123' } };
    renderDirectory(new FakeMemberDirectoryService(data), '/?member=2');
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByRole('link', { name: "Email Sean O'Neill" })).toBeTruthy();
    expect(within(panel).getByRole('link', { name: "Home 01632 960123 (Sean O'Neill)" })).toBeTruthy();
    expect(within(panel).queryByRole('link', { name: /mobile/ })).toBeNull();
  });

  it('shows a former member\u2019s name, party, ward, term and past roles, with no contact details or biography', async () => {
    const data = sampleDirectory();
    data.members[4] = { ...data.members[4], email: 'tom.baker@example.gov.uk', phone: '01632 960001',
      self: { skills: ['Law'], biography: 'Private things.' } };
    renderDirectory(new FakeMemberDirectoryService(data), '/?member=5&former=1');
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText('Planning Committee')).toBeTruthy();
    expect(within(panel).getByText('Conservative')).toBeTruthy();
    expect(within(panel).queryByRole('link')).toBeNull();
    expect(within(panel).queryByText('Private things.')).toBeNull();
    expect(within(panel).queryByText('Biography')).toBeNull();
  });

  it('does not make a link of an address that would add recipients to the email', async () => {
    const data = sampleDirectory();
    data.members[1] = { ...data.members[1], email: 'x@council?cc=everyone@example.com&body=hi' };
    renderDirectory(new FakeMemberDirectoryService(data), '/?member=2');
    const panel = await screen.findByRole('dialog');
    expect(within(panel).queryByRole('link', { name: /Email/ })).toBeNull();
    expect(within(panel).queryByRole('link', { name: /Teams/ })).toBeNull();
  });

  it('keeps what the member typed and explains when SharePoint refuses the save (403)', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    service.saveOutcome = new HubDataError('forbidden', 'Access denied', 403);
    const panel = await saveBiography(service, 'My new biography');
    expect(await within(panel).findByText(/you can only edit what you have written about yourself/)).toBeTruthy();
    expect((within(panel).getByLabelText('Biography') as HTMLTextAreaElement).value).toBe('My new biography');
  });

  it('says someone else changed the profile (412), keeps the text, and offers to reload', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    service.saveOutcome = new HubDataError('conflict', 'ETag mismatch', 412);
    const panel = await saveBiography(service, 'Mine');
    expect(await within(panel).findByText(/Someone else changed this profile/)).toBeTruthy();
    expect((within(panel).getByLabelText('Biography') as HTMLTextAreaElement).value).toBe('Mine');
    fireEvent.click(within(panel).getByRole('button', { name: 'Reload the latest version' }));
    await waitFor(() => expect(service.loadCount).toBe(2));
  });

  it('says so when reloading the latest version fails, and still keeps the text', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    service.loads = [sampleDirectory(), new HubDataError('network', 'Failed to fetch')];
    service.saveOutcome = new HubDataError('conflict', 'ETag mismatch', 412);
    const panel = await saveBiography(service, 'Mine');
    fireEvent.click(await within(panel).findByRole('button', { name: 'Reload the latest version' }));
    expect(await within(panel).findByText(/The latest version could not be loaded \(Failed to fetch\)/)).toBeTruthy();
    expect((within(panel).getByLabelText('Biography') as HTMLTextAreaElement).value).toBe('Mine');
    expect(within(panel).getByRole('button', { name: 'Reload the latest version' })).toBeTruthy();
  });

  it('refuses a too-long biography with a clear message and sends nothing', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    const panel = await saveBiography(service, 'x'.repeat(2001));
    expect(await within(panel).findByText('The biography is 2001 characters long; the limit is 2000.')).toBeTruthy();
    expect(service.saves).toEqual([]);
  });

  it('refuses a duplicate skill when adding it', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?member=1');
    const panel = await screen.findByRole('dialog');
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit my profile' }));
    fireEvent.change(within(panel).getByLabelText('Add a skill or interest'), { target: { value: 'housing' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Add' }));
    expect(await within(panel).findByText('“housing” is already in your list.')).toBeTruthy();
  });
});

describe('the committee view', () => {
  it('lists a committee\u2019s members with roles and its seats by party', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?tab=committees&showCommittee=1');
    const table = await screen.findByRole('table', { name: 'Planning Committee' });
    const rows = within(table).getAllByRole('row').slice(1).map(r => r.textContent);
    expect(rows[0]).toMatch(/Sean O'Neill.*Chair.*Conservative/);
    expect(screen.getByText('3 voting seats; substitutes hold no seat.', { exact: false })).toBeTruthy();
    const balance = screen.getAllByRole('table')[1];
    expect(within(balance).getByRole('columnheader', { name: 'Political group' })).toBeTruthy();
    expect(within(balance).getByRole('rowheader', { name: 'Conservative Group' }).parentElement?.textContent)
      .toBe('Conservative Group267%40%1 (1 over)');
    expect(within(balance).getByRole('rowheader', { name: 'Not in a political group' }).parentElement?.textContent)
      .toBe('Not in a political group00%20%1 (1 short)');
    expect(await screen.findByText(/not in proportion to the council/)).toBeTruthy();
  });

  it('shows the Cabinet\u2019s party make-up with no verdict on political balance', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?tab=committees&showCommittee=3');
    expect(await screen.findByRole('heading', { name: 'Party make-up' })).toBeTruthy();
    expect(screen.getByText(/do not apply to this body/)).toBeTruthy();
    expect(screen.queryByText(/in proportion to the council/)).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Entitled seats' })).toBeNull();
  });

  it('lists a political group with no seat, and says in plain words why the majority group is entitled to more', async () => {
    renderDirectory(new FakeMemberDirectoryService(withMajorityGroup()), '/?tab=committees&showCommittee=1');
    await screen.findByRole('table', { name: 'Planning Committee' });
    const balance = screen.getAllByRole('table')[1];
    const small = ['Green Group', 'Independent Group'].map(name => within(balance).getByRole('rowheader', { name }).parentElement?.textContent);
    expect(small).toContainEqual(expect.stringMatching(/^(Green|Independent) Group00%13%0 \(matches\)$/));
    expect(screen.getByText('Conservative Group has 8 of the council\u2019s 15 members, a majority. The law gives a group with a majority of the council a majority '
      + 'of the seats on each committee, so it is entitled to 3 of the 4 seats here, more than its share of the council alone would give (s.15(5)(b)).')).toBeTruthy();
  });

  it('shows an unfilled place as a vacant seat, still counted in the entitlement', async () => {
    const data = sampleDirectory();
    data.committees[0] = { ...data.committees[0], votingSeats: 4 };
    renderDirectory(new FakeMemberDirectoryService(data), '/?tab=committees&showCommittee=1');
    const table = await screen.findByRole('table', { name: 'Planning Committee' });
    expect(within(table).getByRole('rowheader', { name: 'Vacant seat' })).toBeTruthy();
    expect(screen.getByText('1 of 4 voting seats vacant.')).toBeTruthy();
    expect(screen.getByText('4 voting seats; substitutes hold no seat.', { exact: false })).toBeTruthy();
  });
});

describe('the allocation of seats (Democratic Services)', () => {
  const asDemocraticServices = (): ReturnType<typeof sampleDirectory> => {
    const data = sampleDirectory();
    data.currentUser = { id: 900, displayName: 'Dana Services', isDemocraticServices: true };
    data.committees[1] = { ...data.committees[1], votingSeats: 3 };
    return data;
  };

  it('is a tab only Democratic Services see; a shared link opens the members tab for anyone else', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?tab=allocation');
    expect(await screen.findByRole('button', { name: 'View profile: Zoë Hart' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Allocation of seats' })).toBeNull();
  });

  it('shows each group\u2019s entitlement across the ordinary committees, the proposal per body beside the seats held, and a CSV', async () => {
    const created: Blob[] = [];
    const urlApi = URL as unknown as { createObjectURL?: (b: Blob) => string; revokeObjectURL?: (u: string) => void };
    urlApi.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:allocation';
    };
    urlApi.revokeObjectURL = () => undefined;
    renderDirectory(new FakeMemberDirectoryService(asDemocraticServices()), '/?tab=allocation');
    expect(await screen.findByRole('heading', { name: 'Allocation of seats to political groups' })).toBeTruthy();
    // 5 councillors; Planning 3 + Audit 3 = 6 seats: 2 / 2 / 1 of 5 gives 2.4, 2.4 and 1.2; the
    // spare seat's tie between equal groups goes to the first listed.
    expect(screen.getByText(/^5 councillors; 6 seats on the ordinary committees/)).toBeTruthy();
    const [groups, bodies] = screen.getAllByRole('table');
    expect(within(groups).getByRole('rowheader', { name: 'Labour Group' }).parentElement?.textContent).toBe('Labour Group240%2.4031');
    expect(within(groups).getByRole('rowheader', { name: 'Not in a political group' }).parentElement?.textContent)
      .toBe('Not in a political group120%1.2010');
    expect(within(bodies).getByRole('rowheader', { name: 'Audit and Governance Committee' }).parentElement?.textContent)
      .toBe('Audit and Governance Committee331 (0)2 (0)0 (0)');
    const download = screen.getByRole('link', { name: 'Download as CSV' });
    expect(download.getAttribute('href')).toBe('blob:allocation');
    expect(download.getAttribute('download')).toBe('allocation-of-seats.csv');
    const csv = await new Promise<string>(resolve => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[created.length - 1]);
    });
    expect(csv).toContain('Labour Group,2,40%,2.40,3,1\r\n');
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
  });

  it('says there is nothing to allocate until groups are declared', async () => {
    const data = { ...asDemocraticServices(), politicalGroups: [] };
    renderDirectory(new FakeMemberDirectoryService(data), '/?tab=allocation');
    expect(await screen.findByText(/No political groups are declared/)).toBeTruthy();
  });
});

describe('notices for Democratic Services', () => {
  const withProblems = (isDemocraticServices: boolean): ReturnType<typeof sampleDirectory> => {
    const data = sampleDirectory();
    data.currentUser = { id: 900, displayName: 'Dana Services', isDemocraticServices };
    data.skipped = [{ list: lists.members.title, itemId: 44, reason: 'Invalid time value' }];
    return data;
  };

  it('tells Democratic Services quietly which rows were left out, while the rest show', async () => {
    renderDirectory(new FakeMemberDirectoryService(withProblems(true)));
    expect(await screen.findByRole('button', { name: 'View profile: Zoë Hart' })).toBeTruthy();
    expect(await screen.findByText('1 item needs Democratic Services’ attention.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show details' }));
    expect(screen.getByText(`${lists.members.title}, item 44: could not be read and is not shown (Invalid time value)`)).toBeTruthy();
  });

  it('shows no such notice to anyone else', async () => {
    renderDirectory(new FakeMemberDirectoryService(withProblems(false)));
    expect(await screen.findByRole('button', { name: 'View profile: Zoë Hart' })).toBeTruthy();
    expect(screen.queryByText(/Democratic Services’ attention/)).toBeNull();
  });
});

describe('on a narrow screen (320 px, Teams on a phone)', () => {
  const realObserver = globalThis.ResizeObserver;
  const realRect = HTMLElement.prototype.getBoundingClientRect;
  beforeEach(() => {
    HTMLElement.prototype.getBoundingClientRect = function (): DOMRect {
      return { width: 320, height: 600, top: 0, left: 0, right: 320, bottom: 600, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
    };
  });
  afterEach(() => {
    HTMLElement.prototype.getBoundingClientRect = realRect;
    globalThis.ResizeObserver = realObserver;
  });

  it('folds the refiners behind a Filters button that counts the filters in use', async () => {
    renderDirectory(new FakeMemberDirectoryService(sampleDirectory()), '/?party=2&ward=1');
    const toggle = await screen.findByRole('button', { name: 'Filters (2)' });
    expect(screen.queryByText('Ward', { selector: 'label' })).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Ward', { selector: 'label' })).toBeTruthy();
  });
});

describe('a Cabinet member\u2019s portfolio in the profile panel', () => {
  function withPortfolio(): ReturnType<typeof sampleDirectory> {
    const data = sampleDirectory();
    data.members[0].portfolioServices = [
      { id: 11, name: 'Housing Options', enquiryMailbox: 'housing.members@example.gov.uk', liaisonOfficersKnown: true,
        leadLiaisonOfficers: [{ id: 40, name: 'Alex Reed', email: 'alex.reed@example.gov.uk' }, { id: 41, name: 'Bea Cole' }] },
      { id: 12, name: 'Homelessness', liaisonOfficersKnown: false, leadLiaisonOfficers: [] }
    ];
    return data;
  }

  it('lists each service with its lead liaison officers and email links', async () => {
    renderDirectory(new FakeMemberDirectoryService(withPortfolio()), '/?member=1');
    const panel = await screen.findByRole('dialog');
    const services = within(panel).getByTestId('portfolio-services');
    const items = within(services).getAllByRole('listitem');
    expect(items.map(li => li.textContent)).toEqual([
      'Housing Options \u2014 lead liaison officers: Alex Reed, Bea Cole; service enquiry mailbox',
      'Homelessness \u2014 lead liaison officer: could not be loaded; see the officer directory'
    ]);
    expect(within(services).getByRole('link', { name: 'Email Alex Reed, liaison officer for Housing Options' })
      .getAttribute('href')).toBe('mailto:alex.reed@example.gov.uk');
    expect(within(services).getByRole('link', { name: 'Email the Housing Options service enquiry mailbox' })
      .getAttribute('href')).toBe('mailto:housing.members@example.gov.uk');
    // Bea Cole has no address: her name shows, with no dead link.
    expect(within(services).queryByRole('link', { name: /Bea Cole/ })).toBeNull();
  });

  it('shows no services for a member outside the Cabinet', async () => {
    renderDirectory(new FakeMemberDirectoryService(withPortfolio()), '/?member=2');
    const panel = await screen.findByRole('dialog');
    expect(panel.textContent).toContain("Sean O'Neill");
    expect(within(panel).queryByTestId('portfolio-services')).toBeNull();
    expect(within(panel).queryByText('Services in this portfolio')).toBeNull();
  });
});
