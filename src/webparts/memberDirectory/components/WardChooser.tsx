import * as React from 'react';
import * as strings from 'MemberDirectoryWebPartStrings';
import type { IWard } from '../../../domain/members/types';
import { useDirectoryStyles } from './directoryStyles';

export interface IWardChooserProps {
  wards: readonly IWard[];
  chosenId: number | undefined;
  onChoose: (wardId: number) => void;
  headingId: string;
}

/** Every ward as a button, for when the postcode did not answer: the person picks the ward themselves. */
export function WardChooser(props: IWardChooserProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const wards = React.useMemo(() => [...props.wards].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), [props.wards]);
  return (
    <div className={classes.section}>
      <h4 id={props.headingId} className={classes.wardHeading}>{strings.PostcodeWardListHeading}</h4>
      <ul className={classes.wardChoices} aria-labelledby={props.headingId}>
        {wards.map(ward => (
          <li key={ward.id}>
            <button type="button" className={classes.nameButton} aria-pressed={props.chosenId === ward.id}
              onClick={() => props.onChoose(ward.id)}>{ward.name}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
