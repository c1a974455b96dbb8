import { routeVisitRequest } from '../../src/domain/visits/routeVisitRequest';
import { awaitsDecider, effectiveVisitState, type IEffectiveVisitState } from '../../src/domain/visits/effectiveVisitState';
import type { IPerson, VisitRouting } from '../../src/domain/visits/types';
import { responseActionOf } from '../../src/data/visits/visitRows';
import { buildCouncil } from '../../tools/seed/buildCouncil';
import { SEED_TODAY } from '../../tools/seed/councilCalendar';
import { SAMPLE_COUNCIL_SIZE, buildSampleCouncil } from '../../tools/seed/sampleCouncil';
import type { ISeedData, SeedRow } from '../../tools/seed/seedTypes';
import { schemaProblems } from './schemaConformance';
import { seedVersions } from './seedVersions';

const SEED_NOW = new Date(Date.parse(SEED_TODAY)).toISOString();

const SIZE = 5000;
const large: ISeedData = buildCouncil({ ...SAMPLE_COUNCIL_SIZE, visitRequests: SIZE });
const { rows, users } = large;
const userById = new Map(users.map(u => [u.id, u]));
const person = (id: number | null | undefined): IPerson | undefined => {
  const u = id ? userById.get(id) : undefined;
  return u ? { userId: u.id, name: u.title, email: u.email } : undefined;
};
const directorates = rows.directorates.map(d => ({
  id: d.Id, name: d.Title, director: person(d.DirectorId), directorAway: d.DirectorAway ?? false, standIn: person(d.StandInId)
}));
const seniorRoles = rows.seniorRoles.map(r => ({ role: r.SeniorRole!, holder: person(r.HolderId)! }));
const responsesByRequest = new Map<number, SeedRow<'visitResponses'>[]>();
for (const r of rows.visitResponses) responsesByRequest.set(r.RequestId!, [...(responsesByRequest.get(r.RequestId!) ?? []), r]);

/** Who decides a seeded request, by the product's own rule over the seeded register. */
function routingOf(v: SeedRow<'visitRequests'>): VisitRouting {
  const p = rows.premises[v.PremisesId! - 1];
  return routeVisitRequest({ id: p.Id, name: p.Title, eligibility: p.VisitEligibility!, route: p.DecisionRoute!,
    owningDirectorateId: p.OwningDirectorateId ?? 0, exclusionReason: p.ExclusionReason ?? undefined }, directorates, seniorRoles);
}

/** What the web part would show for a seeded request: the same rule over what SharePoint would hold. */
function stateOf(v: SeedRow<'visitRequests'>): IEffectiveVisitState {
  return effectiveVisitState({ author: person(v.AuthorId)!, versions: seedVersions(v, person) }, () => routingOf(v), (responsesByRequest.get(v.Id) ?? []).map(r => ({
    id: r.Id, author: person(r.AuthorId)!, action: responseActionOf(r.ResponseAction)!, created: r.Created!
  })), SEED_NOW);
}

const generated = rows.visitRequests.slice(buildSampleCouncil().rows.visitRequests.length);

describe(`the council with ${SIZE.toLocaleString('en-GB')} visit requests (bench and threshold tests)`, () => {
  it('holds exactly that many, each with its own submission key, and agrees with the schema', () => {
    expect(rows.visitRequests).toHaveLength(SIZE);
    expect(new Set(rows.visitRequests.map(v => v.SubmissionKey)).size).toBe(SIZE);
    expect(new Set(rows.visitResponses.map(r => r.SubmissionKey)).size).toBe(rows.visitResponses.length);
    expect(schemaProblems(large)).toEqual([]);
  });

  it('is the sample council plus generated requests: the sample\u2019s own rows come first, unchanged', () => {
    const sample = buildSampleCouncil();
    expect(rows.visitRequests.slice(0, sample.rows.visitRequests.length)).toEqual(sample.rows.visitRequests);
    expect(rows.visitResponses.slice(0, sample.rows.visitResponses.length)).toEqual(sample.rows.visitResponses);
    expect({ ...large, rows: { ...rows, visitRequests: [], visitResponses: [] } })
      .toEqual({ ...sample, rows: { ...sample.rows, visitRequests: [], visitResponses: [] } });
    expect(buildCouncil({ ...SAMPLE_COUNCIL_SIZE, visitRequests: sample.rows.visitRequests.length })).toEqual(sample);
  });

  it('is the same every time it is built', () => {
    expect(buildCouncil({ ...SAMPLE_COUNCIL_SIZE, visitRequests: 600 })).toEqual(buildCouncil({ ...SAMPLE_COUNCIL_SIZE, visitRequests: 600 }));
  });

  it('refuses fewer requests than the scripted sample holds', () => {
    expect(() => buildCouncil({ ...SAMPLE_COUNCIL_SIZE, visitRequests: 3 })).toThrow(RangeError);
  });

  it('routes every generated request as routeVisitRequest does, and only that decider ever edits it', () => {
    const wrong = generated.flatMap(v => {
      const routing = routingOf(v);
      if (routing.kind !== 'routed') return [`#${v.Id}: premises ${v.PremisesId} is not routed (${routing.kind})`];
      const problems: string[] = [];
      if (v.RoutedToId !== routing.deciderUserId) problems.push(`#${v.Id}: stored as routed to ${v.RoutedToId}, the rule names ${routing.deciderUserId}`);
      if (v.RequesterId !== v.AuthorId) problems.push(`#${v.Id}: requester ${v.RequesterId} is not its author ${v.AuthorId}`);
      for (const e of v.Edits ?? []) if (e.EditorId !== routing.deciderUserId) problems.push(`#${v.Id}: edited by ${e.EditorId}`);
      const state = stateOf(v);
      if (state.flags.length) problems.push(`#${v.Id}: flagged ${state.flags.map(f => f.kind).join(', ')}`);
      if (v.Edits?.length && !state.decision) problems.push(`#${v.Id}: its decision does not count`);
      return problems;
    });
    expect(wrong).toEqual([]);
    // Every route is used: Directors, a stand-in for the away Director, and the senior roles.
    expect(new Set(generated.map(v => v.DecisionRoute))).toEqual(new Set(rows.visitRequests.map(v => v.DecisionRoute).filter(Boolean)));
    expect(generated.some(v => { const r = routingOf(v); return r.kind === 'routed' && !!r.standIn; })).toBe(true);
  });

  it('holds requests in every state a member or decider can bring about, in sensible proportions', () => {
    const counts = new Map<string, number>();
    for (const v of generated) counts.set(stateOf(v).status, (counts.get(stateOf(v).status) ?? 0) + 1);
    for (const status of ['Submitted', 'Under consideration', 'Approved', 'Approved with conditions', 'Declined', 'Other date proposed', 'Withdrawn', 'Visit held']) {
      expect([status, (counts.get(status) ?? 0) > 0]).toEqual([status, true]);
    }
    // Most of four years of requests are long since held.
    expect(counts.get('Visit held')! / generated.length).toBeGreaterThan(0.5);
    expect(generated.filter(v => v.AttendingMembersId?.length).length).toBeGreaterThan(0);
    expect(generated.filter(v => v.OtherAttendees).length).toBeGreaterThan(0);
    // Responses belong where a member acted: withdrawals and answers to a proposed date, by the requester.
    const actions = new Set(rows.visitResponses.map(r => r.ResponseAction));
    expect(actions).toEqual(new Set(['Withdraw', 'Accept proposed date', 'Decline proposed date']));
    for (const r of rows.visitResponses) {
      const request = rows.visitRequests[r.RequestId! - 1];
      expect([r.Id, r.AuthorId]).toEqual([r.Id, request.AuthorId]);
      expect(Date.parse(r.Created!)).toBeGreaterThan(Date.parse(request.Created!));
      expect(Date.parse(r.Created!)).toBeLessThan(Date.parse(SEED_TODAY));
    }
  });

  it('gives the first councillor (whom the bench signs in as) a handful of their own, and no decider an impossible queue', () => {
    const first = users.find(u => u.groups.includes('Hub Members'))!;
    const own = rows.visitRequests.filter(v => v.AuthorId === first.id);
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(own.length).toBeLessThanOrEqual(10);
    const queues = new Map<number, number>();
    const now = new Date(SEED_TODAY);
    for (const v of rows.visitRequests) {
      const routing = routingOf(v);
      const state = stateOf(v);
      const last = v.Edits?.slice(-1)[0]?.values;
      const end = state.acceptedProposedDate && last?.NewProposedEnd ? last.NewProposedEnd : v.ProposedEnd!;
      if (routing.kind === 'routed' && awaitsDecider({ status: state.status, end, decision: { proposedEnd: last?.NewProposedEnd ?? undefined } }, now)) {
        queues.set(routing.deciderUserId, (queues.get(routing.deciderUserId) ?? 0) + 1);
      }
    }
    expect(queues.size).toBeGreaterThan(1);
    expect(Math.max(...queues.values())).toBeLessThanOrEqual(150);
  });
});
