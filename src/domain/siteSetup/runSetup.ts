import type { IStepResult, SetupAction } from './types';

/**
 * Applies the plan one step at a time, in order, reporting each result as it comes. The
 * first failure stops the run: later steps depend on earlier ones (a grant needs its
 * group and its list's own permissions), and as the plan is idempotent, running the
 * set-up again after fixing the cause picks up where this run stopped.
 */
export async function runSetup(
  actions: readonly SetupAction[],
  apply: (action: SetupAction) => Promise<void>,
  onProgress: (results: readonly IStepResult[]) => void = () => undefined
): Promise<IStepResult[]> {
  const results: IStepResult[] = actions.map(action => ({ action, outcome: 'notRun' }));
  for (let i = 0; i < actions.length; i++) {
    try {
      await apply(actions[i]);
      results[i] = { action: actions[i], outcome: 'done' };
    } catch (e) {
      results[i] = { action: actions[i], outcome: 'failed', error: e instanceof Error ? e.message : String(e) };
      onProgress([...results]);
      break;
    }
    onProgress([...results]);
  }
  return results;
}
