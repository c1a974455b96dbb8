import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'MemberDirectoryWebPartStrings';
import { LoadFailure } from '../../../common/components/states/LoadFailure';
import { LoadingState } from '../../../common/components/states/LoadingState';
import type { IStartedLoad } from '../../../common/hooks/startedLoad';
import type { IMemberDirectoryData } from '../../../domain/members/types';
import type { RefinerKey } from '../../../domain/members/refiners';
import { UNSCOPED, type IUrlScope } from '../../../domain/shared/urlScope';
import { profileLink } from '../../../domain/members/directoryUrlState';
import type { IMemberDirectoryService } from '../../../data/members/IMemberDirectoryService';
import { DirectoryBrowser } from './DirectoryBrowser';
import { useDirectoryStyles } from './directoryStyles';
import { useDirectoryData } from './useDirectoryData';
import { useDirectoryUrlState } from './useDirectoryUrlState';

export interface IMemberDirectoryProps {
  title: string;
  service: IMemberDirectoryService;
  /** `service.loadDirectory()` already under way, started when the web part was wired. */
  firstLoad?: IStartedLoad<IMemberDirectoryData>;
  defaultView: 'cards' | 'list';
  pageSize: number;
  refiners: RefinerKey[];
  /** Where this instance keeps its state in the page URL (see domain/shared/urlScope); default unscoped. */
  urlScope?: IUrlScope;
}

/**
 * The member directory: officers find and understand their councillors. Works anywhere
 * React does; everything it needs from SharePoint comes through `service`.
 */
export function MemberDirectory(props: IMemberDirectoryProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const { load, retry, refresh, updateMember } = useDirectoryData(props.service, props.firstLoad);
  const urlScope = props.urlScope ?? UNSCOPED;
  const [urlState, updateUrlState] = useDirectoryUrlState(urlScope);
  const linkToProfile = React.useCallback((memberId: number) => profileLink(window.location.href, memberId, urlScope), [urlScope]);
  const idPrefix = React.useRef(getId('memberDirectory')).current;
  const rootRef = React.useRef<HTMLElement>(null);
  const titleId = `${idPrefix}-title`;
  const title = props.title.trim();
  return (
    <section ref={rootRef} className={classes.root} aria-labelledby={title ? titleId : undefined}
      aria-label={title ? undefined : strings.TabMembers}>
      {title && <h2 id={titleId} className={classes.title} tabIndex={-1}>{title}</h2>}
      {load.status === 'loading' && <LoadingState label={strings.LoadingLabel} rows={Math.min(6, Math.max(3, props.pageSize))} />}
      {load.status === 'failed' && <LoadFailure error={load.error} onRetry={retry} strings={strings} />}
      {load.status === 'ready' && (
        <DirectoryBrowser data={load.data} service={props.service} urlState={urlState} onUrlStateChange={updateUrlState}
          defaultView={props.defaultView} pageSize={props.pageSize} refiners={props.refiners} idPrefix={idPrefix}
          rootRef={rootRef} onRefresh={refresh} onMemberChanged={updateMember} linkToProfile={linkToProfile} />
      )}
    </section>
  );
}
