import * as React from 'react';
import { renderHubElement, unmountHubElement } from '../../src/common/webpart/renderHubElement';

const turn = (): Promise<void> => new Promise(resolve => setTimeout(resolve, 0));

describe('rendering a Hub web part into its element', () => {
  it('lets requests queued two event-loop turns deep (as PnPjs queues a $batch) go out before the first render', async () => {
    const events: string[] = [];
    const domElement = document.createElement('div');
    // What wiring does: PnPjs schedules the request, and the batch schedules its send again.
    setTimeout(() => setTimeout(() => events.push('request sent'), 0), 0);
    renderHubElement(<p>Officers</p>, domElement, undefined, () => events.push('rendered'));
    expect(domElement.textContent).toBe('');
    await turn();
    await turn();
    await turn();
    expect(events).toEqual(['request sent', 'rendered']);
    expect(domElement.textContent).toBe('Officers');
    unmountHubElement(domElement);
  });

  it('renders later changes at once, and only the latest of renders asked for before the first', async () => {
    const domElement = document.createElement('div');
    const rendered = jest.fn();
    renderHubElement(<p>first</p>, domElement, undefined, rendered);
    renderHubElement(<p>second</p>, domElement, undefined, rendered);
    await turn();
    await turn();
    expect(domElement.textContent).toBe('second');
    expect(rendered).toHaveBeenCalledTimes(2);
    renderHubElement(<p>third</p>, domElement, undefined, rendered);
    expect(domElement.textContent).toBe('third');
    unmountHubElement(domElement);
    expect(domElement.textContent).toBe('');
  });

  it('renders nothing when disposed before its first turn came', async () => {
    const domElement = document.createElement('div');
    renderHubElement(<p>gone</p>, domElement, undefined);
    unmountHubElement(domElement);
    await turn();
    await turn();
    expect(domElement.textContent).toBe('');
  });
});
