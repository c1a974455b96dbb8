import * as React from 'react';
import type { IImportOutcome, IMemberImportService } from '../../../data/members/IMemberImportService';
import { toHubDataError, type HubDataError } from '../../../data/hubDataError';
import { MAX_MODERNGOV_FILE_BYTES, readModernGovCouncillors, type ModernGovFileProblem } from '../../../domain/members/modernGovCouncillors';
import { planMemberImport, type IImportPlan } from '../../../domain/members/planMemberImport';

export type ImportView =
  | { kind: 'waiting' }
  | { kind: 'reading' }
  | { kind: 'refused'; problem: ModernGovFileProblem }
  | { kind: 'failed'; error: HubDataError }
  | { kind: 'planned'; plan: IImportPlan }
  | { kind: 'applying'; written: number; total: number };

export interface IModernGovImportState {
  view: ImportView;
  /** Keys of the proposals ticked to apply; nothing is ticked until the person ticks it. */
  chosen: ReadonlySet<string>;
  /** What the last apply did, shown above the fresh plan. */
  outcome: IImportOutcome | undefined;
  chooseFile(file: File | undefined): void;
  toggle(key: string, on: boolean): void;
  tickAll(on: boolean): void;
  apply(): void;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * The import as Democratic Services run it: choose the saved file, see the dry run, tick, apply.
 * After an apply the same file is planned again against what SharePoint now holds, so what is
 * left (nothing, or what a failure left unwritten) is what shows.
 */
export function useModernGovImport(service: IMemberImportService, modernGovSite: string | undefined): IModernGovImportState {
  const [view, setView] = React.useState<ImportView>({ kind: 'waiting' });
  const [chosen, setChosen] = React.useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = React.useState<IImportOutcome | undefined>(undefined);
  const text = React.useRef<string | undefined>(undefined);
  const alive = React.useRef(true);
  React.useEffect(() => () => { alive.current = false; }, []);

  const planFrom = React.useCallback(async (xml: string, bytes: number): Promise<void> => {
    const read = readModernGovCouncillors(xml, bytes, new DOMParser());
    if (read.kind === 'refused') {
      if (alive.current) setView({ kind: 'refused', problem: read.problem });
      return;
    }
    try {
      const snapshot = await service.loadForImport();
      if (!alive.current) return;
      setChosen(new Set());
      setView({ kind: 'planned', plan: planMemberImport(read, { ...snapshot, modernGovSite, today: today() }) });
    } catch (e) {
      if (alive.current) setView({ kind: 'failed', error: toHubDataError(e) });
    }
  }, [service, modernGovSite]);

  const chooseFile = React.useCallback((file: File | undefined) => {
    setOutcome(undefined);
    text.current = undefined;
    if (!file) {
      setView({ kind: 'waiting' });
      return;
    }
    // A file far too big is refused by its size, before the browser reads it into memory.
    if (file.size > MAX_MODERNGOV_FILE_BYTES) {
      setView({ kind: 'refused', problem: 'tooLarge' });
      return;
    }
    setView({ kind: 'reading' });
    file.text().then(xml => {
      text.current = xml;
      return planFrom(xml, file.size);
    }).catch(() => { if (alive.current) setView({ kind: 'refused', problem: 'malformed' }); });
  }, [planFrom]);

  const toggle = React.useCallback((key: string, on: boolean) => setChosen(prev => {
    const next = new Set(prev);
    if (on) next.add(key); else next.delete(key);
    return next;
  }), []);
  const plan = view.kind === 'planned' ? view.plan : undefined;
  const tickAll = React.useCallback((on: boolean) => setChosen(on && plan ? new Set(plan.proposals.map(p => p.key)) : new Set()), [plan]);

  const apply = React.useCallback(() => {
    if (!plan || !text.current) return;
    const xml = text.current;
    const ticked = plan.proposals.filter(p => chosen.has(p.key));
    if (ticked.length === 0) return;
    setView({ kind: 'applying', written: 0, total: ticked.length });
    service.applyImport(ticked, (written, total) => { if (alive.current) setView({ kind: 'applying', written, total }); })
      .then(async result => {
        if (!alive.current) return;
        setOutcome(result);
        await planFrom(xml, xml.length);
      })
      .catch((e: unknown) => { if (alive.current) setView({ kind: 'failed', error: toHubDataError(e) }); });
  }, [plan, chosen, service, planFrom]);

  return { view, chosen, outcome, chooseFile, toggle, tickAll, apply };
}
