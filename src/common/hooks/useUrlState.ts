import * as React from 'react';

/** How a web part's state is read from and written to the page's query string. */
export interface IUrlStateCodec<T> {
  decode(search: string): T;
  /** The new query string, keeping every parameter that is not this web part's. */
  encode(state: T, currentSearch: string): string;
}

export interface IUrlStateUpdateOptions {
  /**
   * The change is a keystroke in a search box: the URL follows once typing pauses.
   * Chromium's replaceState restyles and lays out the whole page at once, which on every
   * key cost more than the search itself.
   */
  typing?: boolean;
}

export type UrlStateUpdate<T> = (patch: Partial<T>, options?: IUrlStateUpdateOptions) => void;

/** How long typing must pause before the URL is written. */
export const TYPING_PAUSE_MS = 400;

function hasBrowserLocation(): boolean {
  return typeof window !== 'undefined' && !!window.location && !!window.history;
}

/**
 * A web part's state mirrored into the page URL so a view can be shared. replaceState,
 * not pushState: typing a search should not fill the Back button's history. The codec
 * must be stable (create it once per instance).
 */
export function useUrlState<T extends object>(codec: IUrlStateCodec<T>, empty: T): [T, UrlStateUpdate<T>] {
  const [state, setState] = React.useState<T>(() => (hasBrowserLocation() ? codec.decode(window.location.search) : empty));
  const typing = React.useRef(false);
  const update = React.useCallback<UrlStateUpdate<T>>((patch, options) => {
    typing.current = !!options?.typing;
    setState(previous => ({ ...previous, ...patch }));
  }, []);
  const pending = React.useRef<{ timer: ReturnType<typeof setTimeout>; write: () => void } | undefined>(undefined);
  React.useEffect(() => {
    if (!hasBrowserLocation()) return;
    const write = (): void => {
      pending.current = undefined;
      const search = codec.encode(state, window.location.search);
      if (search === window.location.search) return;
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    };
    if (pending.current) clearTimeout(pending.current.timer);
    if (typing.current) pending.current = { timer: setTimeout(write, TYPING_PAUSE_MS), write };
    else write();
  }, [state, codec]);
  // A view left while typing still gets its URL.
  React.useEffect(() => () => pending.current?.write(), []);
  return [state, update];
}
