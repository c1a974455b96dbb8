import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Notice } from '../../../../common/components/Notice';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { describeExclusionReason } from '../../../../domain/visits/describeExclusionReason';
import { exclusionReasonOf } from '../../../../domain/visits/routeVisitRequest';
import type { IPremisesOption } from '../../../../domain/visits/types';
import { directorateLinkAt, officerDirectoryAt, serviceLinkAt } from '../../../../domain/officers/officerDirectoryAddress';
import { useVisitStyles } from '../shared';
import { OfficerDirectoryContext } from './officerDirectoryContext';

export interface IPremisesDetailsProps {
  premises: IPremisesOption;
  headingId: string;
  onChange: () => void;
}

/**
 * Whom to ask about premises a member may not visit: the service the register names for
 * them, else the owning directorate's liaison officers — linked to that service or
 * directorate in the officer directory when the web part knows where it is.
 */
function AskLiaisonOfficers(props: { premises: IPremisesOption }): React.ReactElement {
  const configured = React.useContext(OfficerDirectoryContext);
  const { contactService, owningDirectorateId, owningDirectorateName } = props.premises;
  const address = officerDirectoryAt(configured, window.location.href);
  const who = contactService?.name ?? (owningDirectorateName && formatText(strings.PremisesExcludedAskWho, owningDirectorateName));
  if (!who) return <></>;
  const href = address && (contactService ? serviceLinkAt(address, contactService.id) : directorateLinkAt(address, owningDirectorateId));
  const [before, after] = strings.PremisesExcludedAsk.split('{0}');
  return (
    <>{' '}{before}{href ? <a href={href}>{who}</a> : who}{after}</>
  );
}

/**
 * The chosen premises and what the protocol says about visiting it: excluded premises
 * (§20: occupied council houses, leased or tenanted) with the reason and the member's
 * unaffected rights as a member of the public; premises open to the public; safety notes.
 */
export function PremisesDetails(props: IPremisesDetailsProps): React.ReactElement {
  const classes = useVisitStyles();
  const p = props.premises;
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), [p.id]);
  const exclusion = exclusionReasonOf(p);
  const excluded = exclusion !== undefined;
  const safety = [
    p.healthAndSafetyNotes?.trim(),
    p.ppeRequired ? strings.PremisesPpeRequired : undefined,
    p.escortRequired ? strings.PremisesEscortRequired : undefined
  ].filter((s): s is string => !!s);
  return (
    <div className={classes.card}>
      <div className={classes.cardHeader}>
        <h3 id={props.headingId} tabIndex={-1} ref={heading} className={classes.heading}>{p.name}</h3>
        <DefaultButton text={strings.PremisesChange} onClick={props.onChange} ariaLabel={formatText(strings.PremisesChangeLabel, p.name)} />
      </div>
      <p>{p.wardName ? formatText(strings.PremisesAddressAndWard, p.address, p.wardName) : p.address}</p>
      <p className={classes.secondary}>{p.category}</p>
      {excluded && (
        <Notice intent="blocked">
          <strong>{strings.PremisesExcludedTitle}</strong> {describeExclusionReason(exclusion, strings)}{' '}
          {strings.PremisesExcludedProtocol} {strings.PremisesPublicRights}<AskLiaisonOfficers premises={p} />
        </Notice>
      )}
      {!excluded && p.openToPublic && (
        <Notice intent="info">{strings.PremisesOpenToPublic}</Notice>
      )}
      {!excluded && safety.length > 0 && (
        <Notice intent="warning">
          <strong>{strings.PremisesSafetyTitle}</strong>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>{safety.map(s => <li key={s}>{s}</li>)}</ul>
        </Notice>
      )}
    </div>
  );
}
