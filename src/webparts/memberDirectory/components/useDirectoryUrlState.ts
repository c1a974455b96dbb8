import * as React from 'react';
import {
  decodeDirectoryUrl, EMPTY_URL_STATE, encodeDirectoryUrl, type IDirectoryUrlState
} from '../../../domain/members/directoryUrlState';

function hasBrowserLocation(): boolean {
  return typeof window !== 'undefined' && !!window.location && !!window.history;
}

/**
 * The directory's search, refiners and open profile, mirrored into the page URL so a
 * filtered view or a profile can be shared. replaceState, not pushState: typing a search
 * should not fill the Back button's history.
 */
export function useDirectoryUrlState(): [IDirectoryUrlState, (patch: Partial<IDirectoryUrlState>) => void] {
  const [state, setState] = React.useState<IDirectoryUrlState>(
    () => (hasBrowserLocation() ? decodeDirectoryUrl(window.location.search) : EMPTY_URL_STATE)
  );
  const update = React.useCallback((patch: Partial<IDirectoryUrlState>) => {
    setState(previous => ({ ...previous, ...patch }));
  }, []);
  React.useEffect(() => {
    if (!hasBrowserLocation()) return;
    const search = encodeDirectoryUrl(state, window.location.search);
    if (search === window.location.search) return;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [state]);
  return [state, update];
}
