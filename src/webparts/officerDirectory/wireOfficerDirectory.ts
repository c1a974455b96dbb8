import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import type { IHubWebPartProps } from '../../common/webpart/HubWebPart';
import { StartedLoads } from '../../common/hooks/startedLoad';
import { serviceCache } from '../../common/webpart/serviceCache';
import { DEFAULT_REVIEW_MONTHS } from '../../domain/officers/reviewStatus';
import { urlScopeFor } from '../../domain/shared/urlScope';
import type { INotifier } from '../../data/notifications/INotifier';
import type { IOfficerDirectoryService } from '../../data/officers/IOfficerDirectoryService';
import type { IOfficerDirectoryData } from '../../domain/officers/types';
import { SpOfficerDirectoryService } from '../../data/officers/SpOfficerDirectoryService';
import { OfficerDirectory } from './components/OfficerDirectory';

export interface IOfficerDirectoryWebPartProps extends IHubWebPartProps {
  title: string;
  defaultMode: 'liaison' | 'search';
  pageSize: number;
  reviewMonths: number;
  responseStandard?: string;
  formalNames?: boolean;
}

// One service (and its officer index) per site.
const serviceFor = serviceCache<IOfficerDirectoryService>(sp => new SpOfficerDirectoryService(sp));
// The first read goes out now, while React renders the loading state (see startedLoad.ts).
const firstLoads = new StartedLoads<IOfficerDirectoryService, IOfficerDirectoryData>(service => service.loadDirectory());

/**
 * The officer directory as it ships: the web part class and the local preview both render
 * exactly this, so the preview and the browser tests exercise what goes to SharePoint.
 * The notifier is Microsoft Graph as the signed-in user (Democratic Services' review reminders).
 */
export function wireOfficerDirectory(sp: SPFI, instanceId: string, p: IOfficerDirectoryWebPartProps, notifier: INotifier): React.ReactElement {
  const service = serviceFor(sp, '');
  return React.createElement(OfficerDirectory, {
    title: p.title ?? '',
    service,
    firstLoad: firstLoads.for(service, instanceId),
    defaultMode: p.defaultMode === 'search' ? 'search' : 'liaison',
    pageSize: p.pageSize > 0 ? Math.round(p.pageSize) : 20,
    reviewMonths: p.reviewMonths > 0 ? Math.round(p.reviewMonths) : DEFAULT_REVIEW_MONTHS,
    // The council's own words or nothing: the product never invents a standard.
    responseStandard: p.responseStandard ?? '',
    formalNames: p.formalNames === true,
    urlScope: urlScopeFor(instanceId),
    notifier
  });
}
