import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { formatIsoDate } from '../../../common/formatDate';
import { formatText } from '../../../common/formatText';
import type { IOfficerEntry } from '../../../domain/officers/officerIndex';
import { isProfileStale } from '../../../domain/officers/reviewStatus';
import type { IService } from '../../../domain/officers/types';
import { useOfficerStyles } from './officerStyles';
import { LiaisonBadges, OfficerAvatar, OfficerContactActions, OfficerNaming, useOfficerName } from './OfficerPieces';

export interface IOfficerPanelProps {
  isOpen: boolean;
  /** The requested officer; undefined while the index may still bring them, or when no such officer is current. */
  entry: IOfficerEntry | undefined;
  stillLooking: boolean;
  services: ReadonlyMap<number, IService>;
  today: string;
  reviewMonths: number;
  onDismiss: () => void;
  /** After the close animation: the place to return focus. */
  onDismissed: () => void;
}

function OfficerDetails(props: Omit<IOfficerPanelProps, 'isOpen' | 'entry' | 'stillLooking' | 'onDismiss' | 'onDismissed'> & { entry: IOfficerEntry }): React.ReactElement {
  const classes = useOfficerStyles();
  const { officer, service, directorate } = props.entry;
  const name = useOfficerName(officer);
  const stale = officer.isClo && isProfileStale(officer, props.today, props.reviewMonths);
  const covered = officer.cloServiceIds.map(id => props.services.get(id)?.name).filter((n): n is string => !!n);
  const cloHeadingId = React.useRef(getId('officer-panel-clo')).current;
  const reviewed = officer.lastReviewed
    ? (officer.lastReviewedBy ? formatText(strings.LastReviewedOnBy, formatIsoDate(officer.lastReviewed), officer.lastReviewedBy.name) : formatIsoDate(officer.lastReviewed))
    : strings.NeverReviewed;
  return (
    <>
      <div className={classes.panelHeader}>
        <OfficerAvatar officer={officer} size={72} describe />
        <div className={classes.cardBody}>
          {name !== officer.fullName && <span>{officer.fullName}</span>}
          {officer.jobTitle && <span>{officer.jobTitle}</span>}
          <LiaisonBadges officer={officer} stale={stale}
            deputy={officer.accountId !== undefined && service?.deputyCloUserId === officer.accountId} />
        </div>
      </div>
      <OfficerContactActions officer={officer} />
      {stale && <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.StaleProfile, props.reviewMonths)}</MessageBar>}
      <dl className={classes.facts}>
        {officer.jobTitle && <><dt>{strings.JobTitle}</dt><dd>{officer.jobTitle}</dd></>}
        {service && <><dt>{strings.Service}</dt><dd>{service.name}</dd></>}
        {directorate && <><dt>{strings.Directorate}</dt><dd>{directorate.name}</dd></>}
        {officer.location && <><dt>{strings.Location}</dt><dd>{officer.location}</dd></>}
      </dl>
      {officer.isClo && (
        <section aria-labelledby={cloHeadingId}>
          <h3 id={cloHeadingId}>{strings.CloProfileHeading}</h3>
          {officer.cloProfile && <p className={classes.profileText}>{officer.cloProfile}</p>}
          <dl className={classes.facts}>
            {covered.length > 0 && <><dt>{strings.ServicesCovered}</dt><dd>{covered.join(', ')}</dd></>}
            {officer.availability && <><dt>{strings.Availability}</dt><dd>{officer.availability}</dd></>}
            <dt>{strings.LastReviewed}</dt><dd>{reviewed}</dd>
          </dl>
        </section>
      )}
    </>
  );
}

/** Everything about one officer; for a liaison officer, what they cover and how current that is. */
export function OfficerPanel(props: IOfficerPanelProps): React.ReactElement {
  const { entry } = props;
  const naming = React.useContext(OfficerNaming);
  return (
    <Panel isOpen={props.isOpen} type={PanelType.medium} isLightDismiss headerText={entry ? naming(entry.officer) : undefined}
      closeButtonAriaLabel={strings.CloseOfficer} onDismiss={props.onDismiss} onDismissed={props.onDismissed}>
      {!entry && props.stillLooking && <Spinner label={strings.OfficerLoading} />}
      {!entry && !props.stillLooking && <MessageBar messageBarType={MessageBarType.warning}>{strings.OfficerNotFound}</MessageBar>}
      {entry && <OfficerDetails entry={entry} services={props.services} today={props.today} reviewMonths={props.reviewMonths} />}
    </Panel>
  );
}
