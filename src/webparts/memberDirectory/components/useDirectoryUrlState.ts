import * as React from 'react';
import {
  decodeDirectoryUrl, EMPTY_URL_STATE, encodeDirectoryUrl, type IDirectoryUrlState
} from '../../../domain/members/directoryUrlState';
import type { IUrlScope } from '../../../domain/shared/urlScope';
import { useUrlState, type IUrlStateCodec, type UrlStateUpdate } from '../../../common/hooks/useUrlState';

/** The directory's search, refiners and open profile in this instance's URL parameters. */
export function useDirectoryUrlState(scope: IUrlScope): [IDirectoryUrlState, UrlStateUpdate<IDirectoryUrlState>] {
  const codec = React.useMemo<IUrlStateCodec<IDirectoryUrlState>>(() => ({
    decode: search => decodeDirectoryUrl(search, scope),
    encode: (state, current) => encodeDirectoryUrl(state, current, scope)
  }), [scope]);
  return useUrlState(codec, EMPTY_URL_STATE);
}
