import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { IMemberEntry } from '../../../domain/members/directoryIndex';
import type { DirectoryLayout } from '../../../domain/members/directoryUrlState';
import { groupMembers, type IMemberGroup, type SortKey } from '../../../domain/members/sortMembers';
import { useDirectoryStyles } from './directoryStyles';
import { MemberCard } from './MemberCard';
import { MemberList } from './MemberList';
import { matchReasonText } from './matchReasonText';

export interface IMemberResultsProps {
  sorted: IMemberEntry[];
  sort: SortKey;
  /** The search typed: each result says why it matched when its name does not. */
  query: string;
  /**
   * The search is still being typed (not yet handed on after the pause): photos not seen
   * before wait for the pause, so a keystroke does not start a download for each new card.
   */
  typing: boolean;
  layout: DirectoryLayout;
  visibleCount: number;
  pageSize: number;
  onShowMore: () => void;
  onOpen: (memberId: number) => void;
  /** Prefix for group heading ids, which the A–Z jump moves focus to. */
  idPrefix: string;
}

export function groupHeadingId(idPrefix: string, groupKey: string): string {
  return `${idPrefix}-group-${groupKey || 'none'}`;
}

function groupLabel(group: IMemberGroup, sort: SortKey): string {
  if (sort === 'relevance') return strings.BestMatchesGroup;
  return group.label ?? (sort === 'ward' ? strings.NoWardGroup : strings.NoPartyGroup);
}

/**
 * The results, headed by letter, ward or party as sorted, with "Show more" paging.
 * Groups and cards are keyed by position, so a keystroke that changes who is shown updates
 * the cards in place instead of removing them and building new ones (the first letter of a
 * search turns the A–Z groups into one of best matches, and the last Backspace turns it back).
 */
export function MemberResults(props: IMemberResultsProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const visible = props.sorted.slice(0, props.visibleCount);
  const remaining = props.sorted.length - visible.length;
  const groups = groupMembers(visible, props.sort);
  const reasonOf = (entry: IMemberEntry): string | undefined => matchReasonText(entry, props.query);
  return (
    <>
      {groups.map((group, groupPosition) => {
        const label = groupLabel(group, props.sort);
        const headingId = groupHeadingId(props.idPrefix, group.key);
        return (
          <section key={groupPosition} aria-labelledby={headingId}>
            <h3 id={headingId} className={classes.groupHeading} tabIndex={-1}>{label}</h3>
            {props.layout === 'cards'
              ? (
                <ul className={classes.cards}>
                  {group.entries.map((entry, position) => (
                    <MemberCard key={position} entry={entry} reason={reasonOf(entry)} onOpen={props.onOpen} deferPhoto={props.typing} />
                  ))}
                </ul>
              )
              : <MemberList entries={group.entries} caption={label} reasonOf={reasonOf} onOpen={props.onOpen} deferPhotos={props.typing} />}
          </section>
        );
      })}
      {remaining > 0 && (
        <div className={classes.showMore}>
          <p className={classes.secondary}>{formatText(strings.ShowingCount, visible.length, props.sorted.length)}</p>
          <DefaultButton text={formatText(strings.ShowMore, Math.min(remaining, props.pageSize))} onClick={props.onShowMore} />
        </div>
      )}
    </>
  );
}
