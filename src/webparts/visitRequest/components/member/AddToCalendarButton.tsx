import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { buildVisitCalendar, calendarFileName, type IVisitCalendarEvent } from '../../../../domain/visits/visitCalendar';
import type { IVisitRequestView } from '../../../../domain/visits/types';
import { conditionLines } from '../shared/VisitRequestSummary';

/** How long the file's address lives: long enough for a slow browser to start the download, then it is freed. */
const URL_LIFETIME_MS = 60000;

/** The approved visit as the member's calendar holds it: where (the premises' address), when (the accepted date when one was), and the decider's conditions. */
export function visitCalendarEvent(request: IVisitRequestView, now: Date): IVisitCalendarEvent {
  const name = request.premises?.name ?? request.title;
  const conditions = request.decision && request.status === 'Approved with conditions' ? conditionLines(request.decision) : [];
  const description = [
    request.decidedBy ? formatText(strings.CalendarApprovedBy, request.decidedBy.name) : '',
    conditions.length ? [strings.CalendarConditions, ...conditions].join('\n') : '',
    formatText(strings.CalendarPurpose, request.purpose)
  ].filter(Boolean).join('\n\n');
  return {
    // The same request always gives the same UID, so adding it again updates the entry instead of doubling it.
    uid: `visit-request-${request.id}-${request.submissionKey}@member-officer-hub`,
    stamp: now.toISOString(),
    // The view's dates are the accepted proposed date's when the member accepted one.
    start: request.start,
    end: request.end,
    summary: formatText(strings.CalendarSummary, name),
    location: request.premises?.address ?? name,
    description
  };
}

/**
 * Downloads the visit as an .ics file for any calendar (Outlook, Google, Apple). The link
 * carries data-interception="off" so SharePoint's page router leaves the click to the
 * browser (https://learn.microsoft.com/sharepoint/dev/spfx/hyperlinking).
 */
export function AddToCalendarButton(props: { request: IVisitRequestView }): React.ReactElement {
  const { request } = props;
  const name = request.premises?.name ?? request.title;
  const download = (): void => {
    const file = new Blob([buildVisitCalendar(visitCalendarEvent(request, new Date()))], { type: 'text/calendar;charset=utf-8' });
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = calendarFileName(name);
    link.setAttribute('data-interception', 'off');
    link.style.display = 'none';
    // Firefox follows only a link that is in the document.
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
  };
  return (
    <DefaultButton iconProps={{ iconName: 'AddEvent' }} text={strings.AddToCalendar}
      ariaLabel={formatText(strings.ActionOnRequest, strings.AddToCalendar, name)} onClick={download} />
  );
}
