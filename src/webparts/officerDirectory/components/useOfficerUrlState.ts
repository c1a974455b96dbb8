import * as React from 'react';
import {
  decodeOfficerUrl, EMPTY_OFFICER_URL_STATE, encodeOfficerUrl, type IOfficerUrlState
} from '../../../domain/officers/officerUrlState';
import type { IUrlScope } from '../../../domain/shared/urlScope';
import { useUrlState, type IUrlStateCodec, type UrlStateUpdate } from '../../../common/hooks/useUrlState';

/** The directory's mode, searches, refiners and open officer in this instance's URL parameters. */
export function useOfficerUrlState(scope: IUrlScope): [IOfficerUrlState, UrlStateUpdate<IOfficerUrlState>] {
  const codec = React.useMemo<IUrlStateCodec<IOfficerUrlState>>(() => ({
    decode: search => decodeOfficerUrl(search, scope),
    encode: (state, current) => encodeOfficerUrl(state, current, scope)
  }), [scope]);
  return useUrlState(codec, EMPTY_OFFICER_URL_STATE);
}
