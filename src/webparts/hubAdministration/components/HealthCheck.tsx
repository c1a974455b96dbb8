import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import * as strings from 'HubAdministrationWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import { UNCHECKED_KINDS } from '../../../domain/siteSetup';
import type { HealthRisk, IHealthFinding } from '../../../domain/siteSetup';
import { describeHealthFinding } from './describeHealthFinding';

export interface IHealthCheckProps {
  findings: readonly IHealthFinding[];
  /** Absent for readers who may look but not change (Democratic Services). */
  onFix?: (finding: IHealthFinding) => Promise<string | undefined>;
  /** Mail.Send approved: said in so many words (not granted or unchecked are findings). */
  mailGranted?: boolean;
}

const RISK_LABEL: Record<HealthRisk, string> = { high: strings.HealthRiskHigh, medium: strings.HealthRiskMedium, low: strings.HealthRiskLow };
// Dark enough on white for WCAG AA as text, and never the only sign: the words say the risk too.
const RISK_COLOUR: Record<HealthRisk, string> = { high: '#a4262c', medium: '#8a5300', low: '#605e5c' };
const findingRow = mergeStyles({ margin: '0 0 16px', paddingLeft: 12, borderLeft: '4px solid #c8c6c4' });

function HealthFindingRow(props: { finding: IHealthFinding; onFix?: IHealthCheckProps['onFix'] }): React.ReactElement {
  const { finding, onFix } = props;
  const [fixing, setFixing] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);
  const words = describeHealthFinding(finding);
  const fix = async (): Promise<void> => {
    if (!onFix) return;
    setFixing(true);
    setFailure(undefined);
    const problem = await onFix(finding);
    // On success the page re-checks and this row is gone; on failure it stays, with SharePoint's words.
    if (!mounted.current) return;
    setFixing(false);
    setFailure(problem);
  };
  return (
    <li className={findingRow} style={{ borderLeftColor: RISK_COLOUR[finding.risk] }} data-risk={finding.risk}>
      <Text block styles={{ root: { fontWeight: 600 } }}>{words.title}</Text>
      <Text block styles={{ root: { color: RISK_COLOUR[finding.risk], fontWeight: 600 } }}>{RISK_LABEL[finding.risk]}</Text>
      <Text block>{words.risk}</Text>
      {onFix && finding.fix && (
        <DefaultButton
          text={fixing ? strings.HealthFixing : strings.HealthFix}
          ariaLabel={formatText(strings.HealthFixLabel, words.title)}
          disabled={fixing}
          onClick={() => { fix().catch(() => undefined); }}
          styles={{ root: { marginTop: 8 } }}
        />
      )}
      {failure && <MessageBar messageBarType={MessageBarType.error}>{formatText(strings.HealthFixFailed, failure)}</MessageBar>}
    </li>
  );
}

/** The site's differences from the documented configuration, highest risk first, each with a safe fix where there is one. */
export const HealthCheck = React.memo(function HealthCheck(props: IHealthCheckProps): React.ReactElement {
  const differences = props.findings.filter(f => !UNCHECKED_KINDS.includes(f.kind));
  const unchecked = props.findings.filter(f => UNCHECKED_KINDS.includes(f.kind));
  const rows = (findings: readonly IHealthFinding[], testId: string): React.ReactElement => (
    <ul data-testid={testId} style={{ listStyle: 'none', padding: 0 }}>
      {findings.map((f, i) => <HealthFindingRow key={`${f.kind}-${f.listTitle ?? ''}-${f.principal ?? ''}-${f.level ?? ''}-${f.field ?? ''}-${i}`} finding={f} onFix={props.onFix} />)}
    </ul>
  );
  return (
    <section aria-labelledby="moh-admin-health">
      <Text as="h3" variant="large" id="moh-admin-health" block>{strings.HealthHeading}</Text>
      <Text as="p" block>{strings.HealthIntro}</Text>
      {props.mailGranted && <Text as="p" block>{strings.HealthMailGranted}</Text>}
      {differences.length === 0
        // "No differences" only of what was looked at: a part that could not be read is not a clean part.
        ? <MessageBar messageBarType={unchecked.length ? MessageBarType.warning : MessageBarType.success}>{unchecked.length ? strings.HealthAllClearPartly : strings.HealthAllClear}</MessageBar>
        : (
          <>
            <Text as="p" block styles={{ root: { fontWeight: 600 } }}>{formatText(strings.HealthCount, differences.length)}</Text>
            {!props.onFix && <MessageBar messageBarType={MessageBarType.info}>{strings.HealthReadOnly}</MessageBar>}
            {rows(differences, 'health-findings')}
          </>
        )}
      {unchecked.length > 0 && (
        <>
          <Text as="h4" variant="mediumPlus" block>{strings.HealthUncheckedHeading}</Text>
          {rows(unchecked, 'health-unchecked')}
        </>
      )}
    </section>
  );
});
