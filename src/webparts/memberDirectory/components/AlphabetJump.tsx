import * as React from 'react';
import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import { ALPHABET } from '../../../domain/members/sortMembers';
import { useDirectoryStyles } from './directoryStyles';

export interface IAlphabetJumpProps {
  /** Letters that have at least one councillor ("ABDH…"); others are shown disabled. */
  available: string;
  onJump: (letter: string) => void;
}

/** A–Z links to the surname groups; each is a real button, so Tab and Enter work. Memoised: most keystrokes leave it as it was. */
export const AlphabetJump = React.memo(function AlphabetJump(props: IAlphabetJumpProps): React.ReactElement {
  const classes = useDirectoryStyles();
  return (
    <nav aria-label={strings.AlphabetLabel}>
      <ul className={classes.alphabet}>
        {ALPHABET.map(letter => {
          const enabled = props.available.includes(letter);
          return (
            <li key={letter}>
              <button type="button" className={classes.letter} disabled={!enabled} onClick={() => props.onJump(letter)}
                aria-label={formatText(enabled ? strings.AlphabetLetter : strings.AlphabetLetterEmpty, letter)}>
                {letter}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
