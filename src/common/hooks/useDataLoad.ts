import * as React from 'react';
import { toHubDataError, type HubDataError } from '../../data/hubDataError';
import type { IStartedLoad } from './startedLoad';

export type DataLoad<T> =
  | { status: 'loading' }
  | { status: 'failed'; error: HubDataError }
  | { status: 'ready'; data: T };

export interface IDataLoad<T> {
  load: DataLoad<T>;
  /** Starts again from the loading state (after a failure). */
  retry: () => void;
  /** Fetches again behind the current view (e.g. after a save conflict), keeping it on screen. */
  refresh: () => Promise<void>;
  /** Applies a saved change locally so the view updates without another round trip. */
  update: (change: (data: T) => T) => void;
}

/**
 * Loads a web part's data once per loader (give a stable one, e.g. a service method bound
 * in useCallback), ignoring answers that arrive after unmount or after a newer request.
 * `started`, when given, is the same read already under way (see startedLoad.ts): the
 * first load adopts it instead of asking again; retry and refresh always call `loader`.
 */
export function useDataLoad<T>(loader: () => Promise<T>, started?: IStartedLoad<T>): IDataLoad<T> {
  const [load, setLoad] = React.useState<DataLoad<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  React.useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    (started?.take() ?? loader()).then(
      data => { if (current) setLoad({ status: 'ready', data }); },
      (error: unknown) => { if (current) setLoad({ status: 'failed', error: toHubDataError(error) }); }
    );
    return () => { current = false; };
  }, [loader, started, attempt]);

  const retry = React.useCallback(() => setAttempt(n => n + 1), []);
  const refresh = React.useCallback(async (): Promise<void> => {
    const data = await loader();
    if (mounted.current) setLoad({ status: 'ready', data });
  }, [loader]);
  const update = React.useCallback((change: (data: T) => T) => {
    setLoad(previous => (previous.status !== 'ready' ? previous : { status: 'ready', data: change(previous.data) }));
  }, []);
  return { load, retry, refresh, update };
}
