import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { PersonAvatar } from '../../src/common/components/PersonAvatar';

describe('PersonAvatar', () => {
  it('shows the photo, described when asked', () => {
    render(<PersonAvatar initials="ZA" photoUrl="/photos/zoe.jpg" photoAlt="Photograph of Zoe Ali" colour="#0B5CAB" size={56} />);
    expect(screen.getByRole('img', { name: 'Photograph of Zoe Ali' }).getAttribute('src')).toBe('/photos/zoe.jpg');
  });

  it('falls back to initials when the photo fails, and does not ask for that photo again', () => {
    const first = render(<PersonAvatar initials="ZA" photoUrl="/photos/broken-once.jpg" colour="#0B5CAB" size={56} />);
    const img = first.container.querySelector('img');
    expect(img).not.toBeNull();
    fireEvent.error(img!);
    expect(first.container.querySelector('img')).toBeNull();
    expect(first.container.textContent).toBe('ZA');
    first.unmount();

    // The same councillor back in a later search: initials at once, no second request.
    const again = render(<PersonAvatar initials="ZA" photoUrl="/photos/broken-once.jpg" colour="#0B5CAB" size={56} />);
    expect(again.container.querySelector('img')).toBeNull();
    expect(again.container.textContent).toBe('ZA');
    // Another photo is still tried.
    again.rerender(<PersonAvatar initials="ZA" photoUrl="/photos/new.jpg" colour="#0B5CAB" size={56} />);
    expect(again.container.querySelector('img')?.getAttribute('src')).toBe('/photos/new.jpg');
  });

  it('while a search is typed, asks for no new photo until typing pauses, and keeps one already showing', () => {
    const view = render(<PersonAvatar initials="AB" photoUrl="/photos/ab.jpg" colour="#0B5CAB" size={56} deferPhoto />);
    expect(view.container.querySelector('img')).toBeNull();
    expect(view.container.textContent).toBe('AB');
    view.rerender(<PersonAvatar initials="AB" photoUrl="/photos/ab.jpg" colour="#0B5CAB" size={56} />);
    const img = view.container.querySelector('img');
    expect(img?.getAttribute('src')).toBe('/photos/ab.jpg');
    // Typing again: the photo asked for stays.
    view.rerender(<PersonAvatar initials="AB" photoUrl="/photos/ab.jpg" colour="#0B5CAB" size={56} deferPhoto />);
    expect(view.container.querySelector('img')).toBe(img);
    fireEvent.load(img!);
    view.unmount();

    // A photo seen loading before is shown at once, even mid-search.
    const back = render(<PersonAvatar initials="AB" photoUrl="/photos/ab.jpg" colour="#0B5CAB" size={56} deferPhoto />);
    expect(back.container.querySelector('img')?.getAttribute('src')).toBe('/photos/ab.jpg');
  });
});
