import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { OfficerDirectory } from '../../../src/webparts/officerDirectory/components/OfficerDirectory';
import { HubDataError } from '../../../src/data/hubDataError';
import { urlScopeFor } from '../../../src/domain/shared/urlScope';
import { FakeOfficerDirectoryService } from './FakeOfficerDirectoryService';
import { allSampleOfficers, sampleOfficerData } from './sampleOfficers';
import { headingLevels, skippedLevels } from '../../support/headingOrder';
import { GraphNotifier, type IGraphClient } from '../../../src/data/notifications/GraphNotifier';
import type { IOfficerDirectoryData } from '../../../src/domain/officers/types';

setIconOptions({ disableWarnings: true });

const STANDARD = 'We acknowledge members\u2019 enquiries within 2 working days.';

/** What the page posted to Microsoft Graph, as the signed-in user; `refuse` answers as Graph does without Mail.Send approved. */
const graph = { posted: [] as Array<{ path: string; content: unknown }>, refuse: false };
const client: IGraphClient = {
  api: (path: string) => ({
    post: async (content: unknown) => {
      if (graph.refuse) throw Object.assign(new Error('Access is denied.'), { statusCode: 403, code: 'ErrorAccessDenied' });
      graph.posted.push({ path, content });
      return undefined;
    }
  })
};
const notifier = new GraphNotifier(async () => client);
beforeEach(() => { graph.posted = []; graph.refuse = false; });

function renderDirectory(service: FakeOfficerDirectoryService, url = '/', options: { formalNames?: boolean; responseStandard?: string } = {}): ReturnType<typeof render> {
  window.history.replaceState(null, '', url);
  return render(
    <OfficerDirectory title="Officers" service={service} defaultMode="liaison" pageSize={10} reviewMonths={12}
      responseStandard={options.responseStandard ?? STANDARD} formalNames={options.formalNames ?? false} urlScope={urlScopeFor('abcdef12')}
      notifier={notifier} />
  );
}

const status = (pattern: RegExp): HTMLElement => screen.getAllByRole('status').find(el => pattern.test(el.textContent ?? ''))!;

describe('the officer directory', () => {
  it('shows a shimmer, then every service with its liaison officers, and reads all officers in the background once', async () => {
    const service = new FakeOfficerDirectoryService(sampleOfficerData());
    renderDirectory(service);
    expect(screen.getByLabelText('Loading the officer directory…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Waste and Recycling' })).toBeTruthy();
    expect(status(/service/).textContent).toBe('4 services');
    expect(service.allOfficersCalls).toBe(1);
  });

  it('finds the waste service\u2019s liaison officer by topic, with deputy, mailbox, response standard and escalation path', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()));
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Topic' }), { target: { value: 'bins' } });
    expect(status(/service/).textContent).toBe('1 service');
    const card = screen.getByRole('article', { name: 'Waste and Recycling' });
    expect(within(card).getByRole('button', { name: 'View details: Priya Shah' })).toBeTruthy();
    expect(within(card).getByText('Deputy liaison officer', { selector: 'h4' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'View details: Tom O\u2019Brien' })).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'waste@council.example' }).getAttribute('href')).toBe('mailto:waste@council.example');
    expect(within(card).getByText(STANDARD)).toBeTruthy();
    expect(within(card).getByText('Director: Joanna Blackwood \u00b7 Cabinet portfolio holder: Cllr Zoë Hart')).toBeTruthy();
    const steps = within(card).getAllByRole('listitem').filter(li => /Head of Service|Director|Chief Executive/.test(li.textContent ?? ''))
      .map(li => li.textContent);
    expect(steps).toEqual(['Head of Service: Hannah Lee', 'Director: Joanna Blackwood', 'Chief Executive: Alison Treharne']);
    expect(within(card).getByRole('link', { name: 'Email Priya Shah' }).getAttribute('href')).toBe('mailto:priya.shah@council.example');
    await waitFor(() => expect(window.location.search).toBe('?abcdef.topic=bins'));
  });

  it('copies a link to one service in "Find my liaison officer", not the topic typed or the mode the page was in', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => { copied.push(text); } }, configurable: true });
    try {
      renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()), '/?abcdef.topic=bins&q=zoe');
      const card = await screen.findByRole('article', { name: 'Waste and Recycling' });
      fireEvent.click(within(card).getByRole('button', { name: 'Copy link to Waste and Recycling' }));
      expect(await within(card).findByText('Link copied.')).toBeTruthy();
      expect(copied).toEqual([`${window.location.origin}/?abcdef.mode=liaison&abcdef.svc=1`]);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('folds every service to its name and who to contact first until a topic finds it or a person opens it', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()));
    const toggle = await screen.findByRole('button', { name: 'Waste and Recycling' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const card = screen.getByRole('article', { name: 'Waste and Recycling' });
    expect(within(card).queryByRole('link', { name: 'waste@council.example' })).toBeNull();
    expect(within(card).getByText('Contact first:')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'View details: Priya Shah' })).toBeTruthy();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(card).getByRole('link', { name: 'waste@council.example' })).toBeTruthy();
    fireEvent.click(toggle);
    expect(within(card).queryByRole('link', { name: 'waste@council.example' })).toBeNull();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Topic' }), { target: { value: 'litter' } });
    const street = await screen.findByRole('button', { name: 'Street Cleansing' });
    expect(street.getAttribute('aria-expanded')).toBe('true');
  });

  it('opens the three best matches for a topic that finds more, the rest folded', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()));
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Topic' }), { target: { value: 'a' } });
    expect(status(/service/).textContent).toBe('4 services');
    const toggles = screen.getAllByRole('article').map(a => within(a).getAllByRole('button')[0].getAttribute('aria-expanded'));
    expect(toggles).toEqual(['true', 'true', 'true', 'false']);
  });

  it('says whom to contact first when a service has several equal liaison officers, then the others', async () => {
    const data = sampleOfficerData();
    data.liaisonOfficers.push(
      { ...data.liaisonOfficers[2], id: 20, fullName: 'Ann Able', surname: 'Able', accountId: 120, serviceId: 4, cloServiceIds: [4] },
      { ...data.liaisonOfficers[2], id: 21, fullName: 'Ben Best', surname: 'Best', accountId: 121, serviceId: 2, cloServiceIds: [4] },
      { ...data.liaisonOfficers[2], id: 22, fullName: 'Cat Cole', surname: 'Cole', accountId: 122, serviceId: 2, cloServiceIds: [4] }
    );
    renderDirectory(new FakeOfficerDirectoryService(data), '/?abcdef.svc=4');
    const card = await screen.findByRole('article', { name: 'Revenues and Benefits' });
    const order = within(card).getAllByRole('heading').map(h => h.textContent)
      .concat(within(card).getAllByRole('button', { name: /^View details/ }).map(b => b.textContent));
    expect(order).toEqual([
      'Revenues and Benefits', 'Contact first', 'Or one of the service\u2019s other liaison officers', 'Response standard',
      'If you need to escalate an enquiry',
      'Ann Able', 'Ben Best', 'Cat Cole'
    ]);
  });

  it('shows services a page at a time, moving focus to the first service "Show more" reveals', async () => {
    window.history.replaceState(null, '', '/');
    render(<OfficerDirectory title="Officers" service={new FakeOfficerDirectoryService(sampleOfficerData())} defaultMode="liaison" pageSize={3}
      reviewMonths={12} responseStandard="" formalNames={false} urlScope={urlScopeFor('abcdef12')} notifier={notifier} />);
    expect(await screen.findByText('Showing 3 of 4')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 more' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Revenues and Benefits'));
    expect(screen.queryByText(/Showing/)).toBeNull();
  });

  it('shows no response standard when the council has not set one (none is invented)', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()), '/', { responseStandard: '  ' });
    await screen.findByRole('heading', { name: 'Waste and Recycling' });
    expect(screen.queryByText('Response standard')).toBeNull();
  });

  it('narrows by directorate and service, and an unknown topic says so with a way back', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()), '/?abcdef.dir=2');
    expect(await screen.findByRole('heading', { name: 'Development Management' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Waste and Recycling' })).toBeNull();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Topic' }), { target: { value: 'xylophone' } });
    expect(screen.getByText('No service matches that topic')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear' })[0]);
    expect(await screen.findByRole('heading', { name: 'Waste and Recycling' })).toBeTruthy();
  });

  it('searches liaison officers at once and everyone once the background read lands, never showing leavers', async () => {
    const service = new FakeOfficerDirectoryService(sampleOfficerData());
    renderDirectory(service, '/?abcdef.mode=search&abcdef.q=council%20tax');
    await screen.findByRole('searchbox', { name: 'Search officers' });
    expect(screen.getByText(/liaison officers can be searched now/)).toBeTruthy();
    expect(status(/^(\d+ officers? found|No officers found)$/).textContent).toBe('No officers found');
    act(() => service.deliver(allSampleOfficers().slice(0, 4), 5, false));
    expect(screen.getByText('Still loading the directory: 5 of about 6 officers searched so far.')).toBeTruthy();
    expect(status(/^(\d+ officers? found|No officers found)$/).textContent).toBe('1 officer found');
    act(() => service.deliver(allSampleOfficers().slice(4), 7, true));
    expect(screen.queryByText(/Still loading/)).toBeNull();
    expect(status(/^(\d+ officers? found|No officers found)$/).textContent).toBe('2 officers found');
    expect(screen.getByRole('button', { name: 'View details: Sam Art' })).toBeTruthy();
  });

  it('refines to liaison officers only and clears search and filters', async () => {
    const service = new FakeOfficerDirectoryService(sampleOfficerData());
    renderDirectory(service, '/?abcdef.mode=search');
    await screen.findByRole('searchbox', { name: 'Search officers' });
    act(() => service.deliver(allSampleOfficers(), 6, true));
    expect(status(/^(\d+ officers? found|No officers found)$/).textContent).toBe('6 officers found');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Liaison officers only (3)' }));
    expect(status(/^(\d+ officers? found|No officers found)$/).textContent).toBe('3 officers found');
    expect(window.location.search).toContain('abcdef.clo=1');
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(status(/^(\d+ officers? found|No officers found)$/).textContent).toBe('6 officers found');
  });

  it('opens an officer\u2019s panel from a link, marks a stale profile and says who reviewed it', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()), '/?abcdef.officer=2');
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText(/has not been reviewed for over 12 months/)).toBeTruthy();
    expect(within(panel).getByText('10 January 2025')).toBeTruthy();
  });

  it('tells the reader of a stale profile to write to the service\u2019s enquiry mailbox too', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()), '/?abcdef.officer=2');
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText(/send it to the service\u2019s enquiry mailbox as well/)).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'waste@council.example' }).getAttribute('href')).toBe('mailto:waste@council.example');
  });

  it('points to the escalation path when a stale profile\u2019s service has no mailbox', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()), '/?abcdef.officer=3');
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText(/follow the service\u2019s escalation path/)).toBeTruthy();
  });

  it('steps a liaison officer\u2019s panel headings down from its title without skipping a level', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()), '/?abcdef.officer=1');
    const panel = await screen.findByRole('dialog');
    await within(panel).findByText('1 June 2026 by Priya Shah');
    const levels = headingLevels(panel);
    expect(levels[0]).toBe(1);
    expect(skippedLevels(levels)).toEqual([]);
  });

  it('names each search region after what it searches', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()));
    expect(await screen.findByRole('search', { name: 'Find my liaison officer' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Search officers' }));
    expect(await screen.findByRole('search', { name: 'Search officers' })).toBeTruthy();
  });

  it('shows when and by whom a current profile was reviewed, and the services covered', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()), '/?abcdef.officer=1');
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText('1 June 2026 by Priya Shah')).toBeTruthy();
    expect(within(panel).getByText('Waste and Recycling, Street Cleansing')).toBeTruthy();
    expect(within(panel).queryByText(/may be out of date/)).toBeNull();
  });

  it('keeps a liaison officer\u2019s profile and review from the first load when the search-only row for them arrives', async () => {
    const service = new FakeOfficerDirectoryService(sampleOfficerData());
    renderDirectory(service, '/?abcdef.officer=1');
    expect(await screen.findByText('1 June 2026 by Priya Shah')).toBeTruthy();
    const searchOnly = allSampleOfficers().map(o => ({ ...o, cloProfile: undefined, lastReviewed: undefined, lastReviewedBy: undefined }));
    act(() => service.deliver(searchOnly, 6, true));
    expect(await screen.findByText('1 June 2026 by Priya Shah')).toBeTruthy();
    expect(within(screen.getByRole('dialog')).getByText('Priya is the liaison officer for Waste and Recycling and Street Cleansing.')).toBeTruthy();
  });

  it('says an officer is not in the directory once the full read is done and they are not in it', async () => {
    const service = new FakeOfficerDirectoryService(sampleOfficerData());
    renderDirectory(service, '/?abcdef.officer=99');
    expect(await screen.findByText('Finding this officer…')).toBeTruthy();
    act(() => service.deliver(allSampleOfficers(), 6, true));
    expect(await screen.findByText(/not in the directory/)).toBeTruthy();
  });

  it('addresses officers by title and surname when the council chooses', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()), '/?abcdef.topic=bins', { formalNames: true });
    expect(await screen.findByRole('button', { name: 'View details: Mr O\u2019Brien' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'View details: Priya Shah' })).toBeTruthy();
  });

  const democraticServices = (): IOfficerDirectoryData => ({ ...sampleOfficerData(), isDemocraticServices: true });

  it('lists liaison profiles to review for Democratic Services, longest overdue first', async () => {
    renderDirectory(new FakeOfficerDirectoryService(democraticServices()));
    fireEvent.click(await screen.findByRole('tab', { name: 'Profiles to review (2)' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1).map(r => r.textContent);
    expect(rows).toEqual(['Zoë ClarkeDevelopment ManagementNeverRemind', 'Tom O\u2019BrienWaste and Recycling10 January 2025Remind']);
  });

  it('does not show profiles to review to councillors or officers, not even from a link to the tab', async () => {
    renderDirectory(new FakeOfficerDirectoryService(sampleOfficerData()), '/?abcdef.mode=reviews');
    expect(await screen.findByRole('tab', { name: 'Find my liaison officer' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Find my liaison officer' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByRole('tab', { name: /Profiles to review/ })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Liaison officer profiles to review' })).toBeNull();
  });

  it('reminds a liaison officer by email as the signed-in user, with a link to their own entry', async () => {
    const data = democraticServices();
    data.liaisonOfficers = data.liaisonOfficers.map(o => (o.id === 3 ? { ...o, email: 'zoe.clarke@council.example' } : o));
    renderDirectory(new FakeOfficerDirectoryService(data), '/?abcdef.mode=reviews&abcdef.q=zoe');
    fireEvent.click(await screen.findByRole('button', { name: 'Remind Zoë Clarke by email to review their profile' }));
    expect(await screen.findByText('Zoë Clarke has been sent a reminder.')).toBeTruthy();
    expect(graph.posted).toHaveLength(1);
    const { path, content } = graph.posted[0];
    expect(path).toBe('/me/sendMail');
    const message = (content as { message: { subject: string; body: { content: string }; toRecipients: unknown[] } }).message;
    expect(message.toRecipients).toEqual([{ emailAddress: { address: 'zoe.clarke@council.example', name: 'Zoë Clarke' } }]);
    expect(message.subject).toBe('Please review your liaison officer profile');
    expect(message.body.content).toMatch(/^Dear Zoë Clarke,\n\nYour liaison officer profile in the Member\u2013Officer Hub \(Development Management\) has never been reviewed\. Members rely on it/);
    // The officer's own entry, without the filters the sender happened to have set.
    expect(message.body.content).toMatch(/Your profile: http:\/\/localhost\/\?abcdef\.officer=3$/);
    expect(screen.queryByRole('button', { name: 'Remind Zoë Clarke by email to review their profile' })).toBeNull();
  });

  it('says who was not reminded and why: no address, or email not approved', async () => {
    renderDirectory(new FakeOfficerDirectoryService(democraticServices()), '/?abcdef.mode=reviews');
    const remindTom = await screen.findByRole('button', { name: 'Remind Tom O\u2019Brien by email to review their profile' });
    fireEvent.click(remindTom);
    expect(await screen.findByText('Tom O\u2019Brien was not reminded: there is no email address for them in the officer list.')).toBeTruthy();
    expect(graph.posted).toEqual([]);

    graph.refuse = true;
    const data = democraticServices();
    data.liaisonOfficers = data.liaisonOfficers.map(o => (o.id === 3 ? { ...o, email: 'zoe.clarke@council.example' } : o));
    cleanup();
    renderDirectory(new FakeOfficerDirectoryService(data), '/?abcdef.mode=reviews');
    fireEvent.click(await screen.findByRole('button', { name: 'Remind Zoë Clarke by email to review their profile' }));
    expect(await screen.findByText(/^Zoë Clarke was not reminded: emails cannot be sent from the Hub until Microsoft Graph \u2013 Mail\.Send is approved/)).toBeTruthy();
    // Still offered: once the admin approves it, the reminder can go.
    expect(screen.getByRole('button', { name: 'Remind Zoë Clarke by email to review their profile' })).toBeTruthy();
  });

  it('tells the admin when the lists are missing, and retries', async () => {
    const service = new FakeOfficerDirectoryService(new HubDataError('listsMissing', 'List does not exist', 404), sampleOfficerData());
    renderDirectory(service);
    expect(await screen.findByText(/add the Member–Officer Hub app to this site/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Waste and Recycling' })).toBeTruthy();
    expect(service.loadCount).toBe(2);
  });

  it('still searches liaison officers, and says why, when the full officer list cannot be read', async () => {
    const service = new FakeOfficerDirectoryService(sampleOfficerData());
    renderDirectory(service, '/?abcdef.mode=search');
    await screen.findByRole('searchbox', { name: 'Search officers' });
    await act(async () => service.failBackgroundRead(new HubDataError('network', 'Failed to fetch')));
    await waitFor(() => expect(screen.getByText(/Only liaison officers can be searched/)).toBeTruthy());
    expect(status(/^(\d+ officers? found|No officers found)$/).textContent).toBe('3 officers found');
  });
});
