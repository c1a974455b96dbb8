import { buildCouncil } from './buildCouncil';
import { SAMPLE_COUNCIL_SIZE } from './sampleCouncil';
import type { ISeedData } from './seedTypes';

/**
 * The sample council with more officers (and optionally more members), for benchmarks
 * and list-view-threshold tests. The member side is unchanged at the default size, and
 * the first officers are the same people as in the sample council.
 */
export function buildLargeCouncil(options: { officers: number; members?: number }): ISeedData {
  return buildCouncil({ officers: options.officers, members: options.members ?? SAMPLE_COUNCIL_SIZE.members });
}
