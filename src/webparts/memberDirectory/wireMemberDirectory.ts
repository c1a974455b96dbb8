import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import type { IHubWebPartProps } from '../../common/webpart/HubWebPart';
import { StartedLoads } from '../../common/hooks/startedLoad';
import { serviceCache } from '../../common/webpart/serviceCache';
import { pageUrlScope } from '../../common/webpart/pageUrlScopes';
import { REFINER_KEYS, type RefinerKey } from '../../domain/members/refiners';
import type { IMemberDirectoryService } from '../../data/members/IMemberDirectoryService';
import type { IMemberDirectoryData } from '../../domain/members/types';
import { SpMemberDirectoryService, type IMemberDirectoryOptions } from '../../data/members/SpMemberDirectoryService';
import { MemberDirectory } from './components/MemberDirectory';

/** Which refiners show, one flag each, because the property pane binds a checkbox to one property. */
export type RefinerFlags = { [K in RefinerKey as `show${Capitalize<K>}Refiner`]?: boolean };

export interface IMemberDirectoryWebPartProps extends IHubWebPartProps, RefinerFlags {
  title: string;
  defaultView: 'cards' | 'list';
  pageSize: number;
  /** The council's ModernGov site (https): photos imported from it are shown. */
  modernGovSite?: string;
  /** Months a former member's register of interests link stays after their term; blank: 12. */
  registerMonthsAfterTerm?: number;
}

export const refinerFlagFor = (key: RefinerKey): keyof RefinerFlags =>
  `show${key.charAt(0).toUpperCase()}${key.slice(1)}Refiner` as keyof RefinerFlags;

// One service (and its loaded data) per site and per setting that changes what it shows.
const serviceFor = serviceCache<IMemberDirectoryService>((sp, setting) => new SpMemberDirectoryService(sp, JSON.parse(setting) as IMemberDirectoryOptions));
// The first read goes out now, before React's first render (see startedLoad.ts).
const firstLoads = new StartedLoads<IMemberDirectoryService, IMemberDirectoryData>(service => service.loadDirectory());

/**
 * The member directory as it ships: the web part class and the local preview both render
 * exactly this, so the preview and the browser tests exercise what goes to SharePoint.
 */
export function wireMemberDirectory(sp: SPFI, instanceId: string, p: IMemberDirectoryWebPartProps): React.ReactElement {
  const options: IMemberDirectoryOptions = {
    modernGovSite: p.modernGovSite?.trim() || undefined,
    registerMonthsAfterTerm: typeof p.registerMonthsAfterTerm === 'number' && p.registerMonthsAfterTerm >= 0 ? p.registerMonthsAfterTerm : undefined
  };
  const service = serviceFor(sp, JSON.stringify(options));
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
