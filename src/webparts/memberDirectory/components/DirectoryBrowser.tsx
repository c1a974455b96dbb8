import * as React from 'react';
import * as strings from 'MemberDirectoryWebPartStrings';
import { isoDate } from '../../../domain/members/currentRecords';
import { buildDirectoryIndex } from '../../../domain/members/directoryIndex';
import type { DirectoryLayout, DirectoryTab, IDirectoryUrlState } from '../../../domain/members/directoryUrlState';
import type { UrlStateUpdate } from '../../../common/hooks/useUrlState';
import { Tabs, type ITab } from '../../../common/components/Tabs';
import type { RefinerKey } from '../../../domain/members/refiners';
import type { IMember, IMemberDirectoryData, IOwnProfileChanges, ISelfDescription } from '../../../domain/members/types';
import type { IMemberDirectoryService, ISavedSelfDescription } from '../../../data/members/IMemberDirectoryService';
import { DataNotice } from './DataNotice';
import { AllocationView } from './AllocationView';
import { CommitteeView } from './CommitteeView';
import { MemberProfilePanel } from './MemberProfilePanel';
import { MembersTab } from './MembersTab';
import { PostcodeFinder } from './PostcodeFinder';


const TABS: ITab<DirectoryTab>[] = [
  { key: 'members', label: strings.TabMembers },
  { key: 'committees', label: strings.TabCommittees }
];
/** Democratic Services also prepare the allocation of seats for the annual meeting. */
const DEMOCRATIC_SERVICES_TABS: ITab<DirectoryTab>[] = [...TABS, { key: 'allocation', label: strings.TabAllocation }];
export interface IDirectoryBrowserProps {
  data: IMemberDirectoryData;
  service: IMemberDirectoryService;
  urlState: IDirectoryUrlState;
  onUrlStateChange: UrlStateUpdate<IDirectoryUrlState>;
  defaultView: DirectoryLayout;
  pageSize: number;
  refiners: RefinerKey[];
  idPrefix: string;
  /** The web part's root element: where the card that opened a profile is found again. */
  rootRef: React.RefObject<HTMLElement>;
  onRefresh: () => Promise<void>;
  onMemberChanged: (memberId: number, changes: Partial<IMember>) => void;
  /** A shareable address of one profile. */
  linkToProfile: (memberId: number) => string;
}

/** What the directory shows after a save, without reading the list again. */
function selfFromSaved(changes: IOwnProfileChanges, saved: ISavedSelfDescription): ISelfDescription {
  return {
    itemId: saved.itemId, etag: saved.etag, skills: changes.skills, biography: changes.biography || undefined,
    contactPreference: changes.contactPreference || undefined,
    sharedMobile: changes.shareMobile ? changes.mobile || undefined : undefined,
    sharedHomePhone: changes.shareHomePhone ? changes.homePhone || undefined : undefined
  };
}

/** The loaded directory: councillor and committee tabs, and the profile panel over both. */
export function DirectoryBrowser(props: IDirectoryBrowserProps): React.ReactElement {
  const { data, urlState, onUrlStateChange: update } = props;
  const today = React.useMemo(() => isoDate(new Date()), []);
  const entries = React.useMemo(
    () => buildDirectoryIndex(data, { today, includeFormer: urlState.showFormer }),
    [data, today, urlState.showFormer]
  );
  // A shared link may name a former member; open their profile rather than "not found".
  const profileEntry = React.useMemo(() => {
    if (urlState.memberId === undefined) return undefined;
    const shown = entries.find(e => e.member.id === urlState.memberId);
    if (shown) return shown;
    return buildDirectoryIndex(data, { today, includeFormer: true }).find(e => e.member.id === urlState.memberId);
  }, [entries, data, today, urlState.memberId]);

  const lastOpened = React.useRef<number | undefined>(undefined);
  // The button pressed, when there is one: a councillor can be opened from the postcode finder and from their card alike.
  const openerButton = React.useRef<HTMLElement | undefined>(undefined);
  const open = React.useCallback((memberId: number) => {
    lastOpened.current = memberId;
    const active = typeof document === 'undefined' ? null : document.activeElement;
    openerButton.current = active instanceof HTMLElement && active.getAttribute('data-member-open') === String(memberId) ? active : undefined;
    update({ memberId });
  }, [update]);
  const returnFocus = (): void => {
    const root = props.rootRef.current;
    if (!root) return;
    if (openerButton.current?.isConnected) {
      openerButton.current.focus();
      return;
    }
    const opener = lastOpened.current === undefined
      ? undefined : root.querySelector<HTMLElement>(`[data-member-open="${lastOpened.current}"]`);
    (opener ?? root.querySelector<HTMLElement>('h2, [role="tablist"] button'))?.focus();
  };

  const selectTab = React.useCallback((tab: DirectoryTab) => update({ tab }), [update]);
  const isDemocraticServices = data.currentUser?.isDemocraticServices === true;
  // A shared link to the allocation opens the members tab for anyone else.
  const tab = urlState.tab === 'allocation' && !isDemocraticServices ? 'members' : urlState.tab;

  return (
    <>
      {isDemocraticServices && <DataNotice data={data} today={today} />}
      <Tabs tabs={isDemocraticServices ? DEMOCRATIC_SERVICES_TABS : TABS} selected={tab} onSelect={selectTab} idPrefix={props.idPrefix}>
        {tab === 'members' && (
          <PostcodeFinder service={props.service} wards={data.wards} entries={entries} onOpen={open} idPrefix={props.idPrefix} />
        )}
        {tab === 'members' && (
          <MembersTab entries={entries} urlState={urlState} onUrlStateChange={update} defaultLayout={props.defaultView}
            pageSize={props.pageSize} refinerKeys={props.refiners} onOpen={open} idPrefix={props.idPrefix} />
        )}
        {tab === 'committees' && (
          <CommitteeView data={data} committeeId={urlState.committeeId} today={today}
            onCommitteeChange={committeeId => update({ committeeId })} onOpen={open} />
        )}
        {tab === 'allocation' && <AllocationView data={data} today={today} />}
      </Tabs>
      <MemberProfilePanel isOpen={urlState.memberId !== undefined} entry={profileEntry}
        currentUserId={data.currentUser?.id} service={props.service} today={today} idPrefix={props.idPrefix}
        linkToProfile={props.linkToProfile}
        onDismiss={() => update({ memberId: undefined })} onDismissed={returnFocus} onReload={props.onRefresh}
        onSaved={(memberId, changes, saved) => props.onMemberChanged(memberId, { self: selfFromSaved(changes, saved) })} />
    </>
  );
}
