import * as React from 'react';
import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { IMemberEntry } from '../../../domain/members/directoryIndex';
import type { IWard } from '../../../domain/members/types';
import { PartyLabel } from './PartyLabel';
import { useDirectoryStyles } from './directoryStyles';

export interface IWardCouncillorsProps {
  ward: IWard;
  parish?: string;
  councillors: IMemberEntry[];
  onOpen: (memberId: number) => void;
}

/** A ward's sitting councillors, each opening their profile, and the parish where known. */
export function WardCouncillors(props: IWardCouncillorsProps): React.ReactElement {
  const classes = useDirectoryStyles();
  return (
    <div className={classes.section}>
      <h4 className={classes.wardHeading}>{formatText(strings.PostcodeWardHeading, props.ward.name)}</h4>
      {props.parish && <p className={classes.secondary}>{formatText(strings.PostcodeParish, props.parish)}</p>}
      {props.councillors.length === 0
        ? <p>{formatText(strings.PostcodeNoCouncillors, props.ward.name)}</p>
        : (
          <ul className={classes.plainList}>
            {props.councillors.map(entry => (
              <li key={entry.member.id}>
                <button type="button" className={classes.nameButton} data-member-open={entry.member.id} aria-haspopup="dialog"
                  onClick={() => props.onOpen(entry.member.id)}>{entry.member.fullName}</button>
                {' \u2013 '}<PartyLabel party={entry.party} noPartyText={strings.NoPartyName} />
              </li>
            ))}
          </ul>
        )}
    </div>
  );
}
