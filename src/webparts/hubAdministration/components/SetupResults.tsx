import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'HubAdministrationWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { IStepResult } from '../../../domain/siteSetup';
import { describeSetupAction } from './describeSetupAction';

const ICONS = { done: 'CheckMark', failed: 'ErrorBadge', notRun: 'CircleRing' } as const;

/** One step and its outcome; a run updates one step at a time, so the others are not re-rendered. */
const SetupResultRow = React.memo(function SetupResultRow(props: { result: IStepResult }): React.ReactElement {
  const r = props.result;
  return (
    <li data-outcome={r.outcome}>
      <Icon iconName={ICONS[r.outcome]} aria-hidden />{' '}
      {describeSetupAction(r.action)}: {' '}
      <strong>{r.outcome === 'done' ? strings.ResultDone : r.outcome === 'failed' ? formatText(strings.ResultFailed, r.error ?? '') : strings.ResultNotRun}</strong>
    </li>
  );
});

/** Each step of the last run with what became of it. */
export function SetupResults(props: { results: readonly IStepResult[] }): React.ReactElement {
  return (
    <section aria-labelledby="moh-admin-results">
      <Text as="h3" variant="large" id="moh-admin-results" block>{strings.ResultsHeading}</Text>
      <ol data-testid="setup-results">
        {props.results.map((r, i) => <SetupResultRow key={i} result={r} />)}
      </ol>
    </section>
  );
}
