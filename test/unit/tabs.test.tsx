import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Tabs, type ITab } from '../../src/common/components/Tabs';

type View = 'find' | 'search' | 'review';
const TABS: ITab<View>[] = [{ key: 'find', label: 'Find' }, { key: 'search', label: 'Search' }, { key: 'review', label: 'Review (2)' }];

function Views(): React.ReactElement {
  const [view, setView] = React.useState<View>('find');
  return (
    <Tabs tabs={TABS} selected={view} onSelect={setView} label="Views" idPrefix="t1">
      <p>showing {view}</p>
    </Tabs>
  );
}

describe('Tabs', () => {
  it('names the list, marks the selected tab and labels the panel with it', () => {
    render(<Views />);
    expect(screen.getByRole('tablist', { name: 'Views' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map(t => [t.textContent, t.getAttribute('aria-selected'), t.tabIndex]))
      .toEqual([['Find', 'true', 0], ['Search', 'false', -1], ['Review (2)', 'false', -1]]);
    expect(screen.getByRole('tabpanel', { name: 'Find' }).textContent).toBe('showing find');
  });

  it('shows a tab when clicked', () => {
    render(<Views />);
    fireEvent.click(screen.getByRole('tab', { name: 'Review (2)' }));
    expect(screen.getByRole('tabpanel', { name: 'Review (2)' }).textContent).toBe('showing review');
  });

  it('moves between tabs with the arrow keys, round the ends, and with Home and End, focus following', () => {
    render(<Views />);
    const find = screen.getByRole('tab', { name: 'Find' });
    find.focus();
    fireEvent.keyDown(find, { key: 'ArrowLeft' });
    expect(document.activeElement?.textContent).toBe('Review (2)');
    expect(screen.getByRole('tabpanel').textContent).toBe('showing review');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('Find');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Review (2)' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(screen.getByRole('tabpanel').textContent).toBe('showing find');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(screen.getByRole('tabpanel').textContent).toBe('showing find');
  });

  it('says a tab is busy while what it shows loads', () => {
    render(
      <Tabs tabs={[{ key: 'form', label: 'Request a visit' }, { key: 'mine', label: 'My requests', busy: true }]} selected="form"
        onSelect={() => undefined} label="Visit requests" idPrefix="t2">
        <p>the form</p>
      </Tabs>
    );
    expect(screen.getByRole('tab', { name: 'My requests' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Request a visit' }).getAttribute('aria-busy')).toBeNull();
  });
});
