import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { DefaultButton } from '@fluentui/react/lib/Button';
import * as strings from 'MemberDirectoryWebPartStrings';
import { Notice } from '../../../common/components/Notice';
import { formatText } from '../../../domain/shared/formatText';
import { allocationReport, toCsv, type IAllocationGroup, type IAllocationReport } from '../../../domain/members/allocationReport';
import type { IMemberDirectoryData } from '../../../domain/members/types';
import { FALLBACK_PARTY_COLOUR } from '../../../data/members/mapDirectoryRows';
import { useDirectoryStyles } from './directoryStyles';
import { PartyLabel } from './PartyLabel';

export interface IAllocationViewProps {
  data: IMemberDirectoryData;
  today: string;
}

// Printing keeps the tables whole and drops the buttons; the rest of the page is SharePoint's.
const printStyles = mergeStyleSets({
  report: { selectors: { '@media print': { selectors: { table: { pageBreakInside: 'auto' }, tr: { pageBreakInside: 'avoid' } } } } },
  actions: { display: 'flex', gap: 8, margin: '12px 0', selectors: { '@media print': { display: 'none' } } }
});

const percent = (share: number): string => formatText(strings.Percent, Math.round(share * 100));
const twoPlaces = (n: number): string => n.toFixed(2);
const groupName = (g: IAllocationGroup): string => g.label?.name ?? strings.NoGroupName;

function departureNotes(report: IAllocationReport): string[] {
  const names = new Map(report.groups.map(g => [g.key, groupName(g)]));
  return report.committees.flatMap(c => c.departures.map(d => formatText(strings.AllocationDeparture,
    c.committee.name, names.get(d.group) ?? '', d.proposed, d.proportionate,
    d.reasons.map(r => formatText(strings.AllocationRule, r)).join(', '))));
}

/** The report as the table in the annual council report: groups, then bodies, then notes. */
export function allocationCsv(report: IAllocationReport): string {
  const rows: (string | number)[][] = [
    [strings.ColumnGroup, strings.ColumnCouncillors, strings.ColumnCouncilShare, strings.ColumnExactShare, strings.ColumnEntitled, strings.ColumnHeld],
    ...report.groups.map(g => [groupName(g), g.members, percent(g.councilShare), twoPlaces(g.exactEntitlement), g.entitlement, g.held]),
    [],
    [strings.ColumnCommittee, strings.ColumnSeats, strings.ColumnVacant,
      ...report.groups.flatMap(g => [`${groupName(g)} \u2013 ${strings.ColumnProposed}`, `${groupName(g)} \u2013 ${strings.ColumnHeld}`])],
    ...report.committees.map(c => [
      c.ordinary ? c.committee.name : `${c.committee.name} (${strings.AllocationOwnBalance})`, c.seats, c.vacant,
      ...report.groups.flatMap(g => [c.proposed.get(g.key) ?? 0, c.held.get(g.key) ?? 0])
    ]),
    [],
    [strings.AllocationNotesHeading],
    ...departureNotes(report).map(note => [note])
  ];
  return toCsv(rows);
}

/** A link to the CSV as a Blob, made while the view is open and released when it closes. */
function useCsvLink(csv: string | undefined): string | undefined {
  const [url, setUrl] = React.useState<string>();
  React.useEffect(() => {
    if (csv === undefined || typeof URL.createObjectURL !== 'function') return undefined;
    // A byte-order mark, so spreadsheet programs read the file as UTF-8 (curly quotes, en dashes).
    const made = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [csv]);
  return url;
}

/** The allocation of seats Democratic Services propose at the annual meeting, beside the seats held today. */
export function AllocationView(props: IAllocationViewProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const report = React.useMemo(() => allocationReport(props.data, props.today, FALLBACK_PARTY_COLOUR), [props.data, props.today]);
  const csv = React.useMemo(() => (report ? allocationCsv(report) : undefined), [report]);
  const csvUrl = useCsvLink(csv);
  if (!report) return <p>{strings.AllocationNoGroups}</p>;
  const notes = departureNotes(report);
  return (
    <div className={printStyles.report}>
      <h3 className={classes.groupHeading}>{strings.AllocationHeading}</h3>
      <p>{formatText(strings.AllocationIntro, report.membership, report.ordinarySeats)}</p>
      {report.wardVacancies.length > 0 && (
        <p>{formatText(strings.AllocationWardVacancies, report.wardVacancies.map(v =>
          formatText(strings.AllocationWardVacancy, v.ward.name, v.ward.seats - v.sitting, v.ward.seats)).join('; '))}</p>
      )}
      {report.listedTwice.length > 0 && <Notice intent="warning">{formatText(strings.AllocationListedTwice, report.listedTwice.length)}</Notice>}
      <div className={printStyles.actions}>
        {csvUrl && <DefaultButton href={csvUrl} download={strings.AllocationFileName} text={strings.AllocationDownload} />}
        <DefaultButton text={strings.AllocationPrint} onClick={() => window.print()} />
      </div>
      <section className={classes.section}>
        <h3>{strings.AllocationGroupsHeading}</h3>
        {report.entitlementAdjustedBy.map(rule => (
          <p key={rule}>{rule === 'a' ? strings.AllocationAdjustedA : strings.AllocationAdjustedB}</p>
        ))}
        <table className={classes.table}>
          <caption className={classes.secondary} style={{ textAlign: 'left', captionSide: 'bottom', paddingTop: 6 }}>{strings.AllocationGroupsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ColumnGroup}</th>
              <th scope="col">{strings.ColumnCouncillors}</th>
              <th scope="col">{strings.ColumnCouncilShare}</th>
              <th scope="col">{strings.ColumnExactShare}</th>
              <th scope="col">{strings.ColumnEntitled}</th>
              <th scope="col">{strings.ColumnHeld}</th>
            </tr>
          </thead>
          <tbody>
            {report.groups.map(g => (
              <tr key={g.key}>
                <th scope="row"><PartyLabel party={g.label} noPartyText={strings.NoGroupName} /></th>
                <td>{g.members}</td>
                <td>{percent(g.councilShare)}</td>
                <td>{twoPlaces(g.exactEntitlement)}</td>
                <td>{g.entitlement}</td>
                <td>{g.held}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className={classes.section}>
        <h3>{strings.AllocationCommitteesHeading}</h3>
        <table className={classes.table}>
          <caption className={classes.secondary} style={{ textAlign: 'left', captionSide: 'bottom', paddingTop: 6 }}>{strings.AllocationCommitteesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ColumnCommittee}</th>
              <th scope="col">{strings.ColumnSeats}</th>
              <th scope="col">{strings.ColumnVacant}</th>
              {report.groups.map(g => <th scope="col" key={g.key}>{groupName(g)}</th>)}
            </tr>
          </thead>
          <tbody>
            {report.committees.map(c => (
              <tr key={c.committee.id}>
                <th scope="row">
                  {c.committee.name}
                  {!c.ordinary && <span className={classes.secondary}> ({strings.AllocationOwnBalance})</span>}
                </th>
                <td>{c.seats}</td>
                <td>{c.vacant}</td>
                {report.groups.map(g => (
                  <td key={g.key}>{formatText(strings.AllocationCell, c.proposed.get(g.key) ?? 0, c.held.get(g.key) ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className={classes.section}>
        <h3>{strings.AllocationNotesHeading}</h3>
        {notes.length === 0 ? <p>{strings.AllocationNoDepartures}</p>
          : <ul className={classes.plainList}>{notes.map(note => <li key={note}>{note}</li>)}</ul>}
      </section>
    </div>
  );
}
