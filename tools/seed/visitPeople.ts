import type { ISeedData } from './seedTypes';

export interface ISampleVisitPeople {
  /** A member with a request awaiting their answer to a proposed date (and every premises to choose from). */
  member: number;
  /** A decider (the Chief Financial Officer) with undecided requests routed to them, one with another date proposed. */
  decider: number;
  /** A Director who decides nothing while recorded as away (their stand-in does). */
  otherDirector: number;
  democraticServices: number;
}

/**
 * The sample council's people for visit-request stories, found from the seed itself so tests
 * and the preview never hard-code ids or names.
 */
export function sampleVisitPeople(seed: ISeedData): ISampleVisitPeople {
  const { rows, users } = seed;
  const premisesId = rows.premises.find(p => p.Title === 'Land north of Longcross Road')?.Id;
  const request = rows.visitRequests.find(v => v.PremisesId === premisesId);
  const cfo = rows.seniorRoles.find(r => r.SeniorRole === 'Chief Financial Officer')?.HolderId;
  const otherDirector = rows.directorates.find(d => d.DirectorAway)?.DirectorId;
  const ds = users.find(u => u.groups.includes('Democratic Services') && !u.groups.includes('Hub Members'));
  if (!request?.AuthorId || !cfo || !otherDirector || !ds) throw new Error('The sample council lacks the visit-request people');
  return { member: request.AuthorId, decider: cfo, otherDirector, democraticServices: ds.id };
}
