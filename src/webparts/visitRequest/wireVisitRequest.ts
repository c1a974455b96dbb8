import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import type { IHubWebPartProps } from '../../common/webpart/HubWebPart';
import { serviceCache } from '../../common/webpart/serviceCache';
import type { IVisitRequestService } from '../../data/visits/IVisitRequestService';
import { SpVisitRequestService } from '../../data/visits/SpVisitRequestService';
import { VisitRequest } from './components/VisitRequest';

export interface IVisitRequestWebPartProps extends IHubWebPartProps {
  title: string;
  /** The council's minimum notice for a visit; shorter notice is a warning, not a refusal. */
  minimumNoticeWorkingDays?: number;
}

/** The council's default when the property was never set (pages made before it existed). */
export const DEFAULT_MINIMUM_NOTICE_WORKING_DAYS = 5;

// One service per site and notice setting keeps its reference data.
const serviceFor = serviceCache<IVisitRequestService, number>(
  (sp, minimumNoticeWorkingDays) => new SpVisitRequestService(sp, { minimumNoticeWorkingDays }));

/**
 * The visit request web part as it ships: the web part class and the local preview both
 * render exactly this, so the preview and the browser tests exercise what goes to SharePoint.
 */
export function wireVisitRequest(sp: SPFI, instanceId: string, p: IVisitRequestWebPartProps): React.ReactElement {
  const days = typeof p.minimumNoticeWorkingDays === 'number' && p.minimumNoticeWorkingDays >= 0
    ? Math.round(p.minimumNoticeWorkingDays) : DEFAULT_MINIMUM_NOTICE_WORKING_DAYS;
  return React.createElement(VisitRequest, { title: p.title ?? '', service: serviceFor(sp, days), instanceId });
}
