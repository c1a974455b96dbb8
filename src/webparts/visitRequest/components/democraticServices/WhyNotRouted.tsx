import * as React from 'react';
import * as strings from 'VisitRequestWebPartStrings';
import { Notice } from '../../../../common/components/Notice';
import { formatText } from '../../../../domain/shared/formatText';
import { listFormUrl } from '../../../../domain/shared/safeLinks';
import { describeRouting } from '../../../../domain/visits/describeRouting';
import { registerEntryToFix, type RegisterEntryToFix } from '../../../../domain/visits/registerEntryToFix';
import { visitUrgency, type VisitUrgency } from '../../../../domain/visits/visitUrgency';
import { directorates, premises, seniorRoles } from '../../../../schema/lists';
import type { UnroutableRequest } from './allRequestsView';

export interface IWhyNotRoutedProps {
  request: UnroutableRequest;
  /** The site holding the register (IVisitReferenceData.siteUrl). */
  siteUrl: string;
  /** This page, where the register's form returns after Save or Cancel. */
  returnTo: string;
  now: Date;
}

function urgencyText(urgency: VisitUrgency): string {
  switch (urgency.kind) {
    case 'passed': return strings.AllUrgencyPassed;
    case 'today': return strings.AllUrgencyToday;
    case 'workingDays':
      if (urgency.days === 0) return strings.AllUrgencyNextWorkingDay;
      return urgency.days === 1 ? strings.AllUrgencyOneDay : formatText(strings.AllUrgencyDays, urgency.days);
  }
}

function fixLink(entry: RegisterEntryToFix, siteUrl: string, returnTo: string): { href: string; text: string } | undefined {
  // Only the list's address is read off the schema: the rest of its definition stays out of the bundle.
  const href = entry.list === 'premises' ? listFormUrl(siteUrl, premises.url, { id: entry.itemId }, returnTo)
    : entry.list === 'directorates' ? listFormUrl(siteUrl, directorates.url, { id: entry.itemId }, returnTo)
      : listFormUrl(siteUrl, seniorRoles.url, 'new', returnTo);
  if (!href) return undefined;
  const text = entry.list === 'premises' ? formatText(strings.AllFixPremises, entry.name)
    : entry.list === 'directorates' ? formatText(strings.AllFixDirectorate, entry.name) : formatText(strings.AllFixSeniorRole, entry.role);
  return { href, text };
}

/** Why a request awaiting routing has no one to decide it, how soon the visit is, and the register entry that would route it. */
export function WhyNotRouted(props: IWhyNotRoutedProps): React.ReactElement {
  const { request } = props;
  const reason = describeRouting(request.routing, strings).reason;
  const urgency = visitUrgency(request.start, props.now);
  const entry = registerEntryToFix(request.routing.cause, request.premises);
  const link = entry && fixLink(entry, props.siteUrl, props.returnTo);
  return (
    <Notice intent="warning">
      <strong>{strings.AllCannotRoute}:</strong> {reason}
      {urgency && <> <strong>{urgencyText(urgency)}.</strong></>}
      {link && <> <a href={link.href}>{link.text}</a></>}
    </Notice>
  );
}
