import * as React from 'react';
import type { IParty } from '../../../domain/members/types';
import { useDirectoryStyles } from './directoryStyles';

/** A party's name with its colour as a swatch (the colour is never the only cue). */
export function PartyLabel(props: { party?: IParty; noPartyText: string }): React.ReactElement {
  const classes = useDirectoryStyles();
  return (
    <span className={classes.party}>
      {props.party && <span className={classes.swatch} style={{ background: props.party.colour }} aria-hidden="true" />}
      {props.party?.name ?? props.noPartyText}
    </span>
  );
}
