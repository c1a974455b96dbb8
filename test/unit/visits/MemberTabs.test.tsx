import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemberTabs } from '../../../src/webparts/visitRequest/components/MemberTabs';

type Key = 'request' | 'mine';

function Holder(props: { count?: number; busy?: boolean }): React.ReactElement {
  const [tab, setTab] = React.useState<Key>('request');
  return (
    <MemberTabs<Key> label="Visit requests" selectedKey={tab} onSelect={setTab} idPrefix="t" tabs={[
      { key: 'request', text: 'Request a visit', content: <p>The form</p> },
      { key: 'mine', text: 'My requests', count: props.count, busy: props.busy, content: <p>The list</p> }
    ]} />
  );
}

const tab = (name: string | RegExp): HTMLElement => screen.getByRole('tab', { name });

describe('the member\u2019s two tabs (ARIA tabs pattern)', () => {
  it('shows only the chosen panel, labelled by its tab, with one tab stop', () => {
    render(<Holder count={5} />);
    expect(screen.getByRole('tablist', { name: 'Visit requests' })).toBeTruthy();
    expect(tab('Request a visit').getAttribute('aria-selected')).toBe('true');
    expect(tab('My requests (5)').getAttribute('aria-selected')).toBe('false');
    expect([tab('Request a visit').tabIndex, tab('My requests (5)').tabIndex]).toEqual([0, -1]);
    expect(screen.getByRole('tabpanel', { name: 'Request a visit' }).textContent).toBe('The form');
    expect(screen.queryByText('The list')).toBeNull();
    fireEvent.click(tab('My requests (5)'));
    expect(screen.getByRole('tabpanel', { name: 'My requests (5)' }).textContent).toBe('The list');
    expect(screen.queryByText('The form')).toBeNull();
  });

  it('moves between tabs with the arrow keys, Home and End, showing each and keeping the focus on it', () => {
    render(<Holder count={2} />);
    tab('Request a visit').focus();
    fireEvent.keyDown(tab('Request a visit'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('My requests (2)'));
    expect(screen.getByText('The list')).toBeTruthy();
    fireEvent.keyDown(tab('My requests (2)'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Request a visit'));
    fireEvent.keyDown(tab('Request a visit'), { key: 'End' });
    expect(tab('My requests (2)').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('My requests (2)'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('Request a visit'));
    fireEvent.keyDown(tab('Request a visit'), { key: 'a' });
    expect(tab('Request a visit').getAttribute('aria-selected')).toBe('true');
  });

  it('says the requests tab is busy until the count is known', () => {
    render(<Holder busy />);
    expect(tab('My requests').getAttribute('aria-busy')).toBe('true');
    expect(tab('Request a visit').getAttribute('aria-busy')).toBeNull();
  });
});
