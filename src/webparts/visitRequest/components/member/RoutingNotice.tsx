import * as React from 'react';
import { Notice } from '../../../../common/components/Notice';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { describeRouting, type IPremisesOption, type VisitRouting } from '../../../../domain/visits';

/** "Jane Smith, Director of Place" where the Director decides; a stand-in or senior role is named in the why. */
function deciderTitle(routing: Extract<VisitRouting, { kind: 'routed' }>, premises: IPremisesOption): string {
  return routing.route === 'Owning Director' && !routing.standIn && premises.owningDirectorateName
    ? formatText(strings.DeciderDirectorOf, routing.deciderName, premises.owningDirectorateName)
    : routing.deciderName;
}

/**
 * Who will decide and why, before the member sends (protocol 004 §20: the Chief Financial
 * Officer, the Deputy Chief Executive or the appropriate Director), worked out from the
 * register exactly as the service will; a premises with no route goes to Democratic Services.
 */
export function RoutingNotice(props: { routing: VisitRouting | undefined; premises: IPremisesOption }): React.ReactElement {
  const { routing, premises } = props;
  if (!routing || routing.kind === 'excluded') return <></>;
  const words = describeRouting(routing, strings);
  if (routing.kind === 'unroutable') {
    return <Notice intent="info">{formatText(strings.RoutingUnroutable, words.reason ?? '')}</Notice>;
  }
  return (
    // For a stand-in, the why already says who is away and who decides instead: said once.
    <Notice intent="info">{formatText(strings.RoutingRouted, deciderTitle(routing, premises), words.why ?? '')}</Notice>
  );
}
