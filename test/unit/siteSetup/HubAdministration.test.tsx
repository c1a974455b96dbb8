import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { HubAdministration } from '../../../src/webparts/hubAdministration/components/HubAdministration';
import { DEFAULT_GROUP_NAMES, planSiteSetup } from '../../../src/domain/siteSetup';
import { FakeSiteSetupService } from './FakeSiteSetupService';
import { FakePostcodeUploadService } from '../postcodes/FakePostcodeUploadService';
import { configured, fresh, grant, groupIds, withList } from './siteConfigurations';
import * as lists from '../../../src/schema/lists';

setIconOptions({ disableWarnings: true });
// A whole set-up is seventy-odd steps, each re-rendered as it finishes; jsdom on a busy machine is slow at that.
jest.setTimeout(60000);

const renderPage = (service: FakeSiteSetupService): ReturnType<typeof render> =>
  render(<HubAdministration title="Hub administration" service={service} groupNames={DEFAULT_GROUP_NAMES} />);

describe('the Hub administration page', () => {
  it('tells someone who is not a site owner so, and offers no set-up at all', async () => {
    const service = new FakeSiteSetupService([fresh()], 'nobody');
    renderPage(service);
    expect(await screen.findByText('You need to be a site owner')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Set up the Hub/ })).toBeNull();
    expect(screen.queryByText('Health check')).toBeNull();
  });

  it('shows the plan first, changes nothing until asked, then reports each step and says the site matches', async () => {
    const service = new FakeSiteSetupService([fresh(), configured()]);
    renderPage(service);
    const expected = planSiteSetup(fresh()).actions.length;
    const plan = await screen.findByTestId('setup-plan');
    expect(within(plan).getAllByRole('listitem')).toHaveLength(expected);
    expect(within(plan).getByText('Create the permission level \u201cDecide visits\u201d')).toBeTruthy();
    expect(within(plan).getByText(`Let people see and edit only their own items in \u201c${lists.visitRequests.title}\u201d`)).toBeTruthy();
    expect(service.applied).toEqual([]);
    // Groups not yet made are named, without a link.
    expect(screen.getByText('Hub Members (created by the set-up)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: `Set up the Hub on this site (${expected} steps)` }));
    // Seventy-odd steps re-render the results on a busy machine: wait as long as a person would.
    expect(await screen.findByText(`The set-up finished. Steps done: ${expected}.`, undefined, { timeout: 15000 })).toBeTruthy();
    expect(service.applied).toHaveLength(expected);
    expect(within(screen.getByTestId('setup-results')).getAllByText('Done')).toHaveLength(expected);
    expect(await screen.findByText('This site matches the documented set-up')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Set up the Hub/ })).toBeNull();
    const link = screen.getByRole('link', { name: 'Add or remove people in Hub Members' });
    expect(link.getAttribute('href')).toBe(`https://council.example/sites/hub/_layouts/15/people.aspx?MembershipGroupId=${groupIds['Hub Members']}`);
  });

  it('stops at a failed step, says what SharePoint said, and marks the rest as not run', async () => {
    const service = new FakeSiteSetupService([fresh()]);
    service.failOn = 1;
    renderPage(service);
    fireEvent.click(await screen.findByRole('button', { name: /Set up the Hub on this site/ }));
    expect(await screen.findByText(/The set-up stopped at a failed step/)).toBeTruthy();
    const results = screen.getByTestId('setup-results');
    expect(within(results).getAllByText('Done')).toHaveLength(1);
    expect(within(results).getByText(/^Failed: Access denied/)).toBeTruthy();
    expect(within(results).getAllByText('Not run (an earlier step failed)').length).toBeGreaterThan(0);
    expect(service.applied).toHaveLength(1);
  });

  it('removes an assignment it did not create only when the owner ticks it', async () => {
    const c = configured();
    const extra = withList(c, 'wards', { assignments: [...c.lists.wards!.assignments, grant('Site Visitors', 'Read', 7)] });
    const service = new FakeSiteSetupService([extra]);
    renderPage(service);
    const box = await screen.findByRole('checkbox', { name: `Remove Read from \u201cSite Visitors\u201d on \u201c${lists.wards.title}\u201d (not part of the Hub\u2019s design)` });
    const run = screen.getByRole('button', { name: 'Set up the Hub on this site (0 steps)' }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Set up the Hub on this site (1 step)' }));
    expect(await screen.findByText('The set-up finished. Steps done: 1.')).toBeTruthy();
    expect(service.applied).toEqual([expect.objectContaining({ kind: 'removeGrant', roleDefinition: 'Read', reason: 'notInDesign' })]);
  });

  it('shows a site owner each difference with its risk, and a fix that changes only that', async () => {
    const c = configured();
    const tooMuch = withList(c, 'wards', { assignments: [...c.lists.wards!.assignments, grant('Hub Members', 'Edit', groupIds['Hub Members'])] });
    const service = new FakeSiteSetupService([tooMuch, c]);
    renderPage(service);
    const findings = await screen.findByTestId('health-findings');
    const row = within(findings).getByText(`\u201cHub Members\u201d has Edit on \u201c${lists.wards.title}\u201d: more than designed`).closest('li')!;
    expect(within(row).getByText('High risk')).toBeTruthy();
    expect(within(row).getByText(/data-protection risk/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: `Fix: \u201cHub Members\u201d has Edit on \u201c${lists.wards.title}\u201d: more than designed` }));
    expect(await screen.findByText('No differences: the site matches the documented configuration.')).toBeTruthy();
    expect(service.applied).toEqual([expect.objectContaining({ kind: 'removeGrant', roleDefinition: 'Edit', reason: 'moreThanDesigned' })]);
  });

  it('says in plain words when a Hub list lost the Hub’s title, and renames it back on Fix', async () => {
    const c = configured();
    const service = new FakeSiteSetupService([withList(c, 'committees', { title: 'Committees' }), c]);
    renderPage(service);
    const findings = await screen.findByTestId('health-findings');
    const headline = `“Committees” is a Hub list the app calls “${lists.committees.title}”`;
    const row = within(findings).getByText(headline).closest('li')!;
    expect(within(row).getByText('Low risk')).toBeTruthy();
    expect(within(row).getByText(/web parts are not affected/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: `Fix: ${headline}` }));
    expect(await screen.findByText('No differences: the site matches the documented configuration.')).toBeTruthy();
    expect(service.applied).toEqual([{ kind: 'renameList', list: 'committees', listTitle: 'Committees', title: lists.committees.title }]);
  });

  it('says exactly what the admin must approve while Mail.Send is not granted, with no fix of its own', async () => {
    const service = new FakeSiteSetupService([{ ...configured(), mailPermission: { state: 'notGranted', scopes: ['User.Read'] } }]);
    renderPage(service);
    const findings = await screen.findByTestId('health-findings');
    const row = within(findings).getByText(/Mail\.Send has not been approved for SharePoint/).closest('li')!;
    expect(within(row).getByText('Medium risk')).toBeTruthy();
    expect(within(row).getByText(/SharePoint admin centre \u2192 Advanced \u2192 API access: the pending request \u201cMicrosoft Graph \u2013 Mail\.Send\u201d/)).toBeTruthy();
    expect(within(row).queryByRole('button')).toBeNull();
  });

  it('says in so many words when Mail.Send is approved', async () => {
    renderPage(new FakeSiteSetupService([{ ...configured(), mailPermission: { state: 'granted' } }]));
    expect(await screen.findByText(/Mail\.Send is approved/)).toBeTruthy();
    expect(await screen.findByText('No differences: the site matches the documented configuration.')).toBeTruthy();
  });

  it('keeps a finding and says why when its fix fails', async () => {
    const c = configured();
    const service = new FakeSiteSetupService([withList(c, 'visitRequests', { readSecurity: 1, writeSecurity: 1 })]);
    service.failOn = 0;
    renderPage(service);
    fireEvent.click(await screen.findByRole('button', { name: `Fix: Item-level security is off on \u201c${lists.visitRequests.title}\u201d` }));
    expect(await screen.findByText(/^The fix did not work: Access denied/)).toBeTruthy();
    expect(screen.getByText(`Item-level security is off on \u201c${lists.visitRequests.title}\u201d`)).toBeTruthy();
  });

  it('treats someone who can see none of the Hub lists as not an owner, not as a site missing its lists', async () => {
    const service = new FakeSiteSetupService([{ ...configured(), lists: {}, webAssignments: undefined }], 'checker');
    renderPage(service);
    expect(await screen.findByText('You need to be a site owner')).toBeTruthy();
    expect(screen.queryByText('Health check')).toBeNull();
  });

  it('lets Democratic Services see the health check, without the set-up or any fix', async () => {
    const c = configured();
    const service = new FakeSiteSetupService([withList(c, 'visitRequests', { readSecurity: 1, writeSecurity: 1 })], 'checker');
    renderPage(service);
    expect(await screen.findByText(`Item-level security is off on \u201c${lists.visitRequests.title}\u201d`)).toBeTruthy();
    // Fluent's MessageBar renders its text a timer tick later (for screen readers): wait for it as a person would.
    expect(await screen.findByText(/Only a site owner can fix these/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Fix/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Set up the Hub/ })).toBeNull();
    expect(screen.queryByText("The Hub's groups")).toBeNull();
    expect(screen.queryByRole('link', { name: /Add or remove people/ })).toBeNull();
  });

  it('does not tell Democratic Services "no differences" when the site\u2019s own permissions could not be read', async () => {
    const service = new FakeSiteSetupService([{ ...configured(), webAssignments: undefined, webAssignmentsRefused: 'Access denied.' }], 'checker');
    renderPage(service);
    expect(await screen.findByText('No differences in what could be checked. Some things could not be checked: see below.')).toBeTruthy();
    expect(screen.queryByText('No differences: the site matches the documented configuration.')).toBeNull();
    const unchecked = screen.getByTestId('health-unchecked');
    expect(within(unchecked).getByText(/^Who holds which permission level on the site itself could not be checked: SharePoint refused to show it to you \(Access denied\.\)/)).toBeTruthy();
    expect(within(unchecked).getByText(/Ask your SharePoint site owner to open this page/)).toBeTruthy();
  });

  it('gives Democratic Services the postcode upload beside the health check, and no one else who is not an owner', async () => {
    const postcodes = new FakePostcodeUploadService([{ id: 1, name: 'Abbey', code: 'E05099001' }]);
    const checker = render(<HubAdministration title="Hub administration" service={new FakeSiteSetupService([configured()], 'checker')}
      groupNames={DEFAULT_GROUP_NAMES} postcodes={postcodes} />);
    expect(await screen.findByLabelText('ONS postcode directory extract (CSV file)')).toBeTruthy();
    checker.unmount();
    render(<HubAdministration title="Hub administration" service={new FakeSiteSetupService([fresh()], 'nobody')}
      groupNames={DEFAULT_GROUP_NAMES} postcodes={postcodes} />);
    expect(await screen.findByText('You need to be a site owner')).toBeTruthy();
    expect(screen.queryByLabelText('ONS postcode directory extract (CSV file)')).toBeNull();
  });
});
