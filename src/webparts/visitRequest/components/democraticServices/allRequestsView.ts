import { normaliseSearchText, searchTerms } from '../../../../domain/shared/normaliseSearchText';
import type { IVisitRequestView, VisitRouting } from '../../../../domain/visits/types';

/** A request nobody can decide: its routing says why. */
export type UnroutableRequest = IVisitRequestView & { routing: Extract<VisitRouting, { kind: 'unroutable' }> };

export const REQUEST_FILTERS = ['all', 'awaitingRouting', 'flagged', 'notNotified'] as const;
export type RequestFilter = (typeof REQUEST_FILTERS)[number];
export type RequestSort = 'soonest' | 'newest' | 'oldest';

/** Waiting for Democratic Services to correct the register; a withdrawn or decided request with no decider is not. */
export function isAwaitingRouting(request: IVisitRequestView): request is UnroutableRequest {
  return request.status === 'Awaiting routing' && request.routing.kind === 'unroutable';
}

export function matchesFilter(request: IVisitRequestView, filter: RequestFilter): boolean {
  switch (filter) {
    case 'all': return true;
    case 'awaitingRouting': return isAwaitingRouting(request);
    case 'flagged': return request.flags.length > 0;
    case 'notNotified': return !!request.notNotified?.length;
  }
}

/** What the search box looks at: the premises, who asked, who decides and the status. */
function searchableText(request: IVisitRequestView): string {
  return normaliseSearchText([
    request.premises?.name ?? request.title, request.requester.name,
    request.routing.kind === 'routed' ? request.routing.deciderName : '', request.status
  ].join(' '));
}

/** Every word typed must start a word of the request's text ("oak" finds "14 Oak Close", "ok" does not). */
export function matchesSearch(request: IVisitRequestView, query: string): boolean {
  const terms = searchTerms(query);
  if (!terms.length) return true;
  const words = ` ${searchableText(request)}`;
  return terms.every(t => words.includes(` ${t}`));
}

export function countByFilter(requests: readonly IVisitRequestView[]): Record<RequestFilter, number> {
  const counts = { all: 0, awaitingRouting: 0, flagged: 0, notNotified: 0 };
  for (const r of requests) for (const f of REQUEST_FILTERS) if (matchesFilter(r, f)) counts[f]++;
  return counts;
}

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
};

/**
 * Soonest: visits still to come, the nearest first, then those whose day has passed (the
 * latest first), then any without a readable date. Newest and oldest go by when it was sent.
 */
export function sortRequests(requests: readonly IVisitRequestView[], sort: RequestSort, now: Date): IVisitRequestView[] {
  const sorted = [...requests];
  if (sort === 'newest') return sorted.sort((a, b) => time(b.created) - time(a.created));
  if (sort === 'oldest') return sorted.sort((a, b) => time(a.created) - time(b.created));
  const today = now.getTime();
  const rank = (r: IVisitRequestView): [number, number] => {
    const t = time(r.start);
    if (t === Number.POSITIVE_INFINITY) return [2, 0];
    return t >= today ? [0, t] : [1, -t];
  };
  return sorted.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1];
  });
}
