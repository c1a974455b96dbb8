import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { VisitRequest } from '../../../src/webparts/visitRequest/components/VisitRequest';
import { HubDataError } from '../../../src/data/hubDataError';
import { FakeVisitRequestService } from './FakeVisitRequestService';
import { sampleReference, sampleRequest } from './sampleVisits';

setIconOptions({ disableWarnings: true });
jest.setTimeout(120000);

const DAY = 86400000;
const iso = (t: number): string => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
const approvedDecision = {
  outcome: 'Approved' as const, reasons: 'Ward casework.', neededForDuties: 'Yes' as const,
  conditions: { escortOfficer: '', ppe: '', areasExcluded: '', timeWindow: '' },
  findings: { healthAndSafety: { finding: 'No concerns' as const, note: '' }, sensitivity: { finding: 'No concerns' as const, note: '' }, timing: { finding: 'No concerns' as const, note: '' } }
};

/** A request waiting for a decision, and an approved visit to the allotments whose day was last week. */
function deciderService(): FakeVisitRequestService {
  const pending = sampleRequest({ id: 7, flags: [], warnings: [] });
  const past = sampleRequest({
    id: 8, etag: '"2"', title: 'Kingsmead Allotments', premises: { ...sampleReference().premises[0], id: 5, name: 'Kingsmead Allotments' },
    requester: { userId: 102, name: 'Cllr Ben Bold' }, created: '2026-10-01T10:00:00Z', flags: [], warnings: [],
    start: iso(Date.now() - 7 * DAY), end: iso(Date.now() - 7 * DAY + 2 * 3600000), storedStatus: 'Approved', status: 'Approved',
    decision: approvedDecision, decidedBy: { userId: 9, name: 'Jane Smith' }
  });
  return new FakeVisitRequestService(sampleReference('decider'), [], [pending, past]);
}

function renderVisits(service: FakeVisitRequestService): void {
  render(<VisitRequest title="Visits" service={service} instanceId="d4e8a613-0000-4000-8000-000000000009" />);
}

describe('a decider\u2019s two queues', () => {
  it('lists what needs a decision apart from past visits, each tab with its count', async () => {
    renderVisits(deciderService());
    const needs = await screen.findByRole('tab', { name: 'Needs a decision (1)' });
    expect(needs.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('article', { name: 'Riverside Depot: Submitted' })).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Kingsmead Allotments: Approved' })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Past visits: did it take place? (1)' }));
    const card = await screen.findByRole('article', { name: 'Kingsmead Allotments: Approved' });
    expect(screen.queryByRole('article', { name: 'Riverside Depot: Submitted' })).toBeNull();
    // Nothing already decided is asked again: no Decide button, no findings, no "needed for duties".
    expect(within(card).queryByRole('button', { name: /^Decide/ })).toBeNull();
    expect(within(card).queryByText('Health and safety')).toBeNull();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(within(card).getByRole('group', { name: 'Did the visit to Kingsmead Allotments take place?' })).toBeTruthy();
  });

  it('records a held visit with one click, on the version shown, and says who was told', async () => {
    const service = deciderService();
    renderVisits(service);
    fireEvent.click(await screen.findByRole('tab', { name: /^Past visits/ }));
    const card = await screen.findByRole('article', { name: 'Kingsmead Allotments: Approved' });
    fireEvent.click(within(card).getByRole('button', { name: 'It took place: the visit to Kingsmead Allotments, requested by Cllr Ben Bold' }));
    expect(await screen.findByText('Recorded for Kingsmead Allotments: Visit held. Cllr Ben Bold has been told by email.')).toBeTruthy();
    // The button pressed has gone: the confirmation holds the focus.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Recorded for Kingsmead Allotments: Visit held. Cllr Ben Bold has been told by email.'));
    expect(service.outcomes).toEqual([{ id: 8, etag: '"2"', outcome: 'Visit held' }]);
    expect(service.decisions).toHaveLength(0);
    const recorded = screen.getByRole('article', { name: 'Kingsmead Allotments: Visit held' });
    expect(within(recorded).queryByRole('button', { name: /took place: / })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Past visits: did it take place? (0)' })).toBeTruthy();
  });

  it('records that a visit did not take place, and keeps the choice to retry after a conflict', async () => {
    const service = deciderService();
    renderVisits(service);
    fireEvent.click(await screen.findByRole('tab', { name: /^Past visits/ }));
    const card = await screen.findByRole('article', { name: 'Kingsmead Allotments: Approved' });
    service.nextOutcomeFailure = new HubDataError('conflict', 'The version of the item has changed', 412);
    fireEvent.click(within(card).getByRole('button', { name: /^It did not take place: / }));
    expect(await within(card).findByText(/Someone else changed this request after you opened it, so nothing was recorded/)).toBeTruthy();
    service.queue = service.queue.map(r => (r.id === 8 ? { ...r, etag: '"3"' } : r));
    fireEvent.click(within(card).getByRole('button', { name: 'Reload the latest version' }));
    await waitFor(() => expect(within(card).queryByText(/nothing was recorded/)).toBeNull());
    fireEvent.click(within(screen.getByRole('article', { name: 'Kingsmead Allotments: Approved' })).getByRole('button', { name: /^It did not take place: / }));
    expect(await screen.findByRole('article', { name: 'Kingsmead Allotments: Visit did not take place' })).toBeTruthy();
    expect(service.outcomes.map(o => [o.etag, o.outcome])).toEqual([['"2"', 'Visit did not take place'], ['"3"', 'Visit did not take place']]);
  });

  it('says so when no past visit is waiting', async () => {
    const service = new FakeVisitRequestService(sampleReference('decider'), [], [sampleRequest()]);
    renderVisits(service);
    fireEvent.click(await screen.findByRole('tab', { name: 'Past visits: did it take place? (0)' }));
    expect(await screen.findByText('No past visit is waiting for you to record whether it took place')).toBeTruthy();
  });
});

describe('Decided by me', () => {
  it('lists what the decider decided as the service orders it, and searches premises, member and status', async () => {
    const service = deciderService();
    service.decided = [
      sampleRequest({ id: 21, title: 'Northgate Depot', premises: { ...sampleReference().premises[0], id: 6, name: 'Northgate Depot' }, status: 'Declined',
        requester: { userId: 102, name: 'Cllr Ben Bold' }, flags: [], warnings: [], decidedBy: { userId: 9, name: 'Jane Smith' }, decidedOn: '2026-11-20T10:00:00Z' }),
      sampleRequest({ id: 22, status: 'Visit held', flags: [], warnings: [], decidedBy: { userId: 9, name: 'Jane Smith' }, decidedOn: '2026-11-02T10:00:00Z' })
    ];
    renderVisits(service);
    fireEvent.click(await screen.findByRole('tab', { name: 'Decided by me' }));
    const list = await screen.findByRole('list', { name: 'Decided by me' });
    expect(within(list).getAllByRole('article').map(a => a.getAttribute('aria-label'))).toEqual(['Northgate Depot: Declined', 'Riverside Depot: Visit held']);
    const search = screen.getByRole('searchbox', { name: 'Search by premises, member or status' });
    fireEvent.change(search, { target: { value: 'ben' } });
    expect(within(screen.getByRole('list', { name: 'Decided by me' })).getAllByRole('article').map(a => a.getAttribute('aria-label'))).toEqual(['Northgate Depot: Declined']);
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('1 of 2 requests shown');
    fireEvent.change(search, { target: { value: 'visit held' } });
    expect(within(screen.getByRole('list', { name: 'Decided by me' })).getAllByRole('article').map(a => a.getAttribute('aria-label'))).toEqual(['Riverside Depot: Visit held']);
    fireEvent.change(search, { target: { value: 'quarry' } });
    expect(screen.getByText('No request you decided matches \u201cquarry\u201d')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Decided by me' })).toBeNull();
  });

  it('says so when the decider has decided nothing yet', async () => {
    renderVisits(deciderService());
    fireEvent.click(await screen.findByRole('tab', { name: 'Decided by me' }));
    expect(await screen.findByText('You have not decided any visit request yet')).toBeTruthy();
  });
});

describe('someone with Edit on the requests list whom the register names nowhere', () => {
  it('sees who decides instead of a decider\u2019s tabs, and no queue is read', async () => {
    const owner = { ...sampleReference('decider'), currentUser: { userId: 50, name: 'Site Owner', email: 'owner@council.example' } };
    const service = new FakeVisitRequestService(owner, [], [sampleRequest()]);
    renderVisits(service);
    expect(await screen.findByText('No visit requests come to you to decide')).toBeTruthy();
    expect(screen.getByText(/the premises register does not name you as a Director/)).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(service.queueCalls).toBe(0);
  });

  it('a Director\u2019s named stand-in does see the tabs', async () => {
    const ref = sampleReference('decider');
    const standIn = { ...ref, currentUser: { userId: 60, name: 'Sam Stand', email: 'sam.stand@council.example' }, directorates: [{ ...ref.directorates[0], standIn: { userId: 60, name: 'Sam Stand' } }] };
    renderVisits(new FakeVisitRequestService(standIn, [], []));
    expect(await screen.findByRole('tab', { name: /^Needs a decision/ })).toBeTruthy();
  });
});
