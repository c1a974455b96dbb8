import * as React from 'react';
import * as strings from 'MemberDirectoryWebPartStrings';
import { useDataLoad } from '../../../common/hooks/useDataLoad';
import { LoadFailure } from '../../../common/components/states/LoadFailure';
import { LoadingState } from '../../../common/components/states/LoadingState';
import type { IAllocationViewProps } from './AllocationView';

// Only Democratic Services open the allocation of seats, once a year or so: its view and
// report load when they do, so nobody else's page carries them (SPFx splits a dynamic
// import into its own file: https://learn.microsoft.com/sharepoint/dev/spfx/dynamic-loading).
const loadAllocationView = (): Promise<React.ComponentType<IAllocationViewProps>> =>
  import(/* webpackChunkName: 'member-directory-allocation' */ './AllocationView').then(m => m.AllocationView);

/** The allocation of seats, loaded when first shown; a failed load says so and offers a retry. */
export function LazyAllocationView(props: IAllocationViewProps): React.ReactElement {
  const { load, retry } = useDataLoad(loadAllocationView);
  if (load.status === 'loading') return <LoadingState label={strings.LoadingLabel} rows={3} />;
  if (load.status === 'failed') return <LoadFailure error={load.error} onRetry={retry} strings={strings} />;
  const View = load.data;
  return <View {...props} />;
}
