import * as React from 'react';
import { Notice, type NoticeIntent } from '../../../../common/components/Notice';
import * as strings from 'VisitRequestWebPartStrings';
import { describeVisitFlag } from '../../../../domain/visits/describeVisitFlag';
import { describeVisitWarning } from '../../../../domain/visits/describeVisitWarning';
import type { IVisitFlag, IVisitWarning } from '../../../../domain/visits/types';

/** A notice with a title over a list of messages; nothing at all when there are none. */
function TitledList(props: { intent: NoticeIntent; title: string; items: ReadonlyArray<{ kind: string; message: string }> }): React.ReactElement {
  if (!props.items.length) return <></>;
  return (
    <Notice intent={props.intent}>
      <strong>{props.title}</strong>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {props.items.map(item => <li key={`${item.kind}:${item.message}`}>{item.message}</li>)}
      </ul>
    </Notice>
  );
}

/** Things the member and the decider should weigh (short notice, a sensitive period…); none stops a request. */
export function VisitWarnings(props: { warnings: readonly IVisitWarning[] }): React.ReactElement {
  return <TitledList intent="warning" title={strings.WarningsTitle} items={props.warnings.map(w => ({ kind: w.kind, message: describeVisitWarning(w, strings) }))} />;
}

/**
 * Warnings that change as the member types, beside the fields they are about. The live
 * region is there before any warning is, so screen readers announce one when it appears
 * (a region added with its text already in it is often not read out), politely, between keystrokes.
 */
export function LiveVisitWarnings(props: { warnings: readonly IVisitWarning[] }): React.ReactElement {
  return <div aria-live="polite"><VisitWarnings warnings={props.warnings} /></div>;
}

/**
 * What the lists say that SharePoint's own record contradicts (status set by the
 * requester, decided by someone not the decider…): shown to the decider and Democratic
 * Services, never trusted.
 */
export function VisitFlags(props: { flags: readonly IVisitFlag[] }): React.ReactElement {
  return <TitledList intent="severeWarning" title={strings.FlagsTitle} items={props.flags.map(f => ({ kind: f.kind, message: describeVisitFlag(f, strings) }))} />;
}
