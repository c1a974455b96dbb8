import type { SPFI } from '@pnp/sp';
import { serviceCache } from '../../src/common/webpart/serviceCache';

describe('the service a web part is wired with', () => {
  const siteA = {} as SPFI;
  const siteB = {} as SPFI;

  it('is made once per site and setting, and shared by every render and instance after that', () => {
    const made: Array<[SPFI, number]> = [];
    const serviceFor = serviceCache<{ site: SPFI; days: number }, number>((sp, days) => {
      made.push([sp, days]);
      return { site: sp, days };
    });
    const first = serviceFor(siteA, 5);
    expect(serviceFor(siteA, 5)).toBe(first);
    expect(serviceFor(siteA, 3)).not.toBe(first);
    expect(serviceFor(siteB, 5)).not.toBe(first);
    expect(made).toEqual([[siteA, 5], [siteA, 3], [siteB, 5]]);
  });
});
