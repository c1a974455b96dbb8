import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { OtherMembersPicker } from '../../../src/webparts/visitRequest/components/member/OtherMembersPicker';

setIconOptions({ disableWarnings: true });
jest.setTimeout(60000);

const MEMBERS = [
  { id: 1, name: 'Zoe Hart' }, { id: 2, name: 'Sean O\u2019Neill' }, { id: 3, name: 'Priya Hartley' },
  ...Array.from({ length: 12 }, (_v, i) => ({ id: 10 + i, name: `Alex Member ${i + 1}` }))
];

/** The picker as the form holds it: the chosen ids live in the form's state. */
function Holder(props: { initial?: number[]; error?: string }): React.ReactElement {
  const [chosen, setChosen] = React.useState<number[]>(props.initial ?? []);
  return (
    <>
      <OtherMembersPicker members={MEMBERS} chosenIds={chosen} onChange={setChosen} errorMessage={props.error} idPrefix="t" />
      <output data-testid="chosen">{chosen.join(',')}</output>
    </>
  );
}

const search = (): HTMLElement => screen.getByLabelText('Find another councillor by name');
const chosenIds = (): string => screen.getByTestId('chosen').textContent ?? '';

describe('choosing other councillors who will attend', () => {
  it('finds councillors by part of a name (accents and apostrophes ignored), ticks to add and unticks to remove', () => {
    render(<Holder />);
    expect(screen.getByText('No other councillors')).toBeTruthy();
    expect(screen.getByText('Type part of a name to add a councillor.')).toBeTruthy();
    fireEvent.change(search(), { target: { value: 'hart' } });
    const found = screen.getByRole('list', { name: 'Councillors found (tick to add)' });
    expect(within(found).getAllByRole('checkbox').map(c => c.closest('li')?.textContent)).toEqual(['Zoe Hart', 'Priya Hartley']);
    fireEvent.click(within(found).getByLabelText('Priya Hartley'));
    expect(chosenIds()).toBe('3');
    // Once chosen, listed with the ones coming (ticked); the search is done, so it is cleared for the next name.
    const coming = screen.getByRole('list', { name: 'Councillors coming (untick to remove)' });
    expect((within(coming).getByLabelText('Priya Hartley') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('list', { name: 'Councillors found (tick to add)' })).toBeNull();
    fireEvent.change(search(), { target: { value: 'oneill' } });
    fireEvent.click(screen.getByLabelText('Sean O\u2019Neill'));
    expect(chosenIds()).toBe('3,2');
    fireEvent.click(within(screen.getByRole('list', { name: 'Councillors coming (untick to remove)' })).getByLabelText('Priya Hartley'));
    expect(chosenIds()).toBe('2');
  });

  it('after ticking the only councillor found, lists them as coming and does not say that no one matches', () => {
    render(<Holder />);
    fireEvent.change(search(), { target: { value: 'oneill' } });
    fireEvent.click(within(screen.getByRole('list', { name: 'Councillors found (tick to add)' })).getByLabelText('Sean O\u2019Neill'));
    expect(chosenIds()).toBe('2');
    expect(within(screen.getByRole('list', { name: 'Councillors coming (untick to remove)' })).getByLabelText('Sean O\u2019Neill')).toBeTruthy();
    expect(screen.queryByText('No other councillor matches that name.')).toBeNull();
    expect(document.getElementById('t-other-members-count')?.textContent).toBe('Type part of a name to add a councillor.');
    // Ready for the next name: the search box is empty and has the focus.
    expect((search() as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(search());
  });

  it('says when nothing matches, and shows only the first eight of many', () => {
    render(<Holder />);
    fireEvent.change(search(), { target: { value: 'nobody' } });
    expect(document.getElementById('t-other-members-count')?.textContent).toBe('No other councillor matches that name.');
    fireEvent.change(search(), { target: { value: 'alex' } });
    expect(document.getElementById('t-other-members-count')?.textContent).toMatch(/^12 matches; showing the first 8/);
    expect(within(screen.getByRole('list', { name: 'Councillors found (tick to add)' })).getAllByRole('checkbox')).toHaveLength(8);
  });

  it('shows the form\u2019s problem with the choice, tied to the group', () => {
    render(<Holder initial={[1]} error="One of the councillors is no longer a member." />);
    const group = screen.getByRole('group', { name: 'Other councillors' });
    expect(group.getAttribute('aria-describedby')).toBe('t-other-members-error');
    expect(document.getElementById('t-other-members-error')?.textContent).toBe('One of the councillors is no longer a member.');
  });
});
