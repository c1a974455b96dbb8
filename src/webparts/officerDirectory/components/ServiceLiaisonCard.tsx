import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { EscalationRole, IServiceLiaison } from '../../../domain/officers/findLiaisonOfficers';
import { isProfileStale } from '../../../domain/officers/reviewStatus';
import type { IOfficer } from '../../../domain/officers/types';
import { formatText } from '../../../domain/shared/formatText';
import { CopyLinkButton } from '../../../common/components/CopyLinkButton';
import { useOfficerStyles } from './officerStyles';
import { LiaisonBadges, OfficerAvatar, OfficerContactActions, OfficerOpenButton } from './OfficerPieces';

export interface IServiceLiaisonCardProps {
  liaison: IServiceLiaison;
  today: string;
  reviewMonths: number;
  responseStandard: string;
  onOpen: (officerId: number) => void;
  headingId: string;
  /** The service's shareable address. */
  link: string;
  /** Folded to its name and who to contact first, until opened (or found by a search). */
  expanded: boolean;
  onToggle: (serviceId: number) => void;
}

const ROLE_LABELS: Record<EscalationRole, string> = {
  headOfService: strings.EscalationHeadOfService,
  director: strings.EscalationDirector,
  chiefExecutive: strings.EscalationChiefExecutive
};

function LiaisonOfficer(props: { officer: IOfficer; deputy?: boolean } & Pick<IServiceLiaisonCardProps, 'today' | 'reviewMonths' | 'onOpen'>): React.ReactElement {
  const classes = useOfficerStyles();
  const { officer } = props;
  return (
    <div className={classes.liaisonRow}>
      <OfficerAvatar officer={officer} size={48} />
      <div className={classes.cardBody}>
        <OfficerOpenButton officer={officer} onOpen={props.onOpen} />
        {officer.jobTitle && <span className={classes.secondary}>{officer.jobTitle}</span>}
        <LiaisonBadges officer={officer} deputy={props.deputy} stale={isProfileStale(officer, props.today, props.reviewMonths)} />
        {officer.cloProfile && <p className={classes.profileText}>{officer.cloProfile}</p>}
        {officer.availability && <p className={classes.profileText}><strong>{strings.Availability}:</strong> {officer.availability}</p>}
        <OfficerContactActions officer={officer} />
      </div>
    </div>
  );
}

/** Who to contact first, then (when a service has several equal leads) the others. */
function LeadOfficers(props: Pick<IServiceLiaisonCardProps, 'today' | 'reviewMonths' | 'onOpen'> & { leads: IOfficer[] }): React.ReactElement {
  const [first, ...others] = props.leads;
  const row = (o: IOfficer): React.ReactElement => (
    <LiaisonOfficer key={o.id} officer={o} today={props.today} reviewMonths={props.reviewMonths} onOpen={props.onOpen} />
  );
  if (!first) return <></>;
  if (others.length === 0) return <><h4>{strings.LiaisonOfficerHeading}</h4>{row(first)}</>;
  return (
    <>
      <h4>{strings.ContactFirstHeading}</h4>
      {row(first)}
      <h4>{strings.OtherLiaisonOfficersHeading}</h4>
      {others.map(row)}
    </>
  );
}

/**
 * One service's answer to "who do I ask?": liaison officers, deputy, mailbox, standard,
 * escalation. Memoised: a keystroke in the Topic box that keeps a service leaves its card alone.
 */
export const ServiceLiaisonCard = React.memo(function ServiceLiaisonCard(props: IServiceLiaisonCardProps): React.ReactElement {
  const classes = useOfficerStyles();
  const { service, directorate, leads } = props.liaison;
  const bodyId = `${props.headingId}-body`;
  return (
    <article className={classes.serviceCard} aria-labelledby={props.headingId}>
      <h3 id={props.headingId} className={classes.serviceHeading} tabIndex={-1}>
        <button type="button" className={classes.serviceToggle} aria-expanded={props.expanded} aria-controls={bodyId}
          onClick={() => props.onToggle(service.id)}>
          <FontIcon iconName={props.expanded ? 'ChevronDown' : 'ChevronRight'} aria-hidden className={classes.chevron} />
          {service.name}
        </button>
      </h3>
      {directorate && <span className={classes.secondary}>{directorate.name}</span>}
      {!props.expanded && leads[0] && (
        <p className={classes.serviceSummary}>
          {strings.ContactFirstSummary} <OfficerOpenButton officer={leads[0]} onOpen={props.onOpen} />
        </p>
      )}
      <div id={bodyId} hidden={!props.expanded}>
        {props.expanded && <ServiceDetails {...props} />}
      </div>
    </article>
  );
});

function ServiceDetails(props: IServiceLiaisonCardProps): React.ReactElement {
  const classes = useOfficerStyles();
  const { service, directorate, leads, deputy, escalation } = props.liaison;
  return (
    <>
      {(directorate?.director || service.portfolioHolder) && (
        <p className={classes.secondary}>
          {directorate?.director && formatText(strings.DirectorOf, directorate.director.name)}
          {directorate?.director && service.portfolioHolder && ' \u00b7 '}
          {service.portfolioHolder && formatText(strings.PortfolioHolderOf, service.portfolioHolder.name)}
        </p>
      )}
      {leads.length === 0 && !deputy && <p className={classes.note}>{strings.NoLiaisonOfficer}</p>}
      <LeadOfficers leads={leads} today={props.today} reviewMonths={props.reviewMonths} onOpen={props.onOpen} />
      {deputy && (
        <>
          <h4>{strings.DeputyHeading}</h4>
          <LiaisonOfficer officer={deputy} deputy today={props.today} reviewMonths={props.reviewMonths} onOpen={props.onOpen} />
        </>
      )}
      {service.enquiryMailbox && (
        <p className={classes.note}>
          {strings.EnquiryMailbox}: <a href={`mailto:${service.enquiryMailbox}`}>{service.enquiryMailbox}</a>
        </p>
      )}
      {props.responseStandard.trim() && (
        <>
          <h4>{strings.ResponseStandardHeading}</h4>
          <p className={classes.profileText}>{props.responseStandard.trim()}</p>
        </>
      )}
      {escalation.length > 0 && (
        <>
          <h4>{strings.EscalationHeading}</h4>
          <ol className={classes.escalation}>
            {escalation.map(step => (
              <li key={step.role}>
                {ROLE_LABELS[step.role]}:{' '}
                {step.person.email ? <a href={`mailto:${step.person.email}`}>{step.person.name}</a> : step.person.name}
              </li>
            ))}
          </ol>
        </>
      )}
      <CopyLinkButton link={props.link} strings={{
        copy: strings.CopyLink, copyLabel: formatText(strings.CopyServiceLinkLabel, service.name),
        copied: strings.LinkCopied, copyRefused: strings.CopyRefused, linkLabel: strings.ServiceLinkLabel
      }} />
    </>
  );
}
