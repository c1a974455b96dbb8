import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Notice } from '../../src/common/components/Notice';
import { LoadingState } from '../../src/common/components/states/LoadingState';
import { ErrorState } from '../../src/common/components/states/ErrorState';

describe('Notice', () => {
  it('is read out as an alert for errors and severe warnings, and as a status otherwise', () => {
    render(<>
      <Notice intent="error">Could not save</Notice>
      <Notice intent="severeWarning">Premises closed</Notice>
      <Notice intent="warning">Short notice</Notice>
      <Notice intent="info">Draft restored</Notice>
      <Notice intent="success">Saved</Notice>
    </>);
    expect(screen.getAllByRole('alert').map(e => e.textContent)).toEqual(['Could not save', 'Premises closed']);
    expect(screen.getAllByRole('status').map(e => e.textContent)).toEqual(['Short notice', 'Draft restored', 'Saved']);
    expect(screen.getAllByRole('alert').map(e => e.getAttribute('aria-live'))).toEqual(['assertive', 'assertive']);
  });

  it('lets a caller choose the role, shows its actions, and closes with a labelled button', () => {
    const dismissed = jest.fn();
    render(<Notice intent="error" role="status" actions={<button type="button">Try again</button>} onDismiss={dismissed} dismissLabel="Close">
      Saved, but the email did not go
    </Notice>);
    expect(screen.getByRole('status').textContent).toBe('Saved, but the email did not go');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(dismissed).toHaveBeenCalledTimes(1);
  });
});

describe('loading and error states', () => {
  it('announces loading once, busy, with the placeholder shapes hidden from screen readers', () => {
    render(<LoadingState label="Loading councillors…" rows={3} />);
    const status = screen.getByRole('status', { name: 'Loading councillors…' });
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(status.firstElementChild?.getAttribute('aria-hidden')).toBe('true');
    expect(status.firstElementChild?.children).toHaveLength(3);
  });

  it('reports a failure as an alert with a heading, its message and "Try again"', () => {
    const retry = jest.fn();
    render(<ErrorState title="Couldn’t load" message="The connection failed." retryLabel="Try again" onRetry={retry} />);
    expect(screen.getByRole('alert').textContent).toBe('Couldn’t loadThe connection failed.');
    expect(screen.getByRole('heading', { name: 'Couldn’t load' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
