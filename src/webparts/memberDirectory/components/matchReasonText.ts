import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { IMemberEntry } from '../../../domain/members/directoryIndex';
import { matchReasons, type MatchKind } from '../../../domain/members/searchRelevance';

const KIND_LABELS: Record<Exclude<MatchKind, 'name'>, string> = {
  cabinetRole: strings.MatchCabinetRole,
  portfolio: strings.MatchPortfolio,
  responsibility: strings.MatchResponsibility,
  committee: strings.MatchCommittee,
  appointment: strings.MatchAppointment,
  skill: strings.MatchSkill,
  ward: strings.MatchWard,
  party: strings.MatchParty
};

/**
 * "Matches outside appointment: Riverside Academy Trust": why a search found a councillor
 * its words do not name; undefined when the name says it. Text, so a card can be memoised on it.
 */
export function matchReasonText(entry: IMemberEntry, query: string): string | undefined {
  const first = matchReasons(entry, query)[0];
  return first && first.kind !== 'name' ? formatText(strings.MatchReason, KIND_LABELS[first.kind], first.text) : undefined;
}
