import * as React from 'react';
import { toHubDataError, type HubDataError } from '../../../data/hubDataError';
import type { IOfficerDirectoryService } from '../../../data/officers/IOfficerDirectoryService';
import { officerEntry, officerLookups, type IOfficerEntry } from '../../../domain/officers/officerIndex';
import { bySurname } from '../../../domain/officers/searchOfficers';
import type { IOfficerDirectoryData, IOfficerIndexProgress } from '../../../domain/officers/types';

export interface IOfficerIndexState {
  /** In surname order: every officer read so far, or the liaison officers until the first page lands. */
  entries: IOfficerEntry[];
  /** Officer rows read so far; 0 until the first page lands. */
  read: number;
  done: boolean;
  error?: HubDataError;
}

/**
 * The search index: liaison officers at once (they came with the first load), then every
 * officer as the background read brings them, a page at a time. Each officer's entry is
 * built once when their page lands, so a keystroke only scans prepared text.
 */
export function useOfficerIndex(service: IOfficerDirectoryService, data: IOfficerDirectoryData): IOfficerIndexState {
  const lookups = React.useMemo(() => officerLookups(data.services, data.directorates), [data]);
  const initial = React.useMemo<IOfficerIndexState>(() => ({
    entries: data.liaisonOfficers.map(o => officerEntry(o, lookups)).sort(bySurname), read: 0, done: false
  }), [data, lookups]);
  const [state, setState] = React.useState<IOfficerIndexState>(initial);

  React.useEffect(() => {
    let current = true;
    let built: IOfficerEntry[] = [];
    setState(initial);
    // The background read carries search columns only; liaison officers keep their full rows.
    const liaison = new Map(data.liaisonOfficers.map(o => [o.id, o]));
    const onPage = (progress: IOfficerIndexProgress): void => {
      if (!current) return;
      built = built.concat(progress.officers.slice(built.length).map(o => officerEntry(liaison.get(o.id) ?? o, lookups)));
      const entries = built.slice().sort(bySurname);
      setState({ entries, read: progress.read, done: progress.done });
    };
    service.loadAllOfficers(onPage).catch((error: unknown) => {
      if (current) setState(previous => ({ ...previous, error: toHubDataError(error) }));
    });
    return () => { current = false; };
  }, [service, data, initial, lookups]);
  return state;
}
