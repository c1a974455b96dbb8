import * as React from 'react';
import type { ISiteSetupService } from '../../../data/siteSetup/ISiteSetupService';
import type { HubDataError } from '../../../data/hubDataError';
import { toSiteSetupError } from '../../../data/siteSetup/toSiteSetupError';
import { checkSiteHealth, planSiteSetup, runSetup } from '../../../domain/siteSetup';
import type { HubGroupNames, IHealthFinding, ISetupPlan, IStepResult } from '../../../domain/siteSetup';

export type AdministrationView =
  | { kind: 'loading' }
  | { kind: 'notOwner' }
  | { kind: 'failed'; error: HubDataError }
  /** canManage false: Democratic Services, who may check the lists but not change the site's permissions. */
  | { kind: 'ready'; plan: ISetupPlan; findings: IHealthFinding[]; canManage: boolean; mailGranted: boolean };

export interface IHubAdministrationState {
  view: AdministrationView;
  /** The last run's steps and outcomes, as they come in. */
  results: readonly IStepResult[] | undefined;
  running: boolean;
  /** Proposed removals (by index) the owner ticked. */
  chosen: ReadonlySet<number>;
  reload(): void;
  runSetupNow(): void;
  toggleRemoval(index: number, chosen: boolean): void;
  /** Applies one finding's fix; resolves with SharePoint's words when it failed. */
  fix(finding: IHealthFinding): Promise<string | undefined>;
}

/**
 * What the Hub administration page knows and does: who is asking, the site's plan and
 * health, a set-up run step by step, and fixes; each change is followed by a fresh
 * read of the site, so what is shown is always what SharePoint holds.
 */
export function useHubAdministration(service: ISiteSetupService, groupNames: HubGroupNames): IHubAdministrationState {
  const [view, setView] = React.useState<AdministrationView>({ kind: 'loading' });
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
      setView({ kind: 'ready', plan: planSiteSetup(config, groupNames), findings: checkSiteHealth(config, groupNames), canManage,
        mailGranted: config.mailPermission?.state === 'granted' });
    } catch (e) {
      const error = toSiteSetupError(e);
      // Someone SharePoint will not show the site's permissions to is simply not an owner.
      if (alive.current) setView(!canManage && error.kind === 'forbidden' ? { kind: 'notOwner' } : { kind: 'failed', error });
    }
  }, [service, groupNames]);

  // Stable callbacks: a run re-renders the page once per step, and the plan and health check need not follow.
  const fix = React.useCallback(async (finding: IHealthFinding): Promise<string | undefined> => {
    const outcome = await runSetup(finding.fix ?? [], a => service.apply(a));
    const failed = outcome.find(r => r.outcome === 'failed');
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
  const runSetupNow = React.useCallback(() => { if (currentPlan) run(currentPlan).catch(() => undefined); }, [run, currentPlan]);
  const reload = React.useCallback(() => { setView({ kind: 'loading' }); load().catch(() => undefined); }, [load]);
  return { view, results, running, chosen, reload, runSetupNow, toggleRemoval, fix };
}
