import * as React from 'react';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { formatIsoDate } from '../../../domain/shared/formatDate';
import { formatText } from '../../../domain/shared/formatText';
import type { IOfficer, IService } from '../../../domain/officers/types';
import { useOfficerStyles } from './officerStyles';
import { OfficerOpenButton } from './OfficerPieces';

export interface IReviewListProps {
  stale: IOfficer[];
  services: ReadonlyMap<number, IService>;
  reviewMonths: number;
  onOpen: (officerId: number) => void;
}

/** Liaison officer profiles past their review date, longest overdue first, for Democratic Services to chase. */
export function ReviewList(props: IReviewListProps): React.ReactElement {
  const classes = useOfficerStyles();
  if (props.stale.length === 0) return <p className={classes.note}>{formatText(strings.ReviewsNone, props.reviewMonths)}</p>;
  return (
    <>
      <p className={classes.note}>{formatText(strings.ReviewsIntro, props.reviewMonths)}</p>
      <table className={classes.table}>
        <caption className={classes.visuallyHidden}>{strings.ReviewsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.ColumnName}</th>
            <th scope="col">{strings.ColumnService}</th>
            <th scope="col">{strings.ColumnLastReviewed}</th>
            <th scope="col">{strings.ColumnReviewedBy}</th>
          </tr>
        </thead>
        <tbody>
          {props.stale.map(officer => (
            <tr key={officer.id}>
              <td><OfficerOpenButton officer={officer} onOpen={props.onOpen} /></td>
              <td>{officer.cloServiceIds.map(id => props.services.get(id)?.name).filter(Boolean).join(', ')}</td>
              <td>{officer.lastReviewed ? formatIsoDate(officer.lastReviewed) : strings.NeverReviewed}</td>
              <td>{officer.lastReviewedBy?.name ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
