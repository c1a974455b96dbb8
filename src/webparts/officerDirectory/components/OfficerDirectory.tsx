import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { LoadFailure } from '../../../common/components/states/LoadFailure';
import { LoadingState } from '../../../common/components/states/LoadingState';
import type { IStartedLoad } from '../../../common/hooks/startedLoad';
import { useDataLoad } from '../../../common/hooks/useDataLoad';
import type { INotifier } from '../../../data/notifications/INotifier';
import type { IOfficerDirectoryService } from '../../../data/officers/IOfficerDirectoryService';
import { addressName } from '../../../domain/officers/officerIndex';
import { officerLink, serviceLink, type OfficerDirectoryMode } from '../../../domain/officers/officerUrlState';
import type { IUrlScope } from '../../../domain/shared/urlScope';
import type { IOfficer, IOfficerDirectoryData } from '../../../domain/officers/types';
import { OfficerDirectoryBrowser } from './OfficerDirectoryBrowser';
import { OfficerNaming } from './OfficerPieces';
import { useOfficerStyles } from './officerStyles';
import { useOfficerUrlState } from './useOfficerUrlState';

export interface IOfficerDirectoryProps {
  title: string;
  service: IOfficerDirectoryService;
  /** `service.loadDirectory()` already under way, started when the web part was wired. */
  firstLoad?: IStartedLoad<IOfficerDirectoryData>;
  defaultMode: OfficerDirectoryMode;
  pageSize: number;
  /** Liaison officer profiles older than this are marked as possibly out of date. */
  reviewMonths: number;
  /** The council's own response standard for members' enquiries; blank shows none. */
  responseStandard: string;
  /** Address officers by title and surname where they have a title. */
  formalNames: boolean;
  urlScope: IUrlScope;
  /** Email as the signed-in user: Democratic Services' reminders to review a profile. */
  notifier: INotifier;
}

/**
 * The officer directory: members find the right officer and each service's liaison
 * officers. Everything it needs from SharePoint comes through `service`.
 */
export function OfficerDirectory(props: IOfficerDirectoryProps): React.ReactElement {
  const classes = useOfficerStyles();
  const loader = React.useCallback(() => props.service.loadDirectory(), [props.service]);
  const { load, retry, refresh } = useDataLoad(loader, props.firstLoad);
  const [urlState, updateUrlState] = useOfficerUrlState(props.urlScope);
  const idPrefix = React.useRef(getId('officerDirectory')).current;
  const rootRef = React.useRef<HTMLElement>(null);
  const naming = React.useCallback((officer: IOfficer) => addressName(officer, props.formalNames), [props.formalNames]);
  const linkToService = React.useCallback((serviceId: number) => serviceLink(window.location.href, serviceId, props.urlScope), [props.urlScope]);
  const linkToOfficer = React.useCallback((officerId: number) => officerLink(window.location.href, officerId, props.urlScope), [props.urlScope]);
  const titleId = `${idPrefix}-title`;
  const title = props.title.trim();
  return (
    <OfficerNaming.Provider value={naming}>
      <section ref={rootRef} className={classes.root} aria-labelledby={title ? titleId : undefined}
        aria-label={title ? undefined : strings.ModeSearch}>
        {title && <Text as="h2" id={titleId} variant="xLarge" block>{title}</Text>}
        {load.status === 'loading' && <LoadingState label={strings.LoadingLabel} rows={3} />}
        {load.status === 'failed' && <LoadFailure error={load.error} onRetry={retry} strings={strings} />}
        {load.status === 'ready' && (
          <OfficerDirectoryBrowser data={load.data} service={props.service} urlState={urlState} onUrlStateChange={updateUrlState}
            defaultMode={props.defaultMode} pageSize={props.pageSize} reviewMonths={props.reviewMonths}
            responseStandard={props.responseStandard} idPrefix={idPrefix} rootRef={rootRef} onRefresh={refresh}
            linkToService={linkToService} linkToOfficer={linkToOfficer} notifier={props.notifier} />
        )}
      </section>
    </OfficerNaming.Provider>
  );
}
