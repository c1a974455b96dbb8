import * as React from 'react';
import type { IMember, IMemberDirectoryData } from '../../../domain/members/types';
import { toMemberDirectoryError } from '../../../data/members/toMemberDirectoryError';
import type { IMemberDirectoryService, MemberDirectoryError } from '../../../data/members/IMemberDirectoryService';

export type DirectoryLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: MemberDirectoryError }
  | { status: 'ready'; data: IMemberDirectoryData };

export interface IDirectoryData {
  load: DirectoryLoad;
  /** Starts again from the loading state (after a failure). */
  retry: () => void;
  /** Fetches again behind the current view (e.g. after a save conflict), keeping it on screen. */
  refresh: () => Promise<void>;
  /** Applies a saved change locally so the view updates without another round trip. */
  updateMember: (memberId: number, changes: Partial<IMember>) => void;
}

/** Loads the directory once per service, ignoring answers that arrive after unmount. */
export function useDirectoryData(service: IMemberDirectoryService): IDirectoryData {
  const [load, setLoad] = React.useState<DirectoryLoad>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  React.useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    service.loadDirectory().then(
      data => { if (current) setLoad({ status: 'ready', data }); },
      (error: unknown) => { if (current) setLoad({ status: 'failed', error: toMemberDirectoryError(error) }); }
    );
    return () => { current = false; };
  }, [service, attempt]);

  const retry = React.useCallback(() => setAttempt(n => n + 1), []);
  const refresh = React.useCallback(async (): Promise<void> => {
    const data = await service.loadDirectory();
    if (mounted.current) setLoad({ status: 'ready', data });
  }, [service]);
  const updateMember = React.useCallback((memberId: number, changes: Partial<IMember>) => {
    setLoad(previous => previous.status !== 'ready' ? previous : {
      status: 'ready',
      data: { ...previous.data, members: previous.data.members.map(m => (m.id === memberId ? { ...m, ...changes } : m)) }
    });
  }, []);
  return { load, retry, refresh, updateMember };
}
