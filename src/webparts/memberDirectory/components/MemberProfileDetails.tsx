import * as React from 'react';
import * as strings from 'MemberDirectoryWebPartStrings';
import { ContactActions, contactActions } from '../../../common/components/ContactActions';
import { formatIsoDate } from '../../../domain/shared/formatDate';
import { formatText } from '../../../domain/shared/formatText';
import type { IMemberEntry } from '../../../domain/members/directoryIndex';
import { groupSeatsByType } from '../../../domain/members/memberProfile';
import type { CommitteeType } from '../../../domain/members/types';
import { useDirectoryStyles } from './directoryStyles';
import { MemberAvatar } from './MemberCard';
import { PartyLabel } from './PartyLabel';
import { PortfolioServices } from './PortfolioServices';

const SEAT_TYPE_HEADINGS: Record<CommitteeType, string> = {
  'Committee': strings.SeatTypeCommittee,
  'Working party': strings.SeatTypeWorkingParty,
  'Task and finish group': strings.SeatTypeTaskAndFinish,
  'Board': strings.SeatTypeBoard,
  'Cabinet': strings.SeatTypeCabinet
};

/** "from 20 May 2025 to 1 May 2026", "from …", "until …", or nothing. */
export function datesText(start: string | undefined, end: string | undefined): string | undefined {
  if (start && end) return formatText(strings.DatesFromTo, formatIsoDate(start), formatIsoDate(end));
  if (start) return formatText(strings.DatesFrom, formatIsoDate(start));
  if (end) return formatText(strings.DatesUntil, formatIsoDate(end));
  return undefined;
}

function termText(start: string | undefined, end: string | undefined): string | undefined {
  if (start && end) return formatText(strings.TermFromTo, formatIsoDate(start), formatIsoDate(end));
  if (start) return formatText(strings.TermFrom, formatIsoDate(start));
  return undefined;
}

function ProfileSection(props: { heading: string; children: React.ReactNode }): React.ReactElement {
  const classes = useDirectoryStyles();
  return <section className={classes.section}><h2>{props.heading}</h2>{props.children}</section>;
}

function isEnded(end: string | undefined, today: string): boolean {
  return !!end && end < today;
}

/** The member's register of interests (Localism Act 2011 s.29), where the council publishes it. */
function RegisterOfInterests(props: { url: string; name: string }): React.ReactElement {
  return (
    <>
      <dt>{strings.ProfileRegister}</dt>
      <dd><a href={props.url} target="_blank" rel="noopener noreferrer">{formatText(strings.RegisterLink, props.name)}</a></dd>
    </>
  );
}

export interface IMemberProfileDetailsProps {
  entry: IMemberEntry;
  today: string;
}

/** The profile header, contact actions and facts Democratic Services maintain. */
export function MemberProfileHeader(props: IMemberProfileDetailsProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const { member, party, ward } = props.entry;
  const name = member.fullName;
  // Official council details by default; personal numbers only as the member chose to share them.
  const actions = contactActions({
    email: member.email, phone: member.phone, mobile: member.self?.sharedMobile, home: member.self?.sharedHomePhone
  }, {
    email: strings.EmailAction, teams: strings.TeamsAction,
    phone: n => formatText(strings.PhoneAction, n), mobile: n => formatText(strings.MobileAction, n),
    home: n => formatText(strings.HomePhoneAction, n)
  }, {
    email: formatText(strings.EmailActionLabel, name), teams: formatText(strings.TeamsActionLabel, name),
    phone: n => formatText(strings.PhoneActionLabel, name, n), mobile: n => formatText(strings.MobileActionLabel, name, n),
    home: n => formatText(strings.HomePhoneActionLabel, name, n)
  });
  const preference = member.self?.contactPreference;
  const term = termText(member.termStart, member.termEnd);
  return (
    <>
      <div className={classes.profileHeader}>
        <MemberAvatar entry={props.entry} size={96} describe />
        <dl className={classes.facts}>
          <dt>{strings.ProfileParty}</dt><dd><PartyLabel party={party} noPartyText={strings.NoneRecorded} /></dd>
          <dt>{strings.ProfileWard}</dt><dd>{ward?.name ?? strings.NoneRecorded}</dd>
          {term && <><dt>{strings.ProfileTerm}</dt><dd>{term}</dd></>}
          {!props.entry.isCurrent && <><dt>{strings.FormerMember}</dt><dd>{member.termEnd ? formatIsoDate(member.termEnd) : ''}</dd></>}
          {member.registerUrl && <RegisterOfInterests url={member.registerUrl} name={name} />}
        </dl>
      </div>
      {(actions.length > 0 || preference) && (
        <ProfileSection heading={strings.ContactHeading}>
          <ContactActions actions={actions} />
          {preference && <p><strong>{strings.ContactPreferenceShown}: </strong>{preference}</p>}
        </ProfileSection>
      )}
    </>
  );
}

/** Cabinet role, committees by type, responsibilities and outside appointments. */
export function MemberRoles(props: IMemberProfileDetailsProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const { member, appointments } = props.entry;
  const seatGroups = groupSeatsByType(props.entry);
  const ended = (end: string | undefined): string => (isEnded(end, props.today) ? ` (${strings.Ended})` : '');
  return (
    <>
      {(member.cabinetRole || member.portfolio) && (
        <ProfileSection heading={strings.ProfileCabinetRole}>
          {member.cabinetRole && <p>{member.cabinetRole}</p>}
          {member.portfolio && <p><strong>{strings.ProfilePortfolio}: </strong>{member.portfolio}</p>}
          {member.portfolioServices && member.portfolioServices.length > 0 && <PortfolioServices services={member.portfolioServices} />}
        </ProfileSection>
      )}
      <ProfileSection heading={strings.ProfileSeats}>
        {seatGroups.length === 0 && <p>{strings.NoneRecorded}</p>}
        {seatGroups.map(group => (
          <div key={group.type}>
            <h3>{SEAT_TYPE_HEADINGS[group.type]}</h3>
            <ul className={classes.plainList}>
              {group.seats.map(({ membership, committee }) => {
                const dates = datesText(membership.startDate, membership.endDate);
                return (
                  <li key={membership.id}>
                    <strong>{committee.name}</strong>, {membership.role}
                    {dates && <span className={classes.secondary}> ({dates})</span>}{ended(membership.endDate)}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </ProfileSection>
      {member.additionalResponsibilities.length > 0 && (
        <ProfileSection heading={strings.ProfileResponsibilities}>
          <ul className={classes.plainList}>{member.additionalResponsibilities.map(r => <li key={r}>{r}</li>)}</ul>
        </ProfileSection>
      )}
      <ProfileSection heading={strings.ProfileAppointments}>
        {appointments.length === 0
          ? <p>{strings.NoneRecorded}</p>
          : (
            <ul className={classes.plainList}>
              {appointments.map(a => {
                const dates = datesText(a.startDate, a.endDate);
                return (
                  <li key={a.id}>
                    <strong>{a.organisation}</strong>{a.role ? `, ${a.role}` : ''} <span className={classes.secondary}>({a.type}{dates ? `; ${dates}` : ''})</span>{ended(a.endDate)}
                  </li>
                );
              })}
            </ul>
          )}
      </ProfileSection>
    </>
  );
}

/** The part a member keeps up to date themselves. */
export function MemberOwnWords(props: { entry: IMemberEntry }): React.ReactElement {
  const classes = useDirectoryStyles();
  const skills = props.entry.member.self?.skills ?? [];
  const biography = props.entry.member.self?.biography;
  return (
    <>
      <ProfileSection heading={strings.ProfileSkills}>
        {skills.length === 0
          ? <p>{strings.NoneRecorded}</p>
          : <ul className={classes.chips}>{skills.map(s => <li key={s} className={`${classes.chip} ${classes.readonlyChip}`}>{s}</li>)}</ul>}
      </ProfileSection>
      <ProfileSection heading={strings.ProfileBiography}>
        <p className={classes.biography}>{biography ?? strings.NoneRecorded}</p>
      </ProfileSection>
    </>
  );
}
