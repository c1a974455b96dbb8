import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useTypedText } from '../../src/common/hooks/useTypedText';
import { TYPING_PAUSE_MS } from '../../src/common/hooks/useUrlState';

function Box(props: { committed: string; onCommit: (text: string) => void }): React.ReactElement {
  const { text, type, commitNow } = useTypedText(props.committed, props.onCommit);
  return (
    <div>
      <input aria-label="search" value={text} onChange={e => type(e.target.value)} />
      <button type="button" onClick={() => commitNow('')}>clear</button>
    </div>
  );
}

describe('useTypedText', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  const box = (): HTMLInputElement => screen.getByRole('textbox', { name: 'search' });

  it('shows each key at once and hands the text on once, when typing pauses', () => {
    const commit = jest.fn();
    render(<Box committed="" onCommit={commit} />);
    for (const text of ['w', 'wa', 'was']) {
      fireEvent.change(box(), { target: { value: text } });
      expect(box().value).toBe(text);
      act(() => { jest.advanceTimersByTime(TYPING_PAUSE_MS - 1); });
    }
    expect(commit).not.toHaveBeenCalled();
    act(() => { jest.advanceTimersByTime(1); });
    expect(commit.mock.calls).toEqual([['was']]);
  });

  it('hands a clear on at once and drops what was waiting', () => {
    const commit = jest.fn();
    render(<Box committed="" onCommit={commit} />);
    fireEvent.change(box(), { target: { value: 'bins' } });
    fireEvent.click(screen.getByRole('button', { name: 'clear' }));
    act(() => { jest.advanceTimersByTime(TYPING_PAUSE_MS * 2); });
    expect(commit.mock.calls).toEqual([['']]);
    expect(box().value).toBe('');
  });

  it('takes a change made elsewhere over what is still waiting to be sent', () => {
    const commit = jest.fn();
    const { rerender } = render(<Box committed="" onCommit={commit} />);
    fireEvent.change(box(), { target: { value: 'plan' } });
    rerender(<Box committed="licensing" onCommit={commit} />);
    expect(box().value).toBe('licensing');
    act(() => { jest.advanceTimersByTime(TYPING_PAUSE_MS * 2); });
    expect(commit).not.toHaveBeenCalled();
  });

  it('does not echo its own text back when the committed value catches up', () => {
    const commit = jest.fn();
    const { rerender } = render(<Box committed="" onCommit={commit} />);
    fireEvent.change(box(), { target: { value: 'smi' } });
    act(() => { jest.advanceTimersByTime(TYPING_PAUSE_MS); });
    fireEvent.change(box(), { target: { value: 'smit' } });
    rerender(<Box committed="smi" onCommit={commit} />);
    expect(box().value).toBe('smit');
  });

  it('hands the text on when the view goes away before the pause', () => {
    const commit = jest.fn();
    const { unmount } = render(<Box committed="" onCommit={commit} />);
    fireEvent.change(box(), { target: { value: 'waste' } });
    unmount();
    expect(commit.mock.calls).toEqual([['waste']]);
  });
});
