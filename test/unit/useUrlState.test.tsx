import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { TYPING_PAUSE_MS, useUrlState, type IUrlStateCodec } from '../../src/common/hooks/useUrlState';

interface IState { q: string; tab: string }

const codec: IUrlStateCodec<IState> = {
  decode: search => {
    const params = new URLSearchParams(search);
    return { q: params.get('q') ?? '', tab: params.get('tab') ?? '' };
  },
  encode: state => {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    if (state.tab) params.set('tab', state.tab);
    const text = params.toString();
    return text ? `?${text}` : '';
  }
};
const EMPTY: IState = { q: '', tab: '' };

function Probe(): React.ReactElement {
  const [state, update] = useUrlState(codec, EMPTY);
  return (
    <div>
      <input aria-label="search" value={state.q} onChange={e => update({ q: e.target.value }, { typing: true })} />
      <button type="button" onClick={() => update({ tab: 'b' })}>tab b</button>
      <p>shown: {state.q}</p>
    </div>
  );
}

describe('useUrlState', () => {
  let writes: jest.SpyInstance;
  beforeEach(() => {
    jest.useFakeTimers();
    window.history.replaceState(null, '', '/');
    writes = jest.spyOn(window.history, 'replaceState');
  });
  afterEach(() => {
    writes.mockRestore();
    jest.useRealTimers();
  });

  it('shows each keystroke at once but writes the URL once, when typing pauses', () => {
    render(<Probe />);
    const box = screen.getByRole('textbox', { name: 'search' });
    for (const text of ['p', 'pl', 'pla', 'plan']) {
      fireEvent.change(box, { target: { value: text } });
      expect(screen.getByText(`shown: ${text}`)).toBeTruthy();
      act(() => { jest.advanceTimersByTime(TYPING_PAUSE_MS - 1); });
    }
    expect(writes).not.toHaveBeenCalled();
    expect(window.location.search).toBe('');
    act(() => { jest.advanceTimersByTime(1); });
    expect(writes).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?q=plan');
  });

  it('writes any other change at once, taking pending typing with it', () => {
    render(<Probe />);
    fireEvent.change(screen.getByRole('textbox', { name: 'search' }), { target: { value: 'waste' } });
    fireEvent.click(screen.getByRole('button', { name: 'tab b' }));
    expect(window.location.search).toBe('?q=waste&tab=b');
    act(() => { jest.advanceTimersByTime(TYPING_PAUSE_MS * 2); });
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it('writes pending typing when the view goes away before the pause', () => {
    const { unmount } = render(<Probe />);
    fireEvent.change(screen.getByRole('textbox', { name: 'search' }), { target: { value: 'bins' } });
    unmount();
    expect(window.location.search).toBe('?q=bins');
  });

  it('starts from what the URL holds', () => {
    window.history.replaceState(null, '', '/?q=licensing&tab=b');
    writes.mockClear();
    render(<Probe />);
    expect(screen.getByText('shown: licensing')).toBeTruthy();
    expect(writes).not.toHaveBeenCalled();
  });
});
