import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import type { IHubWebPartProps } from '../../common/webpart/HubWebPart';
import { StartedLoads } from '../../common/hooks/startedLoad';
import { serviceCache } from '../../common/webpart/serviceCache';
import { pageUrlScope } from '../../common/webpart/pageUrlScopes';
import { REFINER_KEYS, type RefinerKey } from '../../domain/members/refiners';
import type { IMemberDirectoryService } from '../../data/members/IMemberDirectoryService';
import type { IMemberDirectoryData } from '../../domain/members/types';
import { SpMemberDirectoryService } from '../../data/members/SpMemberDirectoryService';
import { MemberDirectory } from './components/MemberDirectory';

/** Which refiners show, one flag each, because the property pane binds a checkbox to one property. */
export type RefinerFlags = { [K in RefinerKey as `show${Capitalize<K>}Refiner`]?: boolean };

export interface IMemberDirectoryWebPartProps extends IHubWebPartProps, RefinerFlags {
  title: string;
  defaultView: 'cards' | 'list';
  pageSize: number;
}

export const refinerFlagFor = (key: RefinerKey): keyof RefinerFlags =>
  `show${key.charAt(0).toUpperCase()}${key.slice(1)}Refiner` as keyof RefinerFlags;

// One service (and its loaded data) per site.
const serviceFor = serviceCache<IMemberDirectoryService>(sp => new SpMemberDirectoryService(sp));
// The first read goes out now, before React's first render (see startedLoad.ts).
const firstLoads = new StartedLoads<IMemberDirectoryService, IMemberDirectoryData>(service => service.loadDirectory());

/**
 * The member directory as it ships: the web part class and the local preview both render
 * exactly this, so the preview and the browser tests exercise what goes to SharePoint.
 */
export function wireMemberDirectory(sp: SPFI, instanceId: string, p: IMemberDirectoryWebPartProps): React.ReactElement {
  const service = serviceFor(sp, '');
  return React.createElement(MemberDirectory, {
    title: p.title ?? '',
    service,
    firstLoad: firstLoads.for(service, instanceId),
    defaultView: p.defaultView === 'list' ? 'list' : 'cards',
    pageSize: p.pageSize > 0 ? p.pageSize : 24,
    // A refiner shows unless its box was unticked (new refiners appear on old pages).
    refiners: REFINER_KEYS.filter(key => p[refinerFlagFor(key)] !== false),
    // The first member directory on a page keeps ?member=12 links working; others are prefixed.
    urlScope: pageUrlScope('memberDirectory', instanceId, true)
  });
}
