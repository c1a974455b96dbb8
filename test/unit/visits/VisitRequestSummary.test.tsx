import * as React from 'react';
import { cleanup, render } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { VisitRequestSummary } from '../../../src/webparts/visitRequest/components/shared/VisitRequestSummary';
import type { IVisitRequestView, VisitRouting } from '../../../src/domain/visits/types';
import { sampleRequest } from './sampleVisits';

setIconOptions({ disableWarnings: true });
jest.setTimeout(60000);

/** The summary's facts as label and value, in order. */
function facts(request: IVisitRequestView): Array<[string, string]> {
  render(<VisitRequestSummary request={request} headingLevel="h3" audience="member" />);
  return Array.from(document.querySelectorAll('dt')).map(dt => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']);
}

const because = { kind: 'owningDirectorate', directorateName: 'Place', premisesName: 'Riverside Depot' } as const;

describe('who decides a request, as its summary says', () => {
  it('names the decider and their role before a decision', () => {
    expect(facts(sampleRequest())).toContainEqual(['To be decided by', 'Jane Smith (Director of Place)']);
    expect(document.body.textContent).not.toMatch(/\(route\)/);
  });

  it('says who decided, in their role, and when', () => {
    const decided = facts(sampleRequest({
      status: 'Approved', storedStatus: 'Approved', decidedBy: { userId: 9, name: 'Jane Smith' }, decidedOn: '2026-11-20T10:00:00Z'
    }));
    expect(decided).toContainEqual(['Decided by', 'Jane Smith (Director of Place)']);
    expect(decided.find(([label]) => label === 'Decision recorded')?.[1]).not.toMatch(/Jane Smith/);
  });

  it('names a stand-in as standing in, and a senior role by its title', () => {
    const standIn: VisitRouting = {
      kind: 'routed', route: 'Owning Director', deciderUserId: 7, deciderName: 'Bob Jones', because,
      standIn: { standIn: 'named', directorateName: 'Place', awayDirectorName: 'Jane Smith' }
    };
    expect(facts(sampleRequest({ routing: standIn }))).toContainEqual(['To be decided by', 'Bob Jones (standing in for the Director of Place)']);
    cleanup();
    const senior: VisitRouting = {
      kind: 'routed', route: 'Chief Financial Officer', deciderUserId: 8, deciderName: 'Raj Patel',
      because: { kind: 'seniorRole', role: 'Chief Financial Officer', premisesName: 'Old Quarry Land' }
    };
    expect(facts(sampleRequest({ routing: senior }))).toContainEqual(['To be decided by', 'Raj Patel (Chief Financial Officer)']);
  });

  it('says plainly when nobody is known to decide yet', () => {
    const unroutable: VisitRouting = { kind: 'unroutable', cause: { kind: 'noDirectorate', premisesName: 'Old Quarry Land' } };
    expect(facts(sampleRequest({ routing: unroutable, status: 'Awaiting routing' })))
      .toContainEqual(['To be decided by', 'Democratic Services (to route)']);
  });
});
