import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { startLoad, StartedLoads } from '../../src/common/hooks/startedLoad';
import { useDataLoad } from '../../src/common/hooks/useDataLoad';

function Shows(props: { loader: () => Promise<string>; started?: ReturnType<typeof startLoad<string>> }): React.ReactElement {
  const { load, retry } = useDataLoad(props.loader, props.started);
  return (
    <div>
      <p role="status">{load.status === 'ready' ? load.data : load.status}</p>
      <button type="button" onClick={retry}>Try again</button>
    </div>
  );
}

describe('a web part\u2019s first read started when it is wired', () => {
  it('is adopted by the first load instead of asking again, and a retry asks afresh', async () => {
    const asked: string[] = [];
    const loader = jest.fn(async () => { asked.push('loader'); return `answer ${asked.length}`; });
    const started = startLoad(async () => 'started early');
    render(<Shows loader={loader} started={started} />);
    expect(await screen.findByText('started early')).toBeTruthy();
    expect(loader).not.toHaveBeenCalled();
    await act(async () => { screen.getByRole('button', { name: 'Try again' }).click(); });
    expect(await screen.findByText('answer 1')).toBeTruthy();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('reports a failure of the early read as the load\u2019s failure, never as an unhandled rejection', async () => {
    const started = startLoad<string>(() => Promise.reject(new Error('offline')));
    // Nobody has taken it yet: no unhandled rejection may surface meanwhile.
    await new Promise(resolve => setTimeout(resolve, 0));
    render(<Shows loader={async () => 'later'} started={started} />);
    expect(await screen.findByText('failed')).toBeTruthy();
  });

  it('behaves as before without one: the loader is called once', async () => {
    const loader = jest.fn(async () => 'plain');
    render(<Shows loader={loader} />);
    expect(await screen.findByText('plain')).toBeTruthy();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('starts one read per service and web part instance however often SPFx re-renders, and hands it out once', () => {
    const reads: string[] = [];
    const loads = new StartedLoads<{ site: string }, string>(async s => { reads.push(s.site); return s.site; });
    const site = { site: 'hub' };
    const first = loads.for(site, 'instance-1');
    expect(loads.for(site, 'instance-1')).toBe(first);
    loads.for(site, 'instance-2');
    loads.for({ site: 'other' }, 'instance-1');
    expect(reads).toEqual(['hub', 'hub', 'other']);
    expect(first.take()).toBeInstanceOf(Promise);
    expect(first.take()).toBeUndefined();
    // Re-wired after the read was taken (a property change): nothing new is started.
    loads.for(site, 'instance-1');
    expect(reads).toHaveLength(3);
  });
});
