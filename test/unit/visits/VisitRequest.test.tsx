import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { VisitRequest } from '../../../src/webparts/visitRequest/components/VisitRequest';
import { HubDataError } from '../../../src/data/hubDataError';
import { FakeVisitRequestService } from './FakeVisitRequestService';
import { sampleReference, sampleRequest } from './sampleVisits';

setIconOptions({ disableWarnings: true });
// Fluent forms in jsdom on a busy 2-core machine: patience, never a retry.
jest.setTimeout(120000);

const INSTANCE = 'd4e8a613-0000-4000-8000-000000000003';

/** A weekday about six weeks ahead, as a date input holds it (never inside the minimum notice). */
function futureWeekday(daysAhead = 42): string {
  const d = new Date();
  d.setDate(d.getDate() + daysAhead);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// Role queries walk jsdom's whole accessibility tree and are slow on a Fluent form; on a busy
// machine these stories query by label and text instead, and keep role queries for what they prove.
function button(text: string | RegExp, scope: HTMLElement = document.body): HTMLButtonElement {
  const label = within(scope).getAllByText(text).find(el => el.closest('button'));
  if (!label) throw new Error(`no button ${String(text)}`);
  return label.closest('button') as HTMLButtonElement;
}

function renderVisits(service: FakeVisitRequestService): ReturnType<typeof render> {
  return render(<VisitRequest title="Visits" service={service} instanceId={INSTANCE} />);
}

async function choosePremises(name: string, query: string): Promise<void> {
  fireEvent.change(await screen.findByLabelText('Find premises or land by name, address or ward'), { target: { value: query } });
  fireEvent.click(button(name));
  await screen.findByText(name, { selector: 'h3' });
}

function fillRequest(date: string): void {
  const proposed = screen.getByText('When you would like to visit').closest('fieldset') as HTMLElement;
  fireEvent.change(within(proposed).getByLabelText(/^Date/), { target: { value: date } });
  fireEvent.change(within(proposed).getByLabelText(/^From/), { target: { value: '10:00' } });
  fireEvent.change(within(proposed).getByLabelText(/^To/), { target: { value: '12:00' } });
  fireEvent.change(screen.getByLabelText(/How the visit helps you/), { target: { value: 'To see the recycling line before the scrutiny review.' } });
  fireEvent.click(screen.getByLabelText(/I will follow the health and safety instructions/));
}

beforeEach(() => window.localStorage.clear());

describe('a member asking to visit premises', () => {
  it('finds excluded premises but refuses them with the protocol\u2019s reason and their rights as a member of the public', async () => {
    const service = new FakeVisitRequestService(sampleReference());
    renderVisits(service);
    expect(screen.getByLabelText('Loading visit requests\u2026')).toBeTruthy();
    await choosePremises('14 Oak Close', 'oakfield');
    expect(screen.getByText(/occupied council house\. The protocol does not give members a right/)).toBeTruthy();
    expect(screen.getByText(/This does not affect your rights as a member of the public\./)).toBeTruthy();
    expect(screen.queryByText('Send request')).toBeNull();
    expect(service.submitted).toHaveLength(0);
  });

  it('says when premises are open to the public', async () => {
    renderVisits(new FakeVisitRequestService(sampleReference()));
    await choosePremises('Bramblecombe Leisure Centre', 'leisure');
    expect(screen.getByText(/open to the public: you may go as any member of the public/)).toBeTruthy();
  });

  it('says who will decide and why, refuses an empty purpose, then sends one request however often Send is pressed', async () => {
    const service = new FakeVisitRequestService(sampleReference());
    renderVisits(service);
    await choosePremises('Riverside Depot', 'riverside');
    expect(screen.getByText('Personal protective equipment must be worn.')).toBeTruthy();
    expect(screen.getByText('This goes to Jane Smith, Director of Place, because Place manages Riverside Depot.')).toBeTruthy();

    fireEvent.click(button('Send request'));
    expect(await screen.findByText(/Please correct the problems shown\. Nothing has been sent\./)).toBeTruthy();
    expect(service.submitted).toHaveLength(0);

    fillRequest(futureWeekday());
    const send = button('Send request');
    fireEvent.click(send);
    fireEvent.click(send);
    expect(await screen.findByText('Your request to visit Riverside Depot has been sent to Jane Smith.')).toBeTruthy();
    expect(service.submitted).toHaveLength(1);
    expect(service.submitted[0].purpose).toBe('To see the recycling line before the scrutiny review.');
    expect(screen.getByRole('article', { name: 'Riverside Depot: Submitted' })).toBeTruthy();
    // Stored: the draft is forgotten and the next request gets a new key.
    expect(window.localStorage.length).toBe(0);
  });

  it('keeps the draft across a reload and a failed submission, and the retry sends the same key', async () => {
    const service = new FakeVisitRequestService(sampleReference());
    const first = renderVisits(service);
    await choosePremises('Riverside Depot', 'depot');
    fillRequest(futureWeekday());
    first.unmount();

    renderVisits(service);
    expect(await screen.findByText('Your unsent request has been kept from last time.')).toBeTruthy();
    expect((screen.getByLabelText(/How the visit helps you/) as HTMLTextAreaElement).value)
      .toBe('To see the recycling line before the scrutiny review.');

    service.nextSubmitFailure = new HubDataError('network', 'Retry count exceeded');
    fireEvent.click(button('Send request'));
    expect(await screen.findByText(/SharePoint could not be reached, so this was not saved/)).toBeTruthy();
    expect((screen.getByLabelText(/How the visit helps you/) as HTMLTextAreaElement).value)
      .toBe('To see the recycling line before the scrutiny review.');
    fireEvent.click(button('Send request'));
    await screen.findByText('Your request to visit Riverside Depot has been sent to Jane Smith.');
    expect(service.submitted).toHaveLength(2);
    expect(service.submitted[1].submissionKey).toBe(service.submitted[0].submissionKey);
  });

  it('asks only whether someone attending needs adjustments, says the premises contact will get in touch, and keeps no details', async () => {
    const service = new FakeVisitRequestService(sampleReference());
    renderVisits(service);
    await choosePremises('Riverside Depot', 'riverside');
    fillRequest(futureWeekday());
    expect(screen.queryByLabelText(/Access needs/)).toBeNull();
    const adjustments = screen.getByRole('checkbox', { name: 'Someone attending needs adjustments' });
    expect(adjustments.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(adjustments.getAttribute('aria-describedby')!)?.textContent).toMatch(/^The premises contact will get in touch to arrange them\. Please do not describe anyone/);
    fireEvent.click(adjustments);
    fireEvent.click(button('Send request'));
    await screen.findByText('Your request to visit Riverside Depot has been sent to Jane Smith.');
    expect(service.submitted[0].needsAdjustments).toBe(true);
  });

  it('names anyone who is not a councillor with their organisation before sending', async () => {
    const service = new FakeVisitRequestService(sampleReference());
    renderVisits(service);
    await choosePremises('Riverside Depot', 'riverside');
    fillRequest(futureWeekday());
    fireEvent.click(button('Add someone who is not a councillor'));
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Sam Lee' } });
    fireEvent.click(button('Send request'));
    // Under the field and in the list of problems under the message.
    await waitFor(() => expect(screen.getAllByText('Enter their organisation (or \u201cNone\u201d).')).toHaveLength(2));
    expect(service.submitted).toHaveLength(0);
    fireEvent.change(screen.getByLabelText(/^Organisation/), { target: { value: 'Riverside Residents' } });
    fireEvent.click(button('Send request'));
    await screen.findByText('Your request to visit Riverside Depot has been sent to Jane Smith.');
    expect(service.submitted[0].otherAttendees).toEqual([{ name: 'Sam Lee', organisation: 'Riverside Residents' }]);
  });

  it('lets the member accept a proposed date and withdraw an undecided request, each confirmed first', async () => {
    const proposed = sampleRequest({
      id: 8, status: 'Other date proposed', storedStatus: 'Other date proposed',
      decision: {
        outcome: 'Other date proposed', reasons: 'The yard is closed that week.', neededForDuties: 'Yes',
        conditions: { escortOfficer: '', ppe: '', areasExcluded: '', timeWindow: '' },
        findings: { healthAndSafety: { finding: 'No concerns', note: '' }, sensitivity: { finding: 'No concerns', note: '' }, timing: { finding: 'No concerns', note: '' } },
        proposedStart: '2026-12-15T10:00:00Z', proposedEnd: '2026-12-15T11:00:00Z'
      }
    });
    const service = new FakeVisitRequestService(sampleReference(), [proposed, sampleRequest({ id: 7, flags: [] })]);
    renderVisits(service);
    // It opens there by itself: the proposed date waits on the member, and only that is counted.
    expect((await screen.findByRole('tab', { name: 'My requests (1)' })).getAttribute('aria-selected')).toBe('true');
    const card = await screen.findByRole('article', { name: 'Riverside Depot: Other date proposed' });
    expect(within(card).getByText('The yard is closed that week.')).toBeTruthy();
    expect(within(card).queryByText(/Requested in another/)).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: /Accept the proposed date/ }));
    fireEvent.click(within(card).getByRole('button', { name: 'Yes: Accept the proposed date' }));
    expect(await screen.findByRole('article', { name: 'Riverside Depot: Approved' })).toBeTruthy();
    expect(service.responses).toEqual([{ id: 8, action: 'acceptProposedDate', note: undefined, key: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);

    const undecided = screen.getByRole('article', { name: 'Riverside Depot: Submitted' });
    fireEvent.click(within(undecided).getByRole('button', { name: /Withdraw request/ }));
    fireEvent.click(within(undecided).getByRole('button', { name: 'Yes: Withdraw request' }));
    expect(await screen.findByRole('article', { name: 'Riverside Depot: Withdrawn' })).toBeTruthy();
    expect(service.responses[1].action).toBe('withdraw');
  });
});

describe('when the email cannot go', () => {
  it('tells the member who has not been told, why, and what to do; the withdrawal stands', async () => {
    const service = new FakeVisitRequestService(sampleReference(), [sampleRequest({ flags: [] })]);
    service.nextNotification = { sent: false, audience: 'decider', recipientName: 'Jane Smith', reason: 'not-granted', recorded: true };
    renderVisits(service);
    await waitFor(() => expect(screen.getByRole('tab', { name: 'My requests' }).getAttribute('aria-busy')).not.toBe('true'));
    fireEvent.click(screen.getByRole('tab', { name: 'My requests' }));
    const card = await screen.findByRole('article', { name: 'Riverside Depot: Submitted' });
    fireEvent.click(within(card).getByRole('button', { name: /Withdraw request/ }));
    fireEvent.click(within(card).getByRole('button', { name: 'Yes: Withdraw request' }));
    const withdrawn = await screen.findByRole('article', { name: 'Riverside Depot: Withdrawn' });
    expect(within(withdrawn).getByText('Jane Smith has not been told by email: email from the Hub has not been switched on yet '
      + '(an administrator must approve it). Please tell them yourself. Democratic Services can see that this email did not go.')).toBeTruthy();
  });

  it('names each member named as attending who was not told, on sending, once with what to do', async () => {
    const service = new FakeVisitRequestService(sampleReference());
    service.nextAttendeeNotifications = [
      { sent: true, audience: 'attendee', recipientName: 'Cllr Cy Clay' },
      { sent: false, audience: 'attendee', recipientName: 'Cllr Ben Bold', reason: 'no-recipient', recorded: true },
      { sent: false, audience: 'attendee', recipientName: 'Cllr Di Dune', reason: 'throttled', recorded: true }
    ];
    renderVisits(service);
    await choosePremises('Riverside Depot', 'riverside');
    fillRequest(futureWeekday());
    fireEvent.click(button('Send request'));
    await screen.findByText('Your request to visit Riverside Depot has been sent to Jane Smith. '
      + 'Cllr Ben Bold has not been told by email: there is no email address for them on the site. '
      + 'Cllr Di Dune has not been told by email: Microsoft 365 asked the Hub to wait before sending more email. '
      + 'Please tell them yourself. Democratic Services can see that this email did not go.');
  });

  it('lets Democratic Services show only the requests whose emails did not go, and says which', async () => {
    const missed = sampleRequest({ id: 9, title: 'Old Quarry Land', premises: sampleReference().premises[3], flags: [],
      notNotified: [
        { event: 'submitted', audience: 'decider', reason: 'throttled', when: '2026-12-01T09:14:00Z', by: { userId: 101, name: 'Cllr Ann Able' } },
        { event: 'decided', audience: 'attendee', reason: 'not-granted', when: '2026-12-02T09:14:00Z', by: { userId: 9, name: 'Jane Smith' } }
      ] });
    renderVisits(new FakeVisitRequestService(sampleReference('democraticServices'), [], [sampleRequest(), missed]));
    expect(await screen.findByRole('article', { name: 'Riverside Depot: Submitted' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Not notified (1)' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Riverside Depot: Submitted' })).toBeNull());
    const card = screen.getByRole('article', { name: 'Old Quarry Land: Submitted' });
    expect(within(card).getByText('Emails about this request that did not go')).toBeTruthy();
    expect(within(card).getByText(/The person who decides was not told \(new request, recorded by Cllr Ann Able\)/)).toBeTruthy();
    expect(within(card).getByText(/A member named as attending was not told \(decision, recorded by Jane Smith\)/)).toBeTruthy();
  });
});

describe('a request someone changed after it was submitted', () => {
  it('shows the member and the decider what was submitted, and each change with who made it and the old and new values', async () => {
    const changed = sampleRequest({
      id: 12, purpose: 'To see the new recycling line before scrutiny.', flags: [],
      changesAfterSubmission: [{ field: 'How the visit helps the member\u2019s duties', from: 'To see the new recycling line before scrutiny.',
        to: 'A purpose the member never gave', by: { userId: 9, name: 'Jane Smith' }, when: '2026-11-02T10:00:00Z' }]
    });
    for (const [role, tab] of [['member', 'My requests'], ['decider', undefined]] as const) {
      const view = renderVisits(role === 'member' ? new FakeVisitRequestService(sampleReference(), [changed]) : new FakeVisitRequestService(sampleReference('decider'), [], [changed]));
      if (tab) fireEvent.click(await screen.findByRole('tab', { name: tab }));
      const card = await screen.findByRole('article', { name: 'Riverside Depot: Submitted' });
      expect(within(card).getByText(/Changed after submission/)).toBeTruthy();
      expect(within(card).getByText(/changed by Jane Smith on .*: \u201cTo see the new recycling line before scrutiny.\u201d \u2192 \u201cA purpose the member never gave\u201d/)).toBeTruthy();
      view.unmount();
    }
  });
});

describe('a decider deciding', () => {
  function decisionService(): FakeVisitRequestService {
    return new FakeVisitRequestService(sampleReference('decider'), [], [sampleRequest()]);
  }

  function recordFindings(form: HTMLElement): void {
    for (const ground of ['Health and safety', 'Sensitivity of the visit', 'Timing of the visit']) {
      fireEvent.click(within(within(form).getByText(ground).closest('fieldset') as HTMLElement).getByLabelText('No concerns'));
    }
    fireEvent.click(within(form).getByLabelText('Yes'));
  }

  it('shows the flags and warnings, and requires reasons to decline', async () => {
    const service = decisionService();
    renderVisits(service);
    const card = await screen.findByRole('article', { name: 'Riverside Depot: Submitted' });
    // Fluent's message bars render their text a moment late, so screen readers announce it.
    expect(await within(card).findByText('Requested in another\u2019s name: created by Cllr Ann Able, who named someone else as the requester.')).toBeTruthy();
    expect(await within(card).findByText('1 attendee is not a councillor; the decider will consider who they are.')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Decide: Riverside Depot, requested by Cllr Ann Able' }));
    const form = card.querySelector('form') as HTMLElement;
    fireEvent.click(within(form).getByLabelText('Decline'));
    recordFindings(form);
    fireEvent.click(button('Record decision', form));
    // Under the field and in the list of problems under the message.
    await waitFor(() => expect(within(form).getAllByText('Give the reasons for declining; the member sees them.')).toHaveLength(2));
    expect(service.decisions).toHaveLength(0);
  });

  it('approves with conditions; a conflict keeps what was typed, reloads, and the retry uses the new version', async () => {
    const service = decisionService();
    renderVisits(service);
    const card = await screen.findByRole('article', { name: 'Riverside Depot: Submitted' });
    fireEvent.click(within(card).getByRole('button', { name: /^Decide/ }));
    const form = card.querySelector('form') as HTMLElement;
    fireEvent.click(within(form).getByLabelText('Approve with conditions'));
    fireEvent.change(within(form).getByLabelText('Escort officer'), { target: { value: 'Depot manager' } });
    recordFindings(form);

    service.nextDecideFailure = new HubDataError('conflict', 'The version of the item has changed', 412);
    service.queue = [sampleRequest({ etag: '"4"' })];
    fireEvent.click(button('Record decision', form));
    expect(await within(form).findByText(/Someone else changed this request after you opened it/)).toBeTruthy();
    expect((within(form).getByLabelText('Escort officer') as HTMLInputElement).value).toBe('Depot manager');
    const queueCalls = service.queueCalls;
    fireEvent.click(button('Reload the latest version', form));
    expect(await within(form).findByText(/The latest version is shown above/)).toBeTruthy();
    expect(service.queueCalls).toBe(queueCalls + 1);
    expect((within(form).getByLabelText('Escort officer') as HTMLInputElement).value).toBe('Depot manager');

    fireEvent.click(button('Record decision', form));
    expect(await screen.findByText(/Decision recorded for Riverside Depot: Approved with conditions/)).toBeTruthy();
    expect(service.decisions.map(d => d.etag)).toEqual(['"3"', '"4"']);
    expect(service.decisions[1].decision.conditions.escortOfficer).toBe('Depot manager');
    await waitFor(() => expect(screen.getByRole('article', { name: 'Riverside Depot: Approved with conditions' })).toBeTruthy());
    expect(screen.getByText('Escorted by Depot manager')).toBeTruthy();
  });
});

describe('Democratic Services', () => {
  it('see every request with its flags and can show only those with no one to decide, but decide none', async () => {
    const unroutable = sampleRequest({ id: 9, title: 'Old Quarry Land', premises: sampleReference().premises[3], flags: [],
      routing: { kind: 'unroutable', cause: { kind: 'noRoleHolder', role: 'Chief Financial Officer', premisesName: 'Old Quarry Land' } }, status: 'Awaiting routing' });
    renderVisits(new FakeVisitRequestService(sampleReference('democraticServices'), [], [sampleRequest(), unroutable]));
    expect(await screen.findByRole('article', { name: 'Riverside Depot: Submitted' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Decide/ })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Awaiting routing (1)' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Riverside Depot: Submitted' })).toBeNull());
    expect(screen.getByRole('article', { name: 'Old Quarry Land: Awaiting routing' })).toBeTruthy();
    expect(screen.getByText('Democratic Services (to route)')).toBeTruthy();
  });
});
