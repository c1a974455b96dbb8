import * as React from 'react';
import * as strings from 'MemberDirectoryWebPartStrings';
import { PersonAvatar } from '../../../common/components/PersonAvatar';
import { formatText } from '../../../domain/shared/formatText';
import type { IMemberEntry } from '../../../domain/members/directoryIndex';
import { initialsOf } from '../../../domain/members/memberProfile';
import { FALLBACK_PARTY_COLOUR } from '../../../data/members/mapDirectoryRows';
import { useDirectoryStyles } from './directoryStyles';
import { PartyLabel } from './PartyLabel';

export interface IMemberOpenerProps {
  entry: IMemberEntry;
  onOpen: (memberId: number) => void;
}

/** The button that opens a profile; `data-member-open` lets focus return to it on close. */
export function MemberOpenButton(props: IMemberOpenerProps & { className: string }): React.ReactElement {
  const { member } = props.entry;
  return (
    <button type="button" className={props.className} data-member-open={member.id} aria-haspopup="dialog"
      aria-label={formatText(strings.OpenProfile, member.fullName)} onClick={() => props.onOpen(member.id)}>
      {member.fullName}
    </button>
  );
}

export function MemberAvatar(props: { entry: IMemberEntry; size: number; describe?: boolean; deferPhoto?: boolean }): React.ReactElement {
  const { member, party } = props.entry;
  return (
    <PersonAvatar initials={initialsOf(member.fullName)} photoUrl={member.photoUrl} size={props.size}
      colour={party?.colour ?? FALLBACK_PARTY_COLOUR} deferPhoto={props.deferPhoto}
      photoAlt={props.describe ? formatText(strings.PhotoAlt, member.fullName) : undefined} />
  );
}

/**
 * A councillor as a card: photo, name, party in its colour, ward, cabinet role and why a
 * search found them. Memoised: a keystroke that keeps a councillor in the same place leaves
 * the card alone. The avatar is keyed by councillor, so no photo outlives its name when a
 * card shows someone else.
 */
export const MemberCard = React.memo(function MemberCard(props: IMemberOpenerProps & { reason?: string; deferPhoto?: boolean }): React.ReactElement {
  const classes = useDirectoryStyles();
  const { member, party, ward, isCurrent } = props.entry;
  return (
    <li className={classes.card}>
      <MemberAvatar key={member.id} entry={props.entry} size={56} deferPhoto={props.deferPhoto} />
      <div className={classes.cardBody}>
        <MemberOpenButton entry={props.entry} onOpen={props.onOpen} className={classes.cardName} />
        <PartyLabel party={party} noPartyText={strings.NoPartyName} />
        {ward && <span className={classes.secondary}>{ward.name}</span>}
        {member.cabinetRole && <span>{member.cabinetRole}</span>}
        {!isCurrent && <span className={classes.badge}>{strings.FormerMember}</span>}
        {props.reason && <span className={classes.matchReason}>{props.reason}</span>}
      </div>
    </li>
  );
});
