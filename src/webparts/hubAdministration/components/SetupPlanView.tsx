import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'HubAdministrationWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { ISetupPlan } from '../../../domain/siteSetup';
import { describeSetupAction } from './describeSetupAction';

export interface ISetupPlanViewProps {
  plan: ISetupPlan;
  /** Indexes into plan.proposedRemovals the owner ticked. */
  chosenRemovals: ReadonlySet<number>;
  onToggleRemoval(index: number, chosen: boolean): void;
  running: boolean;
  onRun(): void;
}

/** The plan, shown before anything changes, and the one button that applies it. */
export const SetupPlanView = React.memo(function SetupPlanView(props: ISetupPlanViewProps): React.ReactElement {
  const { plan } = props;
  const steps = plan.actions.length + props.chosenRemovals.size;
  return (
    <section aria-labelledby="moh-admin-plan">
      <Text as="h3" variant="large" id="moh-admin-plan" block>{strings.PlanHeading}</Text>
      <Text as="p" block>{strings.PlanIntro}</Text>
      {plan.actions.length > 0 && (
        <ol data-testid="setup-plan">
          {plan.actions.map((a, i) => <li key={i}>{describeSetupAction(a)}</li>)}
        </ol>
      )}
      {plan.proposedRemovals.length > 0 && (
        <fieldset style={{ border: 'none', padding: 0, margin: '16px 0' }}>
          <legend><Text variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>{strings.RemovalsHeading}</Text></legend>
          <Text as="p" block>{strings.RemovalsIntro}</Text>
          {plan.proposedRemovals.map((a, i) => (
            <Checkbox
              key={i}
              label={describeSetupAction(a)}
              checked={props.chosenRemovals.has(i)}
              disabled={props.running}
              onChange={(_e, checked) => props.onToggleRemoval(i, !!checked)}
              styles={{ root: { marginBottom: 8 } }}
            />
          ))}
        </fieldset>
      )}
      <PrimaryButton
        text={`${strings.RunSetup} (${steps === 1 ? strings.PlanStepCountOne : formatText(strings.PlanStepCount, steps)})`}
        disabled={props.running || steps === 0}
        onClick={props.onRun}
      />
    </section>
  );
});
