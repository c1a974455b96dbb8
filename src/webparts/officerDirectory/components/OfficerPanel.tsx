import * as React from 'react';
import { DefaultButton, type IButton } from '@fluentui/react/lib/Button';
import { Notice } from '../../../common/components/Notice';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { formatIsoDate } from '../../../domain/shared/formatDate';
import { formatText } from '../../../domain/shared/formatText';
import type { IOfficerEntry } from '../../../domain/officers/officerIndex';
import { fallbackMailboxes, isProfileStale } from '../../../domain/officers/reviewStatus';
import type { IService } from '../../../domain/officers/types';
import type { IOfficerDirectoryService } from '../../../data/officers/IOfficerDirectoryService';
import { EditLiaisonProfileForm } from './EditLiaisonProfileForm';
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
  service: IOfficerDirectoryService;
  /** The signed-in user: only their own liaison entry offers "Edit my liaison profile". */
  currentUserId: number | undefined;
  idPrefix: string;
  /** Reads the directory again behind the view (after a save or a conflict). */
  onRefresh: () => Promise<void>;
  onDismiss: () => void;
  /** After the close animation: the place to return focus. */
  onDismissed: () => void;
}

/** A profile that may be out of date says what to do: write to the service's mailbox too. */
function StaleProfileNotice(props: Pick<IOfficerPanelProps, 'services' | 'reviewMonths'> & { entry: IOfficerEntry }): React.ReactElement {
  const mailboxes = fallbackMailboxes(props.entry.officer, props.services);
  if (mailboxes.length === 0) return <Notice intent="warning">{formatText(strings.StaleProfileNoMailbox, props.reviewMonths)}</Notice>;
  return (
    <Notice intent="warning">
      {formatText(strings.StaleProfile, props.reviewMonths)}
      <ul>
        {mailboxes.map(s => <li key={s.id}>{s.name}: <a href={`mailto:${s.enquiryMailbox}`}>{s.enquiryMailbox}</a></li>)}
      </ul>
    </Notice>
  );
}

type DetailsProps = Pick<IOfficerPanelProps, 'services' | 'today' | 'reviewMonths'> & { entry: IOfficerEntry };

function OfficerDetails(props: DetailsProps): React.ReactElement {
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
      {stale && <StaleProfileNotice entry={props.entry} services={props.services} reviewMonths={props.reviewMonths} />}
      <dl className={classes.facts}>
        {officer.jobTitle && <><dt>{strings.JobTitle}</dt><dd>{officer.jobTitle}</dd></>}
        {service && <><dt>{strings.Service}</dt><dd>{service.name}</dd></>}
        {directorate && <><dt>{strings.Directorate}</dt><dd>{directorate.name}</dd></>}
        {officer.location && <><dt>{strings.Location}</dt><dd>{officer.location}</dd></>}
      </dl>
      {officer.isClo && (
        <section aria-labelledby={cloHeadingId}>
          <h2 id={cloHeadingId} className={classes.panelHeading}>{strings.CloProfileHeading}</h2>
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

/**
 * A liaison officer's own "Edit my liaison profile": offered only on their own entry. The
 * button is a convenience; SharePoint's item-level security is what stops anyone else.
 */
function OwnLiaisonProfile(props: Pick<IOfficerPanelProps, 'service' | 'idPrefix' | 'onRefresh'> & { entry: IOfficerEntry }): React.ReactElement {
  const [editing, setEditing] = React.useState(false);
  const [saved, setSaved] = React.useState(false);
  const editButton = React.useRef<IButton>(null);
  const [focusEditButton, setFocusEditButton] = React.useState(false);
  React.useEffect(() => {
    if (focusEditButton) { editButton.current?.focus(); setFocusEditButton(false); }
  }, [focusEditButton]);
  const stopEditing = (wasSaved: boolean): void => {
    setEditing(false);
    setSaved(wasSaved);
    setFocusEditButton(true);
  };
  const { officer } = props.entry;
  return (
    <>
      {saved && <Notice intent="success" role="status">{strings.LiaisonSaved}</Notice>}
      {editing
        // Keyed by version: after "Reload the latest version" the form restarts from it.
        ? <EditLiaisonProfileForm key={officer.ownProfileItem?.etag ?? ''} officer={officer} service={props.service}
          idPrefix={props.idPrefix} onCancel={() => stopEditing(false)} onReload={props.onRefresh}
          onSaved={async () => { await props.onRefresh(); stopEditing(true); }} />
        : <DefaultButton componentRef={editButton} iconProps={{ iconName: 'Edit' }} text={strings.EditMyLiaisonProfile}
          onClick={() => { setEditing(true); setSaved(false); }} styles={{ root: { marginTop: 16 } }} />}
    </>
  );
}

/** Everything about one officer; for a liaison officer, what they cover and how current that is. */
export function OfficerPanel(props: IOfficerPanelProps): React.ReactElement {
  const { entry } = props;
  const naming = React.useContext(OfficerNaming);
  const isOwnLiaisonEntry = !!entry && entry.officer.isClo && props.currentUserId !== undefined
    && entry.officer.accountId === props.currentUserId;
  return (
    <Panel isOpen={props.isOpen} type={PanelType.medium} isLightDismiss headerText={entry ? naming(entry.officer) : undefined}
      closeButtonAriaLabel={strings.CloseOfficer} onDismiss={props.onDismiss} onDismissed={props.onDismissed}>
      {!entry && props.stillLooking && <Spinner label={strings.OfficerLoading} />}
      {!entry && !props.stillLooking && <Notice intent="warning">{strings.OfficerNotFound}</Notice>}
      {entry && <OfficerDetails entry={entry} services={props.services} today={props.today} reviewMonths={props.reviewMonths} />}
      {entry && isOwnLiaisonEntry && (
        <OwnLiaisonProfile key={entry.officer.id} entry={entry} service={props.service} idPrefix={props.idPrefix} onRefresh={props.onRefresh} />
      )}
    </Panel>
  );
}
