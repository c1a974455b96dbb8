import * as React from 'react';
import { Notice } from '../../../common/Notice';
import * as strings from 'VisitRequestWebPartStrings';
import type { IVisitFlag, IVisitWarning } from '../../../domain/visits/types';

/** Things the member and the decider should weigh (short notice, a sensitive period…); none stops a request. */
export function VisitWarnings(props: { warnings: readonly IVisitWarning[] }): React.ReactElement {
  if (!props.warnings.length) return <></>;
  return (
    <Notice intent="warning">
      <strong>{strings.WarningsTitle}</strong>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {props.warnings.map(w => <li key={`${w.kind}:${w.message}`}>{w.message}</li>)}
      </ul>
    </Notice>
  );
}

/**
 * What the lists say that SharePoint's own record contradicts (status set by the
 * requester, decided by someone not the decider…): shown to the decider and Democratic
 * Services, never trusted.
 */
export function VisitFlags(props: { flags: readonly IVisitFlag[] }): React.ReactElement {
  if (!props.flags.length) return <></>;
  return (
    <Notice intent="severeWarning">
      <strong>{strings.FlagsTitle}</strong>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {props.flags.map(f => <li key={`${f.kind}:${f.message}`}>{f.message}</li>)}
      </ul>
    </Notice>
  );
}
