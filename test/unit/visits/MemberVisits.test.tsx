import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { VisitRequest } from '../../../src/webparts/visitRequest/components/VisitRequest';
import type { IVisitDecision, IVisitRequestView } from '../../../src/domain/visits/types';
import { FakeVisitRequestService } from './FakeVisitRequestService';
import { sampleReference, sampleRequest } from './sampleVisits';

setIconOptions({ disableWarnings: true });
// Fluent forms in jsdom on a busy 2-core machine: patience, never a retry.
jest.setTimeout(120000);

const INSTANCE = 'd4e8a613-0000-4000-8000-000000000005';
const DAY = 24 * 3600000;

function renderVisits(service: FakeVisitRequestService): ReturnType<typeof render> {
  return render(<VisitRequest title="Visits" service={service} instanceId={INSTANCE} />);
}

/** An ISO instant this many days from now, on the hour. */
function daysAhead(days: number, hour = 10): string {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
}

function decision(outcome: IVisitDecision['outcome'], over: Partial<IVisitDecision> = {}): IVisitDecision {
  const none = { finding: 'No concerns', note: '' } as const;
  return {
    outcome, reasons: 'Fine by me.', neededForDuties: 'Yes',
    conditions: { escortOfficer: '', ppe: '', areasExcluded: '', timeWindow: '' },
    findings: { healthAndSafety: none, sensitivity: none, timing: none }, ...over
  };
}

const proposed = (): IVisitRequestView => sampleRequest({
  id: 8, status: 'Other date proposed', storedStatus: 'Other date proposed', flags: [],
  decision: decision('Other date proposed', { reasons: 'The yard is closed that week.', proposedStart: daysAhead(20), proposedEnd: daysAhead(20, 11) })
});
const submitted = (): IVisitRequestView => sampleRequest({ id: 7, flags: [] });
const approved = (over: Partial<IVisitRequestView> = {}): IVisitRequestView => sampleRequest({
  id: 9, status: 'Approved with conditions', storedStatus: 'Approved with conditions', flags: [], warnings: [],
  start: daysAhead(10), end: daysAhead(10, 12), decidedBy: { userId: 9, name: 'Jane Smith' },
  decision: decision('Approved with conditions', {
    conditions: { escortOfficer: 'The yard manager, at the gate', ppe: 'Boots; hi-vis vest', areasExcluded: '', timeWindow: '' }
  }),
  ...over
});

/** What the member's tab says once their requests are read (no longer busy). */
async function myRequestsTab(): Promise<HTMLElement> {
  const tab = await screen.findByRole('tab', { name: /^My requests/ });
  await waitFor(() => expect(tab.getAttribute('aria-busy')).not.toBe('true'));
  return tab;
}

beforeEach(() => window.localStorage.clear());

describe('a member with something to answer', () => {
  it('opens on My requests, counts only what waits on them, and marks that request in words', async () => {
    const service = new FakeVisitRequestService(sampleReference(), [proposed(), submitted(), approved()]);
    renderVisits(service);
    const tab = await screen.findByRole('tab', { name: 'My requests (1)' });
    await waitFor(() => expect(tab.getAttribute('aria-selected')).toBe('true'));
    const waiting = await screen.findByRole('article', { name: 'Riverside Depot: Other date proposed' });
    expect(within(waiting).getByText('Needs your answer')).toBeTruthy();
    for (const other of ['Riverside Depot: Submitted', 'Riverside Depot: Approved with conditions']) {
      expect(within(screen.getByRole('article', { name: other })).queryByText('Needs your answer')).toBeNull();
    }
    expect(screen.queryByLabelText('Find premises or land by name, address or ward')).toBeNull();
  });

  it('lands on the form when nothing waits on them, the tab uncounted', async () => {
    renderVisits(new FakeVisitRequestService(sampleReference(), [submitted(), approved()]));
    const tab = await myRequestsTab();
    expect(tab.textContent).toBe('My requests');
    expect(tab.getAttribute('aria-selected')).toBe('false');
    expect(screen.getByLabelText('Find premises or land by name, address or ward')).toBeTruthy();
  });

  it('stays where the member went while their requests were loading', async () => {
    const service = new FakeVisitRequestService(sampleReference(), [proposed()]);
    let release: () => void = () => undefined;
    const read = new Promise<void>(resolve => { release = resolve; });
    const mine = service.myRequests.bind(service);
    service.myRequests = async () => { await read; return mine(); };
    renderVisits(service);
    fireEvent.click(await screen.findByRole('tab', { name: 'Request a visit' }));
    release();
    const tab = await screen.findByRole('tab', { name: 'My requests (1)' });
    expect(tab.getAttribute('aria-selected')).toBe('false');
  });

  it('loses the count once the date is answered', async () => {
    const service = new FakeVisitRequestService(sampleReference(), [proposed()]);
    renderVisits(service);
    const card = await screen.findByRole('article', { name: 'Riverside Depot: Other date proposed' });
    fireEvent.click(within(card).getByRole('button', { name: /Decline the proposed date/ }));
    fireEvent.click(within(card).getByRole('button', { name: 'Yes: Decline the proposed date' }));
    await screen.findByRole('article', { name: 'Riverside Depot: Declined' });
    expect(screen.getByRole('tab', { name: 'My requests' }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('the banner above the member\u2019s requests', () => {
  it('says only what the latest action did: accepting replaces it, withdrawing replaces that', async () => {
    const service = new FakeVisitRequestService(sampleReference(), [proposed(), submitted()]);
    renderVisits(service);
    const card = await screen.findByRole('article', { name: 'Riverside Depot: Other date proposed' });
    service.nextNotification = { sent: true, audience: 'decider', recipientName: 'Jane Smith' };
    fireEvent.click(within(card).getByRole('button', { name: /Accept the proposed date/ }));
    fireEvent.click(within(card).getByRole('button', { name: 'Yes: Accept the proposed date' }));
    await screen.findByText(/^You have accepted the date proposed for your visit to Riverside Depot: .* Jane Smith has been told\.$/);
    // The answer's buttons have gone: the banner has the focus.
    const status = document.activeElement as HTMLElement;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toMatch(/^You have accepted/);

    const undecided = screen.getByRole('article', { name: 'Riverside Depot: Submitted' });
    service.nextNotification = { sent: true, audience: 'decider', recipientName: 'Jane Smith' };
    fireEvent.click(within(undecided).getByRole('button', { name: /Withdraw request/ }));
    fireEvent.click(within(undecided).getByRole('button', { name: 'Yes: Withdraw request' }));
    await screen.findByRole('article', { name: 'Riverside Depot: Withdrawn' });
    expect(within(status).getByText('You have withdrawn your request to visit Riverside Depot. Jane Smith has been told.')).toBeTruthy();
    expect(within(status).queryByText(/accepted/)).toBeNull();
  });

  it('names a member named as attending who could not be told of the withdrawal', async () => {
    const service = new FakeVisitRequestService(sampleReference(), [submitted()]);
    renderVisits(service);
    fireEvent.click(await screen.findByRole('tab', { name: /^My requests/ }));
    const card = await screen.findByRole('article', { name: 'Riverside Depot: Submitted' });
    service.nextNotification = { sent: true, audience: 'decider', recipientName: 'Jane Smith' };
    service.nextAttendeeNotifications = [{ sent: false, audience: 'attendee', recipientName: 'Cllr Bo Brown', reason: 'throttled', recorded: true }];
    fireEvent.click(within(card).getByRole('button', { name: /Withdraw request/ }));
    fireEvent.click(within(card).getByRole('button', { name: 'Yes: Withdraw request' }));
    await screen.findByRole('article', { name: 'Riverside Depot: Withdrawn' });
    await screen.findByText(/^You have withdrawn your request to visit Riverside Depot\. Jane Smith has been told\. .*Cllr Bo Brown/);
  });

  it('drops "has been sent" once the member withdraws what they sent', async () => {
    const service = new FakeVisitRequestService(sampleReference(), []);
    renderVisits(service);
    await screen.findByLabelText('Find premises or land by name, address or ward');
    await choosePremises();
    fillAndSend();
    const status = (await screen.findByText(/^Your request to visit Riverside Depot has been sent to Jane Smith\./)).closest('[tabindex="-1"]') as HTMLElement;
    const card = await screen.findByRole('article', { name: 'Riverside Depot: Submitted' });
    fireEvent.click(within(card).getByRole('button', { name: /Withdraw request/ }));
    fireEvent.click(within(card).getByRole('button', { name: 'Yes: Withdraw request' }));
    await screen.findByRole('article', { name: 'Riverside Depot: Withdrawn' });
    expect(within(status).queryByText(/has been sent to/)).toBeNull();
    expect(within(status).getByText('You have withdrawn your request to visit Riverside Depot.')).toBeTruthy();
  });
});

async function choosePremises(): Promise<void> {
  fireEvent.change(screen.getByLabelText('Find premises or land by name, address or ward'), { target: { value: 'riverside' } });
  const result = (await screen.findAllByText('Riverside Depot')).find(el => el.closest('button'))!.closest('button')!;
  fireEvent.click(result);
  await screen.findByText('Riverside Depot', { selector: 'h3' });
}

/** Fills in the request form as a person does and presses Send (the caller then waits, as a person does, for what it says). */
function fillAndSend(): void {
  const when = screen.getByText('When you would like to visit').closest('fieldset') as HTMLElement;
  const date = new Date(Date.now() + 42 * DAY);
  while (date.getDay() === 0 || date.getDay() === 6) date.setDate(date.getDate() + 1);
  const pad = (n: number): string => String(n).padStart(2, '0');
  fireEvent.change(within(when).getByLabelText(/^Date/), { target: { value: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` } });
  fireEvent.change(within(when).getByLabelText(/^From/), { target: { value: '10:00' } });
  fireEvent.change(within(when).getByLabelText(/^To/), { target: { value: '12:00' } });
  fireEvent.change(screen.getByLabelText(/How the visit helps you/), { target: { value: 'To see the recycling line before the scrutiny review.' } });
  fireEvent.click(screen.getByLabelText(/I will follow the health and safety instructions/));
  const send = screen.getAllByText('Send request').find(el => el.closest('button'))!.closest('button')!;
  fireEvent.click(send);
}

describe('an approved visit still to come', () => {
  it('can be withdrawn, confirmed first with what it means, and the decider is told', async () => {
    const service = new FakeVisitRequestService(sampleReference(), [approved()]);
    renderVisits(service);
    fireEvent.click(await myRequestsTab());
    const card = await screen.findByRole('article', { name: 'Riverside Depot: Approved with conditions' });
    fireEvent.click(within(card).getByRole('button', { name: 'Withdraw request: Riverside Depot' }));
    expect(within(card).getByRole('group', {
      name: 'Withdraw from this approved visit? The person who approved it will be told that you are no longer going.'
    })).toBeTruthy();
    service.nextNotification = { sent: true, audience: 'decider', recipientName: 'Jane Smith' };
    fireEvent.click(within(card).getByRole('button', { name: 'Yes: Withdraw request' }));
    await screen.findByRole('article', { name: 'Riverside Depot: Withdrawn' });
    expect(service.responses).toEqual([{ id: 9, action: 'withdraw', note: undefined, key: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
    expect(screen.getByText('You have withdrawn your request to visit Riverside Depot. Jane Smith has been told.')).toBeTruthy();
  });

  it('offers neither withdrawing nor the calendar once the visit is over', async () => {
    renderVisits(new FakeVisitRequestService(sampleReference(), [approved({ start: daysAhead(-3), end: daysAhead(-3, 12) })]));
    fireEvent.click(await myRequestsTab());
    const card = await screen.findByRole('article', { name: 'Riverside Depot: Approved with conditions' });
    expect(within(card).queryByRole('button', { name: /Withdraw request/ })).toBeNull();
    expect(within(card).queryByRole('button', { name: /Add to calendar/ })).toBeNull();
  });

  it('goes into the member\u2019s calendar as an .ics file named after the premises, with its address, times and conditions', async () => {
    const files: Blob[] = [];
    const links: Array<{ href: string; download: string; interception: string | null; inDocument: boolean }> = [];
    const create = jest.fn((blob: Blob) => { files.push(blob); return `blob:visit-${files.length}`; });
    const revoke = jest.fn();
    // jsdom has no object URLs: these stand in, and are taken away again after.
    const had = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      links.push({ href: this.href, download: this.download, interception: this.getAttribute('data-interception'), inDocument: document.body.contains(this) });
    });
    try {
      const accepted = approved({ premises: { ...sampleReference().premises[0], address: 'Riverside Walk, Bramblecombe' } });
      renderVisits(new FakeVisitRequestService(sampleReference(), [accepted]));
      fireEvent.click(await myRequestsTab());
      const card = await screen.findByRole('article', { name: 'Riverside Depot: Approved with conditions' });
      fireEvent.click(within(card).getByRole('button', { name: 'Add to calendar: Riverside Depot' }));
      expect(links).toEqual([{ href: 'blob:visit-1', download: 'Riverside Depot.ics', interception: 'off', inDocument: true }]);
      expect(files[0].type).toBe('text/calendar;charset=utf-8');
      const text = (await readBlob(files[0])).replace(/\r\n /g, '');
      const stamp = (iso: string): string => iso.replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
      expect(text).toContain(`\r\nDTSTART:${stamp(accepted.start)}\r\n`);
      expect(text).toContain(`\r\nDTEND:${stamp(accepted.end)}\r\n`);
      expect(text).toContain('\r\nLOCATION:Riverside Walk\\, Bramblecombe\r\n');
      expect(text).toContain('\r\nSUMMARY:Visit to Riverside Depot\r\n');
      expect(text).toMatch(/\r\nDESCRIPTION:Approved by Jane Smith\.\\n\\nConditions of the approval:\\nEscorted by The yard manager\\, at the gate\\nProtective equipment: Boots\\; hi-vis vest/);
      expect(document.querySelector('a[download]')).toBeNull();
    } finally {
      click.mockRestore();
      Object.assign(URL, had);
    }
  });
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
