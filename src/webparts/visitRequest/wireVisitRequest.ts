import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import * as strings from 'VisitRequestWebPartStrings';
import type { IHubWebPartProps } from '../../common/webpart/HubWebPart';
import { serviceCache } from '../../common/webpart/serviceCache';
import type { IVisitRequestService } from '../../data/visits/IVisitRequestService';
import { SpVisitRequestService } from '../../data/visits/SpVisitRequestService';
import type { INotifier } from '../../data/notifications/INotifier';
import { VisitRequest } from './components/VisitRequest';
import { OfficerDirectoryContext } from './components/member/officerDirectoryContext';

export interface IVisitRequestWebPartProps extends IHubWebPartProps {
  title: string;
  /** The council's minimum notice for a visit; shorter notice is a warning, not a refusal. */
  minimumNoticeWorkingDays?: number;
  /**
   * Democratic Services' mailbox, told of requests nobody can be routed to (and of responses
   * on them). Set by whoever edits the page, never by a member; blank = nobody is emailed and
   * each such request is recorded as not notified.
   */
  democraticServicesEmail?: string;
  /** The officer directory ("Copy link" on one of its services, or its page), linked from premises members may not visit. */
  officerDirectoryUrl?: string;
}

/** A plain address, or blank; anything else is refused in the property pane and ignored here. */
export function democraticServicesAddress(value: string | undefined): string | undefined {
  const trimmed = (value ?? '').trim();
  return /^[^@\s<>",;]+@[^@\s<>",;]+\.[^@\s<>",;]+$/.test(trimmed) ? trimmed : undefined;
}

/** The council's default when the property was never set (pages made before it existed). */
export const DEFAULT_MINIMUM_NOTICE_WORKING_DAYS = 5;

// One service per site and settings keeps its reference data; the page's notifier is the same for every instance.
const serviceFor = serviceCache<IVisitRequestService, string, { days: number; democraticServicesEmail?: string; notifier: INotifier }>(
  (sp, _key, { days, democraticServicesEmail, notifier }) => new SpVisitRequestService(sp, {
    minimumNoticeWorkingDays: days, ...(democraticServicesEmail ? { democraticServicesEmail } : {}), notifications: { notifier, messages: strings }
  }));

function serviceOf(sp: SPFI, days: number, democraticServicesEmail: string | undefined, notifier: INotifier): IVisitRequestService {
  return serviceFor(sp, `${days}|${democraticServicesEmail ?? ''}`, { days, democraticServicesEmail, notifier });
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
  const visits = React.createElement(VisitRequest, { title: p.title ?? '', service: serviceOf(sp, days, democraticServicesAddress(p.democraticServicesEmail), notifier), instanceId });
  return React.createElement(OfficerDirectoryContext.Provider, { value: p.officerDirectoryUrl?.trim() || undefined }, visits);
}
