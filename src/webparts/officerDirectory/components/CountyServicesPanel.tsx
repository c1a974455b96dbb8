import * as React from 'react';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import { mailtoHref, safeWebLink, telHref } from '../../../domain/shared/safeLinks';
import type { ICountyServiceGroup } from '../../../domain/officers/findCountyServices';
import type { ICountyService } from '../../../domain/officers/types';
import { useOfficerStyles } from './officerStyles';

export interface ICountyServicesPanelProps {
  /** The county services the topic is about, grouped by the council that provides them. */
  groups: readonly ICountyServiceGroup[];
  /** The topic as typed, to say what it is that is handled elsewhere. */
  topic: string;
  idPrefix: string;
}

function CountyServiceContact(props: { service: ICountyService }): React.ReactElement {
  const classes = useOfficerStyles();
  const { service } = props;
  // Stored text becomes a link only when it is what it claims to be (an https page, a number, one address).
  const page = safeWebLink(service.contactUrl);
  const tel = telHref(service.phone);
  const mail = mailtoHref(service.email);
  return (
    <>
      <h4>{service.name}</h4>
      {service.notes && <p className={classes.profileText}>{service.notes}</p>}
      {(page || tel || mail) && (
        <ul className={classes.countyContacts}>
          {page && <li><a href={page}>{formatText(strings.CountyContactPage, service.name, service.council)}</a></li>}
          {tel && service.phone && <li><a href={tel} aria-label={formatText(strings.CountyPhone, service.council, service.phone)}>{service.phone}</a></li>}
          {mail && service.email && <li><a href={mail} aria-label={formatText(strings.CountyEmail, service.email)}>{service.email}</a></li>}
        </ul>
      )}
    </>
  );
}

/** "Potholes are the county's": which council handles a topic this one does not, and how to reach it. */
export function CountyServicesPanel(props: ICountyServicesPanelProps): React.ReactElement {
  const classes = useOfficerStyles();
  return (
    <>
      {props.groups.map((group, i) => {
        const headingId = `${props.idPrefix}-county-${i}`;
        return (
          <section key={group.council} className={classes.countyPanel} aria-labelledby={headingId}>
            <h3 id={headingId}>{formatText(strings.CountyHandledBy, props.topic.trim(), group.council)}</h3>
            {group.services.map(service => <CountyServiceContact key={service.id} service={service} />)}
          </section>
        );
      })}
    </>
  );
}
