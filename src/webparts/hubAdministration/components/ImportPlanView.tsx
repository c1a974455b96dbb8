import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'HubAdministrationWebPartStrings';
import type { IImportPlan, ImportProposal } from '../../../domain/members/planMemberImport';
import { formatText } from '../../../domain/shared/formatText';
import { describeChange, describeProposal, describeUnusable } from './describeImport';

export interface IImportPlanViewProps {
  plan: IImportPlan;
  chosen: ReadonlySet<string>;
  onToggle(key: string, on: boolean): void;
  onTickAll(on: boolean): void;
  onApply(): void;
}

const groupStyle: React.CSSProperties = { border: 'none', padding: 0, margin: '16px 0' };

/** One kind of proposal (new, changed, ended), each with its own tick box. */
function ProposalGroup(props: { heading: string; proposals: ImportProposal[]; chosen: ReadonlySet<string>; onToggle(key: string, on: boolean): void }): React.ReactElement {
  return (
    <fieldset style={groupStyle}>
      <legend><Text variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>{props.heading}</Text></legend>
      {props.proposals.map(p => (
        <div key={p.key} style={{ marginBottom: 12 }}>
          <Checkbox label={describeProposal(p)} checked={props.chosen.has(p.key)} onChange={(_e, on) => props.onToggle(p.key, !!on)} />
          {p.kind === 'changed' && (
            <ul style={{ margin: '4px 0 0 28px' }}>{p.changes.map(c => <li key={c.field}>{describeChange(c)}</li>)}</ul>
          )}
        </div>
      ))}
    </fieldset>
  );
}

/** The dry run: what the file would change, rows it cannot use, and the one button that writes what was ticked. */
export function ImportPlanView(props: IImportPlanViewProps): React.ReactElement {
  const { plan, chosen } = props;
  const of = (kind: ImportProposal['kind']): ImportProposal[] => plan.proposals.filter(p => p.kind === kind);
  const groups = [
    { heading: strings.NewHeading, proposals: of('new') },
    { heading: strings.ChangedHeading, proposals: of('changed') },
    { heading: strings.EndedHeading, proposals: of('ended') }
  ];
  return (
    <section aria-labelledby="moh-import-plan">
      <Text as="h4" variant="mediumPlus" id="moh-import-plan" block>{strings.PlanPreviewHeading}</Text>
      <Text as="p" block>
        {formatText(strings.PlanSummary, of('new').length, of('changed').length, of('ended').length, plan.unchanged, plan.unusable.length)}
      </Text>
      {plan.proposals.length === 0 && <Text as="p" block>{strings.PlanNothingToDo}</Text>}
      {plan.proposals.length > 0 && (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton text={strings.TickAll} onClick={() => props.onTickAll(true)} />
          <DefaultButton text={strings.UntickAll} onClick={() => props.onTickAll(false)} />
        </Stack>
      )}
      {groups.filter(g => g.proposals.length > 0).map(g => (
        <ProposalGroup key={g.heading} heading={g.heading} proposals={g.proposals} chosen={chosen} onToggle={props.onToggle} />
      ))}
      {plan.unusable.length > 0 && (
        <>
          <Text as="h5" variant="medium" block styles={{ root: { fontWeight: 600 } }}>{strings.UnusableHeading}</Text>
          <ul>{plan.unusable.map(u => <li key={u.position}>{describeUnusable(u)}</li>)}</ul>
        </>
      )}
      {plan.duplicates.length > 0 && (
        <>
          <Text as="h5" variant="medium" block styles={{ root: { fontWeight: 600 } }}>{strings.DuplicatesHeading}</Text>
          <ul>{plan.duplicates.map(d => <li key={d.modernGovId}>{formatText(strings.DuplicateLine, d.modernGovId, d.names.join(', '))}</li>)}</ul>
        </>
      )}
      {plan.proposals.length > 0 && (
        <PrimaryButton text={formatText(strings.ApplyTicked, chosen.size)} disabled={chosen.size === 0} onClick={props.onApply} />
      )}
    </section>
  );
}
