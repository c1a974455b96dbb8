import * as React from 'react';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { searchTerms, normaliseSearchText } from '../../../../domain/shared/normaliseSearchText';
import type { IPremisesOption } from '../../../../domain/visits/types';
import { FindBox, FIND_SHOWN as SHOWN } from './FindBox';
import { useVisitStyles } from '../shared';

export interface IPremisesPickerProps {
  premises: readonly IPremisesOption[];
  onSelect: (premisesId: number) => void;
  idPrefix: string;
}

function matches(option: IPremisesOption, terms: string[]): boolean {
  const haystack = normaliseSearchText(`${option.name} ${option.address} ${option.wardName ?? ''}`);
  return terms.every(term => haystack.includes(term));
}

/**
 * Finds premises or land in the register by name, address or ward. Excluded premises are
 * listed too (marked), so a member learns why they cannot ask rather than finding nothing.
 */
export function PremisesPicker(props: IPremisesPickerProps): React.ReactElement {
  const classes = useVisitStyles();
  const [query, setQuery] = React.useState('');
  const terms = searchTerms(query);
  const found = terms.length ? props.premises.filter(p => matches(p, terms)) : [];
  const countId = `${props.idPrefix}-premises-count`;
  return (
    <div className={classes.section}>
      <FindBox query={query} onQuery={setQuery} label={strings.PremisesSearchLabel} placeholder={strings.PremisesSearchPlaceholder}
        hint={strings.PremisesSearchHint} none={strings.PremisesNoneFound} found={found.length} searched={terms.length > 0} countId={countId} />
      {found.length > 0 && (
        <ul className={classes.results} aria-label={strings.PremisesResultsLabel}>
          {found.slice(0, SHOWN).map(p => (
            <li key={p.id}>
              <button type="button" className={classes.resultButton} onClick={() => props.onSelect(p.id)}>
                <strong>{p.name}</strong>
                {p.eligibility !== 'Eligible' && <> · <span>{strings.PremisesExcludedMark}</span></>}
                <br />
                <span className={classes.secondary}>
                  {p.wardName ? formatText(strings.PremisesAddressAndWard, p.address, p.wardName) : p.address}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
