import { buildCouncil } from './buildCouncil';
import type { ISeedData } from './seedTypes';

/** The size of Bramblecombe District Council as the preview and tests see it. */
export const SAMPLE_COUNCIL_SIZE = { members: 45, officers: 400 } as const;

/**
 * Bramblecombe District Council: a fictional English district with 45 councillors (four of
 * them former members), 400 officers, 25 committees, 60 premises and 12 visit requests.
 * Deterministic: every call returns an equal, freshly built object (safe to mutate).
 */
export function buildSampleCouncil(): ISeedData {
  return buildCouncil(SAMPLE_COUNCIL_SIZE);
}
