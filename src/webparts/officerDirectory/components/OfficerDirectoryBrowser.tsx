import * as React from 'react';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { INotifier } from '../../../data/notifications/INotifier';
import type { IOfficerDirectoryService } from '../../../data/officers/IOfficerDirectoryService';
import { officerEntry, officerLookups } from '../../../domain/officers/officerIndex';
import type { IOfficerUrlState, OfficerDirectoryMode } from '../../../domain/officers/officerUrlState';
import type { UrlStateUpdate } from '../../../common/hooks/useUrlState';
import { Tabs, type ITab } from '../../../common/components/Tabs';
import { staleProfiles } from '../../../domain/officers/reviewStatus';
import type { IOfficerDirectoryData } from '../../../domain/officers/types';
import { LiaisonFinder } from './LiaisonFinder';
import { OfficerPanel } from './OfficerPanel';
import { OfficerSearch } from './OfficerSearch';
import { ReviewList } from './ReviewList';
import { useOfficerIndex } from './useOfficerIndex';

export interface IOfficerDirectoryBrowserProps {
  data: IOfficerDirectoryData;
  service: IOfficerDirectoryService;
  urlState: IOfficerUrlState;
  onUrlStateChange: UrlStateUpdate<IOfficerUrlState>;
  defaultMode: OfficerDirectoryMode;
  pageSize: number;
  reviewMonths: number;
  responseStandard: string;
  idPrefix: string;
  /** The web part's root element: where the button that opened the panel is found again. */
  rootRef: React.RefObject<HTMLElement>;
  /** Reads the directory again behind the view, after an officer saves their own profile. */
  onRefresh: () => Promise<void>;
  /** A shareable address of one service's liaison officers. */
  linkToService: (serviceId: number) => string;
  /** A shareable address of one officer's entry. */
  linkToOfficer: (officerId: number) => string;
  notifier: INotifier;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The loaded directory: find-my-liaison-officer, search and review views, and the officer panel over all three. */
export function OfficerDirectoryBrowser(props: IOfficerDirectoryBrowserProps): React.ReactElement {
  const { data, urlState, onUrlStateChange: update } = props;
  const today = React.useMemo(todayIso, []);
  const index = useOfficerIndex(props.service, data);
  const lookups = React.useMemo(() => officerLookups(data.services, data.directorates), [data]);
  const stale = React.useMemo(() => staleProfiles(data.liaisonOfficers, today, props.reviewMonths), [data, today, props.reviewMonths]);
  // Chasing reviews is Democratic Services' housekeeping: nobody else sees the tab, even from a link.
  const reviews = data.isDemocraticServices === true;
  const asked = urlState.mode ?? props.defaultMode;
  const mode = asked === 'reviews' && !reviews ? 'liaison' : asked;

  const panelEntry = React.useMemo(() => {
    if (urlState.officerId === undefined) return undefined;
    const found = index.entries.find(e => e.officer.id === urlState.officerId);
    if (found) return found;
    const liaison = data.liaisonOfficers.find(o => o.id === urlState.officerId);
    return liaison ? officerEntry(liaison, lookups) : undefined;
  }, [urlState.officerId, index.entries, data, lookups]);

  const lastOpened = React.useRef<number | undefined>(undefined);
  const open = React.useCallback((officerId: number) => {
    lastOpened.current = officerId;
    update({ officerId });
  }, [update]);
  const returnFocus = (): void => {
    const root = props.rootRef.current;
    if (!root) return;
    const opener = lastOpened.current === undefined
      ? undefined : root.querySelector<HTMLElement>(`[data-officer-open="${lastOpened.current}"]`);
    (opener ?? root.querySelector<HTMLElement>('[role="tablist"] button[aria-selected="true"]'))?.focus();
  };

  const tabs = React.useMemo<ITab<OfficerDirectoryMode>[]>(() => [
    { key: 'liaison', label: strings.ModeLiaison },
    { key: 'search', label: strings.ModeSearch },
    ...(reviews ? [{ key: 'reviews' as const, label: formatText(strings.ModeReviews, stale.length) }] : [])
  ], [stale.length, reviews]);
  const selectMode = React.useCallback((key: OfficerDirectoryMode) => update({ mode: key }), [update]);

  return (
    <>
      <Tabs tabs={tabs} selected={mode} onSelect={selectMode} label={strings.ModesLabel} idPrefix={props.idPrefix}>
        {mode === 'liaison' && (
          <LiaisonFinder data={data} urlState={urlState} onUrlStateChange={update} today={today} reviewMonths={props.reviewMonths}
            responseStandard={props.responseStandard} pageSize={props.pageSize} idPrefix={props.idPrefix} onOpen={open}
            linkToService={props.linkToService} />
        )}
        {mode === 'search' && (
          <OfficerSearch data={data} index={index} urlState={urlState} onUrlStateChange={update} today={today}
            reviewMonths={props.reviewMonths} pageSize={props.pageSize} idPrefix={props.idPrefix} onOpen={open} />
        )}
        {mode === 'reviews' && (
          <ReviewList stale={stale} services={lookups.services} reviewMonths={props.reviewMonths} onOpen={open}
            notifier={props.notifier} profileLink={props.linkToOfficer} />
        )}
      </Tabs>
      <OfficerPanel isOpen={urlState.officerId !== undefined} entry={panelEntry} stillLooking={!index.done && !index.error}
        services={lookups.services} today={today} reviewMonths={props.reviewMonths}
        service={props.service} currentUserId={data.currentUserId} idPrefix={props.idPrefix} onRefresh={props.onRefresh}
        onDismiss={() => update({ officerId: undefined })} onDismissed={returnFocus} />
    </>
  );
}
