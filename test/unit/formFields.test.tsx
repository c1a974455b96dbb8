import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { TextInput } from '../../src/common/components/TextInput';
import { SearchInput } from '../../src/common/components/SearchInput';
import { CheckboxInput } from '../../src/common/components/CheckboxInput';

function Field(props: { problem?: string; multiline?: boolean }): React.ReactElement {
  const [value, setValue] = React.useState('');
  return <TextInput label="Postcode" description="For example BC2 7PD" value={value} onChange={setValue}
    errorMessage={props.problem} multiline={props.multiline} required />;
}

function Search(props: { onClear: () => void }): React.ReactElement {
  const [value, setValue] = React.useState('zo');
  return <SearchInput id="s1" value={value} clearLabel="Clear search" onChange={setValue}
    onClear={() => { setValue(''); props.onClear(); }} />;
}

describe('TextInput', () => {
  it('is named by its label, described by its help, and takes what is typed', () => {
    render(<Field />);
    const box = screen.getByRole('textbox', { name: 'Postcode' });
    expect(box.getAttribute('aria-describedby')).toBe(screen.getByText('For example BC2 7PD').id);
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect(box.getAttribute('aria-required')).toBe('true');
    fireEvent.change(box, { target: { value: 'bc27pd' } });
    expect((box as HTMLInputElement).value).toBe('bc27pd');
  });

  it('announces its problem, marks itself invalid and is described by the problem first', () => {
    render(<Field problem="Not a postcode" />);
    const box = screen.getByRole('textbox', { name: 'Postcode' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Not a postcode');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')?.split(' ')).toEqual([alert.id, screen.getByText('For example BC2 7PD').id]);
  });

  it('is a text area when multiline', () => {
    render(<Field multiline />);
    expect(screen.getByRole('textbox', { name: 'Postcode' }).tagName).toBe('TEXTAREA');
  });
});

describe('SearchInput', () => {
  it('is a named search box that Escape empties', () => {
    const cleared = jest.fn();
    render(<><label htmlFor="s1">Search councillors</label><Search onClear={cleared} /></>);
    const box = screen.getByRole('searchbox', { name: 'Search councillors' });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
    expect(cleared).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
  });

  it('offers a clear button while it holds text, and puts focus back in the box', () => {
    const cleared = jest.fn();
    render(<><label htmlFor="s1">Search councillors</label><Search onClear={cleared} /></>);
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    const box = screen.getByRole('searchbox', { name: 'Search councillors' });
    expect((box as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(box);
    expect(cleared).toHaveBeenCalledTimes(1);
  });
});

describe('CheckboxInput', () => {
  function Box(): React.ReactElement {
    const [checked, setChecked] = React.useState(false);
    return <><CheckboxInput label="I will need adjustments" checked={checked} onChange={setChecked} describedBy="help" /><p id="help">We will ask what.</p></>;
  }

  it('is a check box named by its label and described by its help; a click on the label ticks it and again unticks it', () => {
    render(<Box />);
    const box = screen.getByRole('checkbox', { name: 'I will need adjustments' }) as HTMLInputElement;
    expect(box.getAttribute('aria-describedby')).toBe('help');
    expect(box.checked).toBe(false);
    fireEvent.click(screen.getByText('I will need adjustments'));
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(box.checked).toBe(false);
  });
});

describe('TextInput for dates and times', () => {
  it('is the browser\u2019s own date or time field, named by its label, and can be disabled', () => {
    render(<><TextInput label="Date" type="date" value="2027-01-12" onChange={() => undefined} /><TextInput label="From" type="time" value="" onChange={() => undefined} disabled /></>);
    expect((screen.getByLabelText('Date') as HTMLInputElement).type).toBe('date');
    const from = screen.getByLabelText('From') as HTMLInputElement;
    expect(from.type).toBe('time');
    expect(from.disabled).toBe(true);
  });
});
