import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { VisitRequest } from '../../../src/webparts/visitRequest/components/VisitRequest';
import type { IVisitRequestView } from '../../../src/domain/visits/types';
import { FakeVisitRequestService } from './FakeVisitRequestService';
import { sampleReference, sampleRequest } from './sampleVisits';

setIconOptions({ disableWarnings: true });
// Fluent in jsdom on a busy 2-core machine: patience, never a retry.
jest.setTimeout(120000);

const SITE = 'https://bramblecombe.sharepoint.com/sites/hub';
const ref = sampleReference('democraticServices');
const [depot, , leisureCentre, quarry] = ref.premises;

/** Ten in the morning `n` working days (Monday to Friday) from today, London time being UTC in these dates' winter. */
function workingDaysAhead(n: number): string {
  const d = new Date();
  d.setUTCHours(10, 0, 0, 0);
  for (let left = n; left > 0;) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left--;
  }
  return d.toISOString();
}

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86400000).toISOString();
}

function at(start: string): Pick<IVisitRequestView, 'start' | 'end'> {
  return { start, end: new Date(Date.parse(start) + 2 * 3600000).toISOString() };
}

/** Four requests: two nobody can decide (one soon, one past), one flagged, one whose email did not go. */
function sampleCouncil(): IVisitRequestView[] {
  return [
    sampleRequest({ id: 1, created: '2026-10-01T09:00:00Z', ...at(workingDaysAhead(20)) }),
    sampleRequest({
      id: 2, title: 'Old Quarry Land', premises: quarry, flags: [], created: '2026-11-20T09:00:00Z', ...at(workingDaysAhead(3)),
      requester: { userId: 102, name: 'Cllr Ben Bold' }, status: 'Awaiting routing', storedStatus: 'Awaiting routing',
      routing: { kind: 'unroutable', cause: { kind: 'noRoleHolder', role: 'Chief Financial Officer', premisesName: 'Old Quarry Land' } }
    }),
    sampleRequest({
      id: 3, title: 'Bramblecombe Leisure Centre', premises: { ...leisureCentre, owningDirectorateId: 6 }, flags: [], created: '2026-11-25T09:00:00Z',
      ...at(daysAgo(2)), status: 'Awaiting routing', storedStatus: 'Awaiting routing',
      routing: { kind: 'unroutable', cause: { kind: 'noStandIn', directorateName: 'People' } }
    }),
    sampleRequest({
      id: 4, title: 'Riverside Depot', premises: { ...depot, id: 21, name: 'Riverside Depot annexe' }, flags: [], created: '2026-11-10T09:00:00Z',
      ...at(workingDaysAhead(10)), requester: { userId: 103, name: 'Cllr Cat Cole' },
      notNotified: [{ event: 'submitted', audience: 'decider', reason: 'throttled', when: '2026-11-10T09:01:00Z', by: { userId: 103, name: 'Cllr Cat Cole' } }]
    })
  ];
}

function renderAll(requests: IVisitRequestView[] = sampleCouncil()): FakeVisitRequestService {
  const service = new FakeVisitRequestService(ref, [], requests);
  render(<VisitRequest title="Visits" service={service} instanceId="d4e8a613-0000-4000-8000-000000000003" />);
  return service;
}

const cardNames = (): string[] => screen.getAllByRole('article').map(a => a.getAttribute('aria-label') ?? '');
const search = (): HTMLElement => screen.getByRole('searchbox', { name: 'Search requests' });

describe('Democratic Services: all visit requests', () => {
  it('counts the requests under each filter and shows only those the filter names', async () => {
    renderAll();
    await screen.findByRole('heading', { name: 'All visit requests' });
    await screen.findByRole('tab', { name: 'All (4)' });
    expect(screen.getAllByRole('tab').map(t => t.textContent)).toEqual(['All (4)', 'Awaiting routing (2)', 'Flagged (1)', 'Not notified (1)']);
    expect(screen.getAllByRole('article')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /^Decide/ })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Awaiting routing (2)' }));
    expect(cardNames()).toEqual(['Old Quarry Land: Awaiting routing', 'Bramblecombe Leisure Centre: Awaiting routing']);
    expect(screen.getByText('Showing 2 of 4 requests.').getAttribute('role')).toBe('status');
  });

  it('moves between filters with the arrow keys, as tabs do', async () => {
    renderAll();
    const all = await screen.findByRole('tab', { name: 'All (4)' });
    all.focus();
    fireEvent.keyDown(all, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Awaiting routing (2)' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Awaiting routing (2)' }));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(cardNames()).toEqual(['Riverside Depot annexe: Submitted']);
  });

  it('narrows by premises, requester, decider or status, with the counts following the search', async () => {
    renderAll();
    await screen.findByRole('tab', { name: 'All (4)' });
    fireEvent.change(search(), { target: { value: 'quarry' } });
    expect(cardNames()).toEqual(['Old Quarry Land: Awaiting routing']);
    expect(screen.getByRole('tab', { name: 'All (1)' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Flagged (0)' })).toBeTruthy();
    fireEvent.change(search(), { target: { value: 'cat cole' } });
    expect(cardNames()).toEqual(['Riverside Depot annexe: Submitted']);
    fireEvent.change(search(), { target: { value: 'jane' } });
    expect(cardNames()).toHaveLength(2);
    fireEvent.change(search(), { target: { value: 'awaiting routing' } });
    expect(cardNames()).toHaveLength(2);
    expect(screen.getByRole('tab', { name: 'Awaiting routing (2)' })).toBeTruthy();
  });

  it('says when nothing matches, naming the search, and clears it', async () => {
    renderAll();
    await screen.findByRole('tab', { name: 'All (4)' });
    fireEvent.change(search(), { target: { value: 'swimming pool' } });
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText('No requests match \u201cswimming pool\u201d')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(screen.getAllByRole('article')).toHaveLength(4);
    expect((search() as HTMLInputElement).value).toBe('');
  });

  it('puts the soonest visit first, passed ones after, and sorts by when sent on request', async () => {
    renderAll();
    await screen.findByRole('tab', { name: 'All (4)' });
    expect(cardNames()).toEqual([
      'Old Quarry Land: Awaiting routing', 'Riverside Depot annexe: Submitted', 'Riverside Depot: Submitted', 'Bramblecombe Leisure Centre: Awaiting routing'
    ]);
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    fireEvent.change(sort, { target: { value: 'newest' } });
    expect(cardNames()).toEqual([
      'Bramblecombe Leisure Centre: Awaiting routing', 'Old Quarry Land: Awaiting routing', 'Riverside Depot annexe: Submitted', 'Riverside Depot: Submitted'
    ]);
    fireEvent.change(sort, { target: { value: 'oldest' } });
    expect(cardNames()[0]).toBe('Riverside Depot: Submitted');
  });

  it('says why a request cannot be routed, how soon the visit is, and links to the register entry to correct', async () => {
    renderAll();
    const quarryCard = await screen.findByRole('article', { name: 'Old Quarry Land: Awaiting routing' });
    expect(within(quarryCard).getByText(/No one is recorded as Chief Financial Officer, whom the register names to decide visits to Old Quarry Land\./)).toBeTruthy();
    expect(within(quarryCard).getByText('Visit in 3 working days.')).toBeTruthy();
    const addHolder = within(quarryCard).getByRole('link', { name: 'Record who holds the Chief Financial Officer role in the senior roles register' });
    expect(addHolder.getAttribute('href')).toBe(`${SITE}/Lists/MohSeniorRoles/NewForm.aspx`);

    const centre = screen.getByRole('article', { name: 'Bramblecombe Leisure Centre: Awaiting routing' });
    expect(within(centre).getByText(/The post of Director of People is vacant and no stand-in is recorded\./)).toBeTruthy();
    expect(within(centre).getByText('Visit date passed.')).toBeTruthy();
    expect(within(centre).getByRole('link', { name: 'Record a Director or a stand-in for People in the directorates register' }).getAttribute('href'))
      .toBe(`${SITE}/Lists/MohDirectorates/EditForm.aspx?ID=6`);

    // Routed requests have nothing to correct.
    expect(within(screen.getByRole('article', { name: 'Riverside Depot: Submitted' })).queryByRole('link')).toBeNull();
  });

  it('links premises with no owning directorate to their own entry in the premises register', async () => {
    renderAll([sampleRequest({
      id: 5, premises: { ...depot, id: 31, name: 'Land at Mill Lane' }, title: 'Land at Mill Lane', flags: [], ...at(workingDaysAhead(1)),
      status: 'Awaiting routing', storedStatus: 'Awaiting routing', routing: { kind: 'unroutable', cause: { kind: 'noDirectorate', premisesName: 'Land at Mill Lane' } }
    })]);
    const card = await screen.findByRole('article', { name: 'Land at Mill Lane: Awaiting routing' });
    expect(within(card).getByText(/The register names no directorate that manages Land at Mill Lane\./)).toBeTruthy();
    expect(within(card).getByText('Visit in 1 working day.')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Choose the owning directorate of Land at Mill Lane in the premises register' }).getAttribute('href'))
      .toBe(`${SITE}/Lists/MohPremises/EditForm.aspx?ID=31`);
  });

  it('shows a withdrawn request nobody could decide without asking for it to be routed', async () => {
    renderAll([sampleRequest({
      id: 6, premises: quarry, title: 'Old Quarry Land', flags: [], status: 'Withdrawn', storedStatus: 'Submitted',
      routing: { kind: 'unroutable', cause: { kind: 'noRoleHolder', role: 'Chief Financial Officer', premisesName: 'Old Quarry Land' } }
    })]);
    const card = await screen.findByRole('article', { name: 'Old Quarry Land: Withdrawn' });
    expect(screen.getByRole('tab', { name: 'Awaiting routing (0)' })).toBeTruthy();
    expect(within(card).queryByRole('link')).toBeNull();
    await waitFor(() => expect(within(card).queryByText(/Why no one can decide this yet/)).toBeNull());
  });
});
