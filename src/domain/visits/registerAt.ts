import { routeVisitRequest } from './routeVisitRequest';
import type { RoutingAt } from './effectiveVisitState';
import type { IDirectorateForVisits, IPremisesOption, ISeniorRoleForVisits, VisitRouting } from './types';

/** One register item as each of its versions held it, oldest first (at least one: the item as it is). */
export interface IItemHistory<T> {
  id: number;
  states: readonly { saved: string; value: T }[];
}

/** The routing register (premises, directorates, senior roles) with every version SharePoint kept. */
export interface IRegisterHistory {
  premises: readonly IItemHistory<IPremisesOption>[];
  directorates: readonly IItemHistory<IDirectorateForVisits>[];
  seniorRoles: readonly IItemHistory<ISeniorRoleForVisits | undefined>[];
}

export interface IRegisterSnapshot {
  premises: IPremisesOption[];
  directorates: IDirectorateForVisits[];
  seniorRoles: ISeniorRoleForVisits[];
}

/**
 * The item as it stood at `at`: its last version saved by then. Before its first kept
 * version — an item added later, or a register whose history starts when versioning was
 * turned on (a site upgraded from 1.1.0.0) — the first kept version stands for it.
 */
function stateAt<T>(item: IItemHistory<T>, at: number): T {
  let found = item.states[0].value;
  for (const s of item.states) {
    if (Date.parse(s.saved) <= at) found = s.value;
    else break;
  }
  return found;
}

export function registerAt(history: IRegisterHistory, at: string): IRegisterSnapshot {
  const time = Date.parse(at);
  return {
    premises: history.premises.map(p => stateAt(p, time)),
    directorates: history.directorates.map(d => stateAt(d, time)),
    seniorRoles: history.seniorRoles.map(r => stateAt(r, time)).filter((r): r is ISeniorRoleForVisits => r !== undefined)
  };
}

/** Who decided requests for which premises at any moment, from the register's history (answers kept per moment). */
export function routingFromHistory(history: IRegisterHistory): RoutingAt {
  const byMoment = new Map<string, IRegisterSnapshot>();
  return (premisesId: number | undefined, at: string): VisitRouting => {
    let snapshot = byMoment.get(at);
    if (!snapshot) {
      snapshot = registerAt(history, at);
      byMoment.set(at, snapshot);
    }
    const premises = snapshot.premises.find(p => p.id === premisesId);
    return premises ? routeVisitRequest(premises, snapshot.directorates, snapshot.seniorRoles)
      : { kind: 'unroutable', cause: { kind: 'leftRegister' } };
  };
}
