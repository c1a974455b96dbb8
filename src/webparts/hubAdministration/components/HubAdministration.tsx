import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'HubAdministrationWebPartStrings';
import { ErrorState, LoadingState } from '../../../common/components/states';
import { formatText } from '../../../domain/shared/formatText';
import type { ISiteSetupService } from '../../../data/siteSetup/ISiteSetupService';
import type { HubDataError } from '../../../data/hubDataError';
import type { HubGroupNames, IStepResult } from '../../../domain/siteSetup';
import { ALL_LISTS } from '../../../schema/lists';
import { HealthCheck } from './HealthCheck';
import { ModernGovImport } from './ModernGovImport';
import type { IMemberImportService } from '../../../data/members/IMemberImportService';
import { HubGroupLinks } from './HubGroupLinks';
import { PostcodeUpload } from './PostcodeUpload';
import type { IPostcodeUploadService } from '../../../data/postcodes/IPostcodeUploadService';
import { SetupPlanView } from './SetupPlanView';
import { SetupResults } from './SetupResults';
import { useHubAdministration } from './useHubAdministration';

export interface IHubAdministrationProps {
  title: string;
  service: ISiteSetupService;
  groupNames: HubGroupNames;
  /** The ModernGov import, for Democratic Services (and owners); absent, the page has no import. */
  importService?: IMemberImportService;
  modernGovSite?: string;
  /** Democratic Services' upload of the postcode extract; absent, the page leaves it out. */
  postcodes?: IPostcodeUploadService;
}

function failureMessage(error: HubDataError): string {
  if (error.kind === 'forbidden') return strings.ForbiddenMessage;
  if (error.kind === 'network') return strings.NetworkMessage;
  return formatText(strings.UnknownMessage, error.message);
}

function UpToDate(): React.ReactElement {
  return (
    <MessageBar messageBarType={MessageBarType.success} isMultiline>
      <Text as="h3" variant="mediumPlus" block styles={{ root: { fontWeight: 600, margin: '0 0 4px' } }}>{strings.UpToDateTitle}</Text>
      <Text as="p" block styles={{ root: { margin: 0 } }}>{strings.UpToDateMessage}</Text>
    </MessageBar>
  );
}

function RunSummary(props: { results: readonly IStepResult[] | undefined; running: boolean }): React.ReactElement {
  const results = props.results ?? [];
  const done = results.filter(r => r.outcome === 'done').length;
  const failed = results.some(r => r.outcome === 'failed');
  let text = '';
  if (props.running) text = formatText(strings.Running, Math.min(done + 1, results.length), results.length);
  else if (failed) text = strings.ResultsStopped;
  else if (results.length) text = formatText(strings.ResultsAllDone, done);
  // Always in the page, so screen readers hear each change of the run.
  return <div role="status" aria-live="polite">{text && <MessageBar messageBarType={failed ? MessageBarType.error : MessageBarType.info}>{text}</MessageBar>}</div>;
}

/**
 * The Hub administration page. Site owners see what the set-up would change, apply it
 * step by step on request, check the site's health and fix what is safe to fix, and
 * reach each group's membership. Democratic Services see the health check, import
 * councillors from ModernGov and upload the council's postcodes; anyone else is told they
 * need to be a site owner.
 */
export function HubAdministration(props: IHubAdministrationProps): React.ReactElement {
  const { view, results, running, chosen, reload, runSetupNow, toggleRemoval, fix } = useHubAdministration(props.service, props.groupNames);
  const { service } = props;

  let body: React.ReactElement;
  if (view.kind === 'loading') body = <LoadingState label={strings.Loading} rows={3} />;
  else if (view.kind === 'notOwner') body = <ErrorState variant="setup" title={strings.NotOwnerTitle} message={strings.NotOwnerMessage} />;
  else if (view.kind === 'failed') {
    body = <ErrorState title={strings.ReadFailedTitle} message={failureMessage(view.error)} retryLabel={strings.TryAgain}
      onRetry={reload} />;
  } else {
    const { plan, canManage } = view;
    const nothingToDo = plan.actions.length === 0 && plan.missingLists.length === 0;
    const missingTitles = plan.missingLists.map(k => ALL_LISTS.find(l => l.key === k)?.title ?? k).join(', ');
    body = (
      <Stack tokens={{ childrenGap: 20 }}>
        {canManage && plan.missingLists.length > 0 && <ErrorState variant="setup" title={strings.MissingListsTitle} message={formatText(strings.MissingListsMessage, missingTitles)} />}
        {canManage && nothingToDo && <UpToDate />}
        {canManage && (!nothingToDo || plan.proposedRemovals.length > 0) && (
          <SetupPlanView plan={plan} chosenRemovals={chosen} running={running} onRun={runSetupNow} onToggleRemoval={toggleRemoval} />
        )}
        <HealthCheck findings={view.findings} onFix={canManage ? fix : undefined} mailGranted={view.mailGranted} />
        {props.importService && <ModernGovImport service={props.importService} modernGovSite={props.modernGovSite} />}
        {props.postcodes && <PostcodeUpload service={props.postcodes} />}
        {canManage && <HubGroupLinks groups={plan.groups} membersUrl={id => service.groupMembersUrl(id)} />}
      </Stack>
    );
  }

  return (
    <section aria-label={props.title}>
      <Text as="h2" variant="xLarge" block>{props.title}</Text>
      <Stack tokens={{ childrenGap: 20 }}>
        <RunSummary results={results} running={running} />
        {results && results.length > 0 && <SetupResults results={results} />}
        {body}
      </Stack>
    </section>
  );
}
