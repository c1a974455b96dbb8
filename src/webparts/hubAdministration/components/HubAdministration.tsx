import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'HubAdministrationWebPartStrings';
import { ErrorState, LoadingState } from '../../../common/states';
import { formatText } from '../../../common/formatText';
import type { ISiteSetupService } from '../../../data/siteSetup/ISiteSetupService';
import { toSiteSetupError } from '../../../data/siteSetup/toSiteSetupError';
import type { SiteSetupError } from '../../../data/siteSetup/ISiteSetupService';
import { checkSiteHealth, planSiteSetup, runSetup } from '../../../domain/siteSetup';
import type { HubGroupNames, IHealthFinding, ISetupPlan, IStepResult } from '../../../domain/siteSetup';
import { ALL_LISTS } from '../../../schema/lists';
import { HealthCheck } from './HealthCheck';
import { HubGroupLinks } from './HubGroupLinks';
import { SetupPlanView } from './SetupPlanView';
import { SetupResults } from './SetupResults';

export interface IHubAdministrationProps {
  title: string;
  service: ISiteSetupService;
  groupNames: HubGroupNames;
}

type View =
  | { kind: 'loading' }
  | { kind: 'notOwner' }
  | { kind: 'failed'; error: SiteSetupError }
  /** canManage false: Democratic Services, who may check the lists but not change the site's permissions. */
  | { kind: 'ready'; plan: ISetupPlan; findings: IHealthFinding[]; canManage: boolean };

function failureMessage(error: SiteSetupError): string {
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
 * reach each group's membership. Democratic Services see the health check only; anyone
 * else is told they need to be a site owner.
 */
export function HubAdministration(props: IHubAdministrationProps): React.ReactElement {
  const { service, groupNames } = props;
  const [view, setView] = React.useState<View>({ kind: 'loading' });
  const [results, setResults] = React.useState<readonly IStepResult[] | undefined>(undefined);
  const [running, setRunning] = React.useState(false);
  const [chosen, setChosen] = React.useState<ReadonlySet<number>>(new Set());
  const alive = React.useRef(true);
  React.useEffect(() => () => { alive.current = false; }, []);

  const load = React.useCallback(async (): Promise<void> => {
    let canManage = false;
    try {
      const access = await service.access();
      if (access === 'none') {
        if (alive.current) setView({ kind: 'notOwner' });
        return;
      }
      canManage = access === 'owner';
      const config = await service.readConfiguration();
      if (!alive.current) return;
      // SharePoint hides lists from those with no rights on them: a non-owner who sees none of them has nothing to check.
      if (!canManage && Object.keys(config.lists).length === 0) {
        setView({ kind: 'notOwner' });
        return;
      }
      setChosen(new Set());
      setView({ kind: 'ready', plan: planSiteSetup(config, groupNames), findings: checkSiteHealth(config, groupNames), canManage });
    } catch (e) {
      const error = toSiteSetupError(e);
      // Someone SharePoint will not show the site's permissions to is simply not an owner.
      if (alive.current) setView(!canManage && error.kind === 'forbidden' ? { kind: 'notOwner' } : { kind: 'failed', error });
    }
  }, [service, groupNames]);

  // Stable callbacks: a run re-renders the page once per step, and the plan and health check need not follow.
  const fix = React.useCallback(async (finding: IHealthFinding): Promise<string | undefined> => {
    const results = await runSetup(finding.fix ?? [], a => service.apply(a));
    const failed = results.find(r => r.outcome === 'failed');
    if (failed) return failed.error;
    await load();
    return undefined;
  }, [service, load]);
  const toggleRemoval = React.useCallback((i: number, on: boolean) => setChosen(prev => {
    const next = new Set(prev);
    if (on) next.add(i); else next.delete(i);
    return next;
  }), []);

  React.useEffect(() => { load().catch(() => undefined); }, [load]);

  const chosenRef = React.useRef(chosen);
  chosenRef.current = chosen;
  const run = React.useCallback(async (plan: ISetupPlan): Promise<void> => {
    const steps = [...plan.actions, ...plan.proposedRemovals.filter((_a, i) => chosenRef.current.has(i))];
    setRunning(true);
    setResults(steps.map(action => ({ action, outcome: 'notRun' })));
    await runSetup(steps, a => service.apply(a), r => { if (alive.current) setResults(r); });
    if (!alive.current) return;
    setRunning(false);
    await load();
  }, [service, load]);
  const currentPlan = view.kind === 'ready' ? view.plan : undefined;
  const runCurrent = React.useCallback(() => { if (currentPlan) run(currentPlan).catch(() => undefined); }, [run, currentPlan]);

  let body: React.ReactElement;
  if (view.kind === 'loading') body = <LoadingState label={strings.Loading} rows={3} />;
  else if (view.kind === 'notOwner') body = <ErrorState variant="setup" title={strings.NotOwnerTitle} message={strings.NotOwnerMessage} />;
  else if (view.kind === 'failed') {
    body = <ErrorState title={strings.ReadFailedTitle} message={failureMessage(view.error)} retryLabel={strings.TryAgain}
      onRetry={() => { setView({ kind: 'loading' }); load().catch(() => undefined); }} />;
  } else {
    const { plan, canManage } = view;
    const nothingToDo = plan.actions.length === 0 && plan.missingLists.length === 0;
    const missingTitles = plan.missingLists.map(k => ALL_LISTS.find(l => l.key === k)?.title ?? k).join(', ');
    body = (
      <Stack tokens={{ childrenGap: 20 }}>
        {canManage && plan.missingLists.length > 0 && <ErrorState variant="setup" title={strings.MissingListsTitle} message={formatText(strings.MissingListsMessage, missingTitles)} />}
        {canManage && nothingToDo && <UpToDate />}
        {canManage && (!nothingToDo || plan.proposedRemovals.length > 0) && (
          <SetupPlanView plan={plan} chosenRemovals={chosen} running={running} onRun={runCurrent} onToggleRemoval={toggleRemoval} />
        )}
        <HealthCheck findings={view.findings} onFix={canManage ? fix : undefined} />
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
