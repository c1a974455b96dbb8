import * as React from 'react';
import { CheckboxInput } from '../../../../common/components/CheckboxInput';
import * as strings from 'VisitRequestWebPartStrings';
import { normaliseSearchText, searchTerms } from '../../../../domain/shared/normaliseSearchText';
import { FieldProblem, useVisitStyles } from '../shared';
import { FindBox, FIND_SHOWN as SHOWN } from './FindBox';

export interface IOtherMembersPickerProps {
  /** Councillors who may be named (the requester already left out). */
  members: ReadonlyArray<{ id: number; name: string }>;
  chosenIds: readonly number[];
  onChange: (chosenIds: number[]) => void;
  errorMessage?: string;
  idPrefix: string;
}

/**
 * Other councillors coming on the visit: found by name and ticked, the ones ticked always
 * listed first so they can be unticked. Checkboxes and a search box rather than a
 * multi-select dropdown, which on its own made the web part's bundle a tenth larger.
 */
export function OtherMembersPicker(props: IOtherMembersPickerProps): React.ReactElement {
  const classes = useVisitStyles();
  const [query, setQuery] = React.useState('');
  const terms = searchTerms(query);
  const chosen = props.members.filter(m => props.chosenIds.includes(m.id));
  const found = terms.length
    ? props.members.filter(m => !props.chosenIds.includes(m.id) && terms.every(t => normaliseSearchText(m.name).includes(t)))
    : [];
  const labelId = `${props.idPrefix}-other-members`;
  const countId = `${props.idPrefix}-other-members-count`;
  const errorId = `${props.idPrefix}-other-members-error`;
  const group = React.useRef<HTMLDivElement>(null);
  const toggle = (id: number, on: boolean): void =>
    props.onChange(on ? [...props.chosenIds.filter(c => c !== id), id] : props.chosenIds.filter(c => c !== id));
  // Once ticked, the councillor is listed with those coming; the search is done, so it is
  // cleared (it would otherwise say no one matches) and the box is ready for the next name.
  const add = (id: number): void => {
    toggle(id, true);
    setQuery('');
    group.current?.querySelector<HTMLInputElement>('input[role="searchbox"]')?.focus();
  };
  return (
    <div ref={group} role="group" aria-labelledby={labelId} aria-describedby={props.errorMessage ? errorId : undefined}>
      <p id={labelId} className={classes.legend}>{strings.OtherMembersLabel}</p>
      {chosen.length === 0
        ? <p className={classes.secondary}>{strings.OtherMembersPlaceholder}</p>
        : (
          <ul className={classes.results} aria-label={strings.OtherMembersChosenLabel}>
            {chosen.map(m => (
              <li key={m.id}><CheckboxInput label={m.name} checked onChange={() => toggle(m.id, false)} /></li>
            ))}
          </ul>
        )}
      <FindBox query={query} onQuery={setQuery} label={strings.OtherMembersSearchLabel} placeholder={strings.OtherMembersSearchPlaceholder}
        hint={strings.OtherMembersSearchHint} none={strings.OtherMembersNoneFound} found={found.length} searched={terms.length > 0}
        countId={countId} className={classes.findBelow} />
      {found.length > 0 && (
        <ul className={classes.results} aria-label={strings.OtherMembersFoundLabel}>
          {found.slice(0, SHOWN).map(m => (
            <li key={m.id}><CheckboxInput label={m.name} checked={false} onChange={() => add(m.id)} /></li>
          ))}
        </ul>
      )}
      <FieldProblem id={errorId} text={props.errorMessage} />
    </div>
  );
}
