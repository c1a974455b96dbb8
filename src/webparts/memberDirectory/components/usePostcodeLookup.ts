import * as React from 'react';
import { isHubDataError } from '../../../data/hubDataError';
import type { IMemberDirectoryService } from '../../../data/members/IMemberDirectoryService';
import type { IWard } from '../../../domain/members/types';
import { normalisePostcode } from '../../../domain/postcodes/normalisePostcode';

/** Where a postcode lookup stands. */
export type PostcodeLookup =
  | { kind: 'idle' }
  | { kind: 'notAPostcode'; typed: string }
  | { kind: 'searching'; postcode: string }
  | { kind: 'found'; postcode: string; ward: IWard; parish?: string }
  /** Not in the Postcodes list (outside the council, or newer than the last upload). */
  | { kind: 'unknown'; postcode: string }
  /** The site has no Postcodes list yet (an earlier release), or the lookup failed. */
  | { kind: 'unavailable'; reason: 'notSetUp' | 'failed' };

/**
 * Looks a typed postcode up, one request per search (never while the directory loads, so a
 * site without the Postcodes list still shows its councillors). A later search supersedes an
 * earlier one still in flight.
 */
export function usePostcodeLookup(service: IMemberDirectoryService, wards: readonly IWard[]): [PostcodeLookup, (typed: string) => void] {
  const [lookup, setLookup] = React.useState<PostcodeLookup>({ kind: 'idle' });
  const latest = React.useRef(0);
  React.useEffect(() => () => { latest.current = -1; }, []);
  const find = React.useCallback((typed: string) => {
    const postcode = normalisePostcode(typed);
    const search = ++latest.current;
    if (!postcode) {
      setLookup(typed.trim() ? { kind: 'notAPostcode', typed: typed.trim() } : { kind: 'idle' });
      return;
    }
    setLookup({ kind: 'searching', postcode });
    service.findPostcode(postcode).then(found => {
      if (search !== latest.current) return;
      const ward = found && wards.find(w => w.id === found.wardId);
      setLookup(found && ward ? { kind: 'found', postcode, ward, ...(found.parish ? { parish: found.parish } : {}) } : { kind: 'unknown', postcode });
    }, (error: unknown) => {
      if (search !== latest.current) return;
      setLookup({ kind: 'unavailable', reason: isHubDataError(error) && error.kind === 'listsMissing' ? 'notSetUp' : 'failed' });
    });
  }, [service, wards]);
  return [lookup, find];
}
