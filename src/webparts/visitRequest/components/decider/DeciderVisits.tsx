import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'VisitRequestWebPartStrings';
import { useDataLoad } from '../../../../common/hooks/useDataLoad';
import type { IVisitRequestService } from '../../../../data/visits/IVisitRequestService';
import { DecisionQueue } from './DecisionQueue';

/** A decider's "Awaiting my decision", or Democratic Services' view of every request. */
export function DeciderVisits(props: { service: IVisitRequestService; democraticServices: boolean; idPrefix: string }): React.ReactElement {
  const loader = React.useCallback(() => props.service.awaitingMyDecision(), [props.service]);
  const requests = useDataLoad(loader);
  return (
    <>
      <Text as="h3" variant="large" block>{props.democraticServices ? strings.AllTab : strings.QueueTab}</Text>
      <Text as="p" block>{props.democraticServices ? strings.AllIntro : strings.QueueIntro}</Text>
      <DecisionQueue requests={requests} service={props.service} canDecide={!props.democraticServices} idPrefix={props.idPrefix} />
    </>
  );
}
