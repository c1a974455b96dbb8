import * as React from 'react';
import * as strings from 'MemberDirectoryWebPartStrings';
import { mailtoHref } from '../../../domain/shared/safeLinks';
import { formatText } from '../../../domain/shared/formatText';
import type { IPortfolioLiaisonOfficer, IPortfolioService } from '../../../domain/members/types';
import { useDirectoryStyles } from './directoryStyles';

/**
 * An email link, or the plain name when there is no valid address. Plain anchors, so each
 * is a Tab stop with its own accessible name.
 */
function MailLink(props: { address: string | undefined; label: string; children: React.ReactNode }): React.ReactElement {
  const href = mailtoHref(props.address);
  return href ? <a href={href} aria-label={props.label}>{props.children}</a> : <>{props.children}</>;
}

function LiaisonOfficers(props: { service: IPortfolioService }): React.ReactElement {
  const { service } = props;
  if (!service.liaisonOfficersKnown) return <>{strings.PortfolioLiaisonUnavailable}</>;
  if (service.leadLiaisonOfficers.length === 0) return <>{strings.NoneRecorded}</>;
  return (
    <>
      {service.leadLiaisonOfficers.map((officer: IPortfolioLiaisonOfficer, i) => (
        <React.Fragment key={officer.id}>
          {i > 0 && ', '}
          <MailLink address={officer.email} label={formatText(strings.PortfolioEmailLiaisonLabel, officer.name, service.name)}>
            {officer.name}
          </MailLink>
        </React.Fragment>
      ))}
    </>
  );
}

/** The services a Cabinet member's portfolio covers, each with its lead liaison officer(s). */
export function PortfolioServices(props: { services: IPortfolioService[] }): React.ReactElement {
  const classes = useDirectoryStyles();
  return (
    <div data-testid="portfolio-services">
      <h3>{strings.PortfolioServicesHeading}</h3>
      <ul className={classes.plainList}>
        {props.services.map(service => (
          <li key={service.id}>
            <strong>{service.name}</strong>
            <span className={classes.secondary}>
              {' \u2014 '}{service.leadLiaisonOfficers.length > 1 ? strings.PortfolioLeadLiaisonOfficers : strings.PortfolioLeadLiaisonOfficer}:{' '}
            </span>
            <LiaisonOfficers service={service} />
            {service.enquiryMailbox && mailtoHref(service.enquiryMailbox) && (
              <>
                {'; '}
                <MailLink address={service.enquiryMailbox} label={formatText(strings.PortfolioEnquiryMailboxLabel, service.name)}>
                  {strings.PortfolioEnquiryMailbox}
                </MailLink>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
