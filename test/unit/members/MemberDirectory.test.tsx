import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { MemberDirectory } from '../../../src/webparts/memberDirectory/components/MemberDirectory';
import { HubDataError } from '../../../src/data/hubDataError';
import { REFINER_KEYS } from '../../../src/domain/members';
import { FakeMemberDirectoryService } from './FakeMemberDirectoryService';
import { sampleDirectory } from './sampleDirectory';

setIconOptions({ disableWarnings: true });

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
    expect(window.location.search).toBe('?q=zoe');
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
      memberId: 1, etag: '"1"', changes: { skills: ['Housing', 'Community engagement', 'Planning'], biography: 'Lives in Abbey ward.' }
    }]);
    expect(within(panel).getByText('Lives in Abbey ward.')).toBeTruthy();
  });

  it('keeps what the member typed and explains when SharePoint refuses the save (403)', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    service.saveOutcome = new HubDataError('forbidden', 'Access denied', 403);
    const panel = await saveBiography(service, 'My new biography');
    expect(await within(panel).findByText(/you can only edit your own profile/)).toBeTruthy();
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
    expect(within(balance).getByRole('rowheader', { name: 'Conservative' }).parentElement?.textContent).toBe('Conservative267%40%1 (1 over)');
    expect(within(balance).getByRole('rowheader', { name: 'Liberal Democrats' }).parentElement?.textContent).toBe('Liberal Democrats00%20%1 (1 short)');
    expect(screen.getByText(/not in proportion to the council/)).toBeTruthy();
  });
});
