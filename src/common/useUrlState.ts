import * as React from 'react';

/** How a web part's state is read from and written to the page's query string. */
export interface IUrlStateCodec<T> {
  decode(search: string): T;
  /** The new query string, keeping every parameter that is not this web part's. */
  encode(state: T, currentSearch: string): string;
}

function hasBrowserLocation(): boolean {
  return typeof window !== 'undefined' && !!window.location && !!window.history;
}

/**
 * A web part's state mirrored into the page URL so a view can be shared. replaceState,
 * not pushState: typing a search should not fill the Back button's history. The codec
 * must be stable (create it once per instance).
 */
export function useUrlState<T extends object>(codec: IUrlStateCodec<T>, empty: T): [T, (patch: Partial<T>) => void] {
  const [state, setState] = React.useState<T>(() => (hasBrowserLocation() ? codec.decode(window.location.search) : empty));
  const update = React.useCallback((patch: Partial<T>) => {
    setState(previous => ({ ...previous, ...patch }));
  }, []);
  React.useEffect(() => {
    if (!hasBrowserLocation()) return;
    const search = codec.encode(state, window.location.search);
    if (search === window.location.search) return;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [state, codec]);
  return [state, update];
}
