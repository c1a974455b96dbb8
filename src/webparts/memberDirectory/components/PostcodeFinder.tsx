import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { TextInput } from '../../../common/components/TextInput';
import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { IMemberEntry } from '../../../domain/members/directoryIndex';
import type { IWard } from '../../../domain/members/types';
import { wardCouncillors } from '../../../domain/members/wardCouncillors';
import type { IMemberDirectoryService } from '../../../data/members/IMemberDirectoryService';
import { usePostcodeLookup, type PostcodeLookup } from './usePostcodeLookup';
import { WardChooser } from './WardChooser';
import { WardCouncillors } from './WardCouncillors';
import { useDirectoryStyles } from './directoryStyles';

export interface IPostcodeFinderProps {
  service: IMemberDirectoryService;
  wards: readonly IWard[];
  /** Current councillors (the directory's index without former members). */
  entries: readonly IMemberEntry[];
  onOpen: (memberId: number) => void;
  idPrefix: string;
}

function statusText(lookup: PostcodeLookup): string {
  switch (lookup.kind) {
    case 'idle': return '';
    case 'notAPostcode': return formatText(strings.PostcodeNotAPostcode, lookup.typed);
    case 'searching': return formatText(strings.PostcodeSearching, lookup.postcode);
    case 'found': return formatText(strings.PostcodeFound, lookup.postcode, lookup.ward.name);
    case 'unknown': return formatText(strings.PostcodeUnknown, lookup.postcode);
    case 'unavailable': return lookup.reason === 'notSetUp' ? strings.PostcodeNotSetUp : strings.PostcodeFailed;
  }
}

/** "Who represents this address?": a postcode gives the ward, its councillors and the parish. */
export function PostcodeFinder(props: IPostcodeFinderProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const [typed, setTyped] = React.useState('');
  const [lookup, find] = usePostcodeLookup(props.service, props.wards);
  const [chosenWardId, setChosenWardId] = React.useState<number | undefined>(undefined);
  const headingId = `${props.idPrefix}-postcode`;
  const inputId = `${props.idPrefix}-postcode-input`;
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    setChosenWardId(undefined);
    find(typed);
  };
  const offerWards = lookup.kind === 'unknown' || lookup.kind === 'unavailable';
  const chosenWard = offerWards ? props.wards.find(w => w.id === chosenWardId) : undefined;
  const shown = lookup.kind === 'found' ? { ward: lookup.ward, parish: lookup.parish } : chosenWard && { ward: chosenWard };
  return (
    <section className={classes.postcodeFinder} aria-labelledby={headingId}>
      <h3 id={headingId}>{strings.PostcodeHeading}</h3>
      <form className={classes.formRow} role="search" aria-labelledby={headingId} onSubmit={submit}>
        <TextInput id={inputId} label={strings.PostcodeLabel} description={strings.PostcodeDescription} value={typed}
          autoComplete="postal-code" spellCheck={false} style={{ width: 220 }} onChange={setTyped} />
        <PrimaryButton type="submit" text={strings.PostcodeFind} styles={{ root: { marginBottom: 22 } }} />
      </form>
      <p role="status" aria-live="polite" className={classes.postcodeStatus}>{statusText(lookup)}</p>
      {offerWards && (
        <WardChooser wards={props.wards} chosenId={chosenWardId} onChoose={setChosenWardId} headingId={`${headingId}-wards`} />
      )}
      {shown && (
        <WardCouncillors ward={shown.ward} parish={shown.parish} councillors={wardCouncillors(props.entries, shown.ward.id)} onOpen={props.onOpen} />
      )}
    </section>
  );
}
