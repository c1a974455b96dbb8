import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import * as strings from 'VisitRequestWebPartStrings';
import type { IHubWebPartProps } from '../../common/HubWebPart';
import type { IVisitRequestService } from '../../data/visits/IVisitRequestService';
import { SpVisitRequestService } from '../../data/visits/SpVisitRequestService';
import type { INotifier } from '../../data/notifications/INotifier';
import { VisitRequest } from './components/VisitRequest';

export interface IVisitRequestWebPartProps extends IHubWebPartProps {
  title: string;
  /** The council's minimum notice for a visit; shorter notice is a warning, not a refusal. */
  minimumNoticeWorkingDays?: number;
}

/** The council's default when the property was never set (pages made before it existed). */
export const DEFAULT_MINIMUM_NOTICE_WORKING_DAYS = 5;

// getSP caches one SPFI per site; one service per site and notice setting keeps its reference data.
const services = new WeakMap<SPFI, Map<number, IVisitRequestService>>();

function serviceFor(sp: SPFI, minimumNoticeWorkingDays: number, notifier: INotifier): IVisitRequestService {
  let bySetting = services.get(sp);
  if (!bySetting) {
    bySetting = new Map();
    services.set(sp, bySetting);
  }
  let service = bySetting.get(minimumNoticeWorkingDays);
  if (!service) {
    service = new SpVisitRequestService(sp, { minimumNoticeWorkingDays, notifications: { notifier, messages: strings } });
    bySetting.set(minimumNoticeWorkingDays, service);
  }
  return service;
}

/**
 * The visit request web part as it ships: the web part class and the local preview both
 * render exactly this, so the preview and the browser tests exercise what goes to SharePoint.
 * The notifier is Microsoft Graph as the signed-in user: SPFx's client in SharePoint, a
 * fetch client pointed at the emulator in the preview.
 */
export function wireVisitRequest(sp: SPFI, instanceId: string, p: IVisitRequestWebPartProps, notifier: INotifier): React.ReactElement {
  const days = typeof p.minimumNoticeWorkingDays === 'number' && p.minimumNoticeWorkingDays >= 0
    ? Math.round(p.minimumNoticeWorkingDays) : DEFAULT_MINIMUM_NOTICE_WORKING_DAYS;
  return React.createElement(VisitRequest, { title: p.title ?? '', service: serviceFor(sp, days, notifier), instanceId });
}
