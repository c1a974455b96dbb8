import * as React from 'react';
import * as strings from 'MemberDirectoryWebPartStrings';
import type { IMemberEntry } from '../../../domain/members/directoryIndex';
import { useDirectoryStyles } from './directoryStyles';
import { MemberAvatar, MemberOpenButton } from './MemberCard';
import { PartyLabel } from './PartyLabel';

export interface IMemberListProps {
  entries: IMemberEntry[];
  caption: string;
  reasonOf: (entry: IMemberEntry) => string | undefined;
  onOpen: (memberId: number) => void;
  /** A search is still being typed: new photos wait for the pause (PersonAvatar). */
  deferPhotos: boolean;
}

/** The compact view: one row per councillor in a table with a caption and row headers. */
export function MemberList(props: IMemberListProps): React.ReactElement {
  const classes = useDirectoryStyles();
  return (
    <table className={classes.table}>
      <caption className={classes.visuallyHidden}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.ColumnName}</th>
          <th scope="col">{strings.ColumnParty}</th>
          <th scope="col">{strings.ColumnWard}</th>
          <th scope="col">{strings.ColumnCabinetRole}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry, position) => {
          const reason = props.reasonOf(entry);
          // Rows by position, as cards are (MemberResults); the avatar by councillor.
          return (
            <tr key={position}>
              <th scope="row">
                <span className={classes.rowName}>
                  <MemberAvatar key={entry.member.id} entry={entry} size={28} deferPhoto={props.deferPhotos} />
                  <MemberOpenButton entry={entry} onOpen={props.onOpen} className={classes.nameButton} />
                  {!entry.isCurrent && <span className={classes.badge}>{strings.FormerMember}</span>}
                </span>
                {reason && <span className={classes.matchReason}>{reason}</span>}
              </th>
              <td><PartyLabel party={entry.party} noPartyText={strings.NoPartyName} /></td>
              <td>{entry.ward?.name}</td>
              <td>{entry.member.cabinetRole}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
