import * as React from 'react';
import type { IMember, IMemberDirectoryData } from '../../../domain/members/types';
import type { IMemberDirectoryService } from '../../../data/members/IMemberDirectoryService';
import type { IStartedLoad } from '../../../common/hooks/startedLoad';
import { useDataLoad, type DataLoad } from '../../../common/hooks/useDataLoad';

export type DirectoryLoad = DataLoad<IMemberDirectoryData>;

export interface IDirectoryData {
  load: DirectoryLoad;
  retry: () => void;
  refresh: () => Promise<void>;
  /** Applies a saved change locally so the view updates without another round trip. */
  updateMember: (memberId: number, changes: Partial<IMember>) => void;
}

/** The member directory's data through the shared loading hook, adopting a read already started. */
export function useDirectoryData(service: IMemberDirectoryService, started?: IStartedLoad<IMemberDirectoryData>): IDirectoryData {
  const loader = React.useCallback(() => service.loadDirectory(), [service]);
  const { load, retry, refresh, update } = useDataLoad(loader, started);
  const updateMember = React.useCallback((memberId: number, changes: Partial<IMember>) => {
    update(data => ({ ...data, members: data.members.map(m => (m.id === memberId ? { ...m, ...changes } : m)) }));
  }, [update]);
  return { load, retry, refresh, updateMember };
}
