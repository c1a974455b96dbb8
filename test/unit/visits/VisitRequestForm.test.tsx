import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { VisitRequestForm } from '../../../src/webparts/visitRequest/components/member/VisitRequestForm';
import { RoutingNotice } from '../../../src/webparts/visitRequest/components/member/RoutingNotice';
import { useVisitDraft } from '../../../src/webparts/visitRequest/components/member/useVisitDraft';
import type { IVisitReferenceData, VisitRouting } from '../../../src/domain/visits/types';
import { FakeVisitRequestService } from './FakeVisitRequestService';
import { sampleReference } from './sampleVisits';

setIconOptions({ disableWarnings: true });
// Fluent forms in jsdom on a busy 2-core machine: patience, never a retry.
jest.setTimeout(120000);

/** The form as the member's tab holds it: its draft, with these premises already chosen. */
function Form(props: { reference: IVisitReferenceData; premisesId: number }): React.ReactElement {
  const draft = useVisitDraft(101, 'form-test');
  const { change } = draft;
  React.useEffect(() => change({ premisesId: props.premisesId }), [change, props.premisesId]);
  return <VisitRequestForm reference={props.reference} service={new FakeVisitRequestService(props.reference)} draft={draft}
    idPrefix="t" onSubmitted={() => undefined} />;
}

/** A weekday `days` ahead, as a date input holds it. */
function weekdayAhead(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const proposedFields = (): HTMLElement => screen.getByText('When you would like to visit').closest('fieldset') as HTMLElement;

beforeEach(() => window.localStorage.clear());

describe('the member\u2019s request form', () => {
  it('asks for notice in the singular for one working day and in the plural for more', async () => {
    const one = render(<Form reference={{ ...sampleReference(), minimumNoticeWorkingDays: 1 }} premisesId={1} />);
    expect(await screen.findByText('Please give at least 1 working day\u2019s notice.')).toBeTruthy();
    one.unmount();
    render(<Form reference={sampleReference()} premisesId={1} />);
    expect(await screen.findByText('Please give at least 5 working days\u2019 notice.')).toBeTruthy();
  });

  it('says the premises\u2019 health and safety once, and the short-notice warning under the date, where it is announced politely', async () => {
    render(<Form reference={sampleReference()} premisesId={1} />);
    await screen.findByText('Riverside Depot', { selector: 'h3' });
    expect(screen.getAllByText(/Moving vehicles in the yard\./)).toHaveLength(1);
    expect(screen.queryByText(/Protective equipment is required/)).toBeNull();
    // The polite region is there before any warning, so the warning is read out when it appears.
    const region = proposedFields().querySelector('[aria-live="polite"]') as HTMLElement;
    expect(region).toBeTruthy();
    expect(region.textContent).toBe('');
    fireEvent.change(within(proposedFields()).getByLabelText(/^Date/), { target: { value: weekdayAhead(1) } });
    fireEvent.change(within(proposedFields()).getByLabelText(/^From/), { target: { value: '10:00' } });
    fireEvent.change(within(proposedFields()).getByLabelText(/^To/), { target: { value: '12:00' } });
    expect(region.textContent).toMatch(/Only [01] working days?\u2019s? notice; the council asks for at least 5\./);
    expect(screen.getAllByText(/working days?\u2019s? notice; the council asks/)).toHaveLength(1);
  });

  it('names the person a remove button removes, or their place in the list before they have a name', async () => {
    render(<Form reference={sampleReference()} premisesId={1} />);
    fireEvent.click(await screen.findByText('Add someone who is not a councillor'));
    expect(screen.getByRole('button', { name: 'Remove attendee 1 (no name given yet)' })).toBeTruthy();
    const person = screen.getByRole('group', { name: 'Person who is not a councillor, 1' });
    fireEvent.change(within(person).getByLabelText(/^Name/), { target: { value: 'Jane Smith' } });
    expect(screen.getByRole('button', { name: 'Remove Jane Smith' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove 1' })).toBeNull();
  });
});

describe('who will decide, before the member sends', () => {
  it('says once that a stand-in decides while the Director is away', () => {
    const routing: VisitRouting = {
      kind: 'routed', route: 'Owning Director', deciderUserId: 7, deciderName: 'Bob Jones',
      because: { kind: 'owningDirectorate', directorateName: 'Place', premisesName: 'Riverside Depot' },
      standIn: { standIn: 'named', directorateName: 'Place', awayDirectorName: 'Jane Smith' }
    };
    const { container } = render(<RoutingNotice routing={routing} premises={sampleReference().premises[0]} />);
    expect(container.textContent).toBe('This goes to Bob Jones, because Place manages Riverside Depot; '
      + 'the named stand-in decides while Jane Smith, Director of Place, is recorded as away.');
  });
});
