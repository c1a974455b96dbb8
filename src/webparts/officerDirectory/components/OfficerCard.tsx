import * as React from 'react';
import type { IOfficerEntry } from '../../../domain/officers/officerIndex';
import { isProfileStale } from '../../../domain/officers/reviewStatus';
import { useOfficerStyles } from './officerStyles';
import { LiaisonBadges, OfficerAvatar, OfficerContactActions, OfficerOpenButton } from './OfficerPieces';

export interface IOfficerCardProps {
  entry: IOfficerEntry;
  today: string;
  reviewMonths: number;
  onOpen: (officerId: number) => void;
}

/**
 * An officer in search results: photo or initials, name, job title, service, badge and contact links.
 * Memoised: a keystroke that keeps an officer on the first page leaves their card alone.
 */
export const OfficerCard = React.memo(function OfficerCard(props: IOfficerCardProps): React.ReactElement {
  const classes = useOfficerStyles();
  const { officer, service } = props.entry;
  return (
    <li className={classes.card}>
      <OfficerAvatar key={officer.id} officer={officer} size={48} />
      <div className={classes.cardBody}>
        <OfficerOpenButton officer={officer} onOpen={props.onOpen} />
        {officer.jobTitle && <span>{officer.jobTitle}</span>}
        {service && <span className={classes.secondary}>{service.name}</span>}
        <LiaisonBadges officer={officer} stale={isProfileStale(officer, props.today, props.reviewMonths)}
          deputy={officer.accountId !== undefined && service?.deputyCloUserId === officer.accountId} />
        <OfficerContactActions officer={officer} />
      </div>
    </li>
  );
});
