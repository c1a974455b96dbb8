import * as React from 'react';
import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { IMatchReason, MatchKind } from '../../../domain/members/searchRelevance';
import { useDirectoryStyles } from './directoryStyles';

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

/** "Matches outside appointment: Riverside Academy Trust": why a search found someone its words do not name. */
export function MatchReason(props: { reasons: readonly IMatchReason[] }): React.ReactElement | null {
  const classes = useDirectoryStyles();
  const first = props.reasons.find(r => r.kind !== 'name');
  if (!first || first.kind === 'name') return null;
  return <span className={classes.matchReason}>{formatText(strings.MatchReason, KIND_LABELS[first.kind], first.text)}</span>;
}
