import * as React from 'react';
import { Dropdown, DropdownMenuItemType, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Notice } from '../../../common/components/Notice';
import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import { COMMITTEE_TYPES } from '../../../schema/lists';
import { committeeMakeup, isProportionate, politicalBalanceApplies, type ICommitteeMakeup, type IPartySeats } from '../../../domain/members/partyBalance';
import type { BalanceRule } from '../../../domain/members/proportionalSeats';
import type { ICommittee, IMemberDirectoryData } from '../../../domain/members/types';
import { FALLBACK_PARTY_COLOUR } from '../../../data/members/mapDirectoryRows';
import { useDirectoryStyles } from './directoryStyles';
import { PartyLabel } from './PartyLabel';

export interface ICommitteeViewProps {
  data: IMemberDirectoryData;
  committeeId: number | undefined;
  today: string;
  onCommitteeChange: (committeeId: number) => void;
  onOpen: (memberId: number) => void;
}

function committeeOptions(committees: ICommittee[]): IDropdownOption[] {
  const active = committees.filter(c => c.isActive);
  return COMMITTEE_TYPES.flatMap(type => {
    const ofType = active.filter(c => c.type === type).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    if (ofType.length === 0) return [];
    return [
      { key: `type-${type}`, text: type, itemType: DropdownMenuItemType.Header },
      ...ofType.map(c => ({ key: c.id, text: c.name }))
    ];
  });
}

const percent = (share: number): string => formatText(strings.Percent, Math.round(share * 100));

function seatDifference(b: IPartySeats): string {
  const difference = b.seats - b.entitled;
  if (difference === 0) return strings.BalanceMatches;
  return formatText(difference > 0 ? strings.BalanceOver : strings.BalanceUnder, Math.abs(difference));
}

export const RULE_TEXT: Record<BalanceRule, string> = { a: strings.BalanceRuleA, b: strings.BalanceRuleB, c: strings.BalanceRuleC };

/** Party make-up; where LGHA 1989 s.15 applies, also each group's entitlement and a verdict. */
function PartyBalance(props: {
  balance: IPartySeats[]; votingSeats: number; applies: boolean; noGroups: boolean; departures: BalanceRule[]; majority?: ICommitteeMakeup['majority'];
}): React.ReactElement {
  const { majority } = props;
  // The majority-group rule moves seats a reader cannot see in the shares: say whose, and why, in so many words.
  const ruleText = (rule: BalanceRule): string => (rule === 'b' && majority
    ? formatText(strings.BalanceMajorityPlain, majority.group?.name ?? strings.NoGroupName, majority.councilMembers, majority.membership,
      majority.entitled, props.votingSeats)
    : RULE_TEXT[rule]);
  const classes = useDirectoryStyles();
  const { applies } = props;
  return (
    <section className={classes.section}>
      <h3>{applies ? strings.BalanceHeading : strings.MakeupHeading}</h3>
      <div className={classes.balanceBar} aria-hidden="true">
        {props.balance.map(b => (
          <span key={b.key} style={{ flex: b.seats, background: b.party?.colour ?? FALLBACK_PARTY_COLOUR }} />
        ))}
      </div>
      {applies
        ? (
          <Notice intent={isProportionate(props.balance) ? 'success' : 'warning'}>
            {isProportionate(props.balance) ? strings.BalanceProportionate : strings.BalanceNotProportionate}
          </Notice>
        )
        : <p>{props.noGroups ? strings.BalanceNoGroups : strings.BalanceDoesNotApply}</p>}
      {applies && props.departures.length > 0 && (
        <>
          <p>{strings.BalanceDepartsIntro}</p>
          <ul className={classes.plainList}>{props.departures.map(rule => <li key={rule}>{ruleText(rule)}</li>)}</ul>
        </>
      )}
      <table className={`${classes.table} ${classes.stackedTable}`}>
        <caption className={classes.secondary} style={{ textAlign: 'left', captionSide: 'bottom', paddingTop: 6 }}>
          {applies ? strings.BalanceCaption : strings.MakeupCaption} {formatText(strings.BalanceTotal, props.votingSeats)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{applies ? strings.ColumnGroup : strings.ColumnParty}</th>
            <th scope="col">{strings.BalanceSeats}</th>
            <th scope="col">{strings.BalanceCommitteeShare}</th>
            <th scope="col">{strings.BalanceCouncilShare}</th>
            {applies && <th scope="col">{strings.BalanceEntitled}</th>}
          </tr>
        </thead>
        <tbody>
          {props.balance.map(b => (
            <tr key={b.key}>
              <th scope="row"><PartyLabel party={b.party} noPartyText={applies ? strings.NoGroupName : strings.NoPartyName} /></th>
              <td data-label={strings.BalanceSeats}>{b.seats}</td>
              <td data-label={strings.BalanceCommitteeShare}>{percent(b.committeeShare)}</td>
              <td data-label={strings.BalanceCouncilShare}>{percent(b.councilShare)}</td>
              {applies && <td data-label={strings.BalanceEntitled}>{b.entitled} <span className={classes.secondary}>{seatDifference(b)}</span></td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Pick a committee; see who sits on it, in what role, and its party balance. */
export function CommitteeView(props: ICommitteeViewProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const options = React.useMemo(() => committeeOptions(props.data.committees), [props.data.committees]);
  const makeup = props.committeeId === undefined ? undefined : committeeMakeup(props.data, props.committeeId, props.today);
  const wards = new Map(props.data.wards.map(w => [w.id, w.name]));
  return (
    <div>
      <Dropdown label={strings.CommitteePickLabel} placeholder={strings.CommitteePickPlaceholder} options={options}
        selectedKey={props.committeeId} styles={{ root: { maxWidth: 420 } }}
        onChange={(_e, option) => option && typeof option.key === 'number' && props.onCommitteeChange(option.key)} />
      {makeup && (
        <>
          <h3 className={classes.groupHeading}>{makeup.committee.name}</h3>
          {makeup.committee.purpose && <p>{makeup.committee.purpose}</p>}
          {makeup.seats.length === 0 ? <p>{strings.CommitteeNoMembers}</p> : (
            <>
              <section className={classes.section}>
                <h3>{strings.CommitteeMembersHeading}</h3>
                <table className={`${classes.table} ${classes.stackedTable}`}>
                  <caption className={classes.visuallyHidden}>{makeup.committee.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{strings.ColumnName}</th>
                      <th scope="col">{strings.ColumnRole}</th>
                      <th scope="col">{strings.ColumnParty}</th>
                      <th scope="col">{strings.ColumnWard}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {makeup.seats.map(({ membership, member, party }) => (
                      <tr key={membership.id}>
                        <th scope="row">
                          <button type="button" className={classes.nameButton} data-member-open={member.id} aria-haspopup="dialog"
                            aria-label={formatText(strings.OpenProfile, member.fullName)} onClick={() => props.onOpen(member.id)}>
                            {member.fullName}
                          </button>
                        </th>
                        <td data-label={strings.ColumnRole}>{membership.role}</td>
                        <td data-label={strings.ColumnParty}><PartyLabel party={party} noPartyText={strings.NoPartyName} /></td>
                        <td data-label={strings.ColumnWard}>{member.wardId === undefined ? '' : wards.get(member.wardId)}</td>
                      </tr>
                    ))}
                    {Array.from({ length: makeup.vacantSeats }, (_, i) => (
                      <tr key={`vacant-${i}`}>
                        <th scope="row">{strings.CommitteeVacantSeat}</th>
                        <td /><td /><td />
                      </tr>
                    ))}
                  </tbody>
                </table>
                {makeup.vacantSeats > 0 && <p>{formatText(strings.CommitteeVacantSeats, makeup.vacantSeats, makeup.votingSeats)}</p>}
              </section>
              {makeup.votingSeats > 0 && (
                <PartyBalance balance={makeup.balance} votingSeats={makeup.votingSeats} applies={makeup.balanceApplies}
                  noGroups={!makeup.balanceApplies && politicalBalanceApplies(makeup.committee)} departures={makeup.departures}
                  majority={makeup.majority} />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
