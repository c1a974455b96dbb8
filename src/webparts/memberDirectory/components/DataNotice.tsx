import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Notice } from '../../../common/components/Notice';
import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import { cabinetRoleWithoutSeat } from '../../../domain/members/directoryIndex';
import type { IMemberDirectoryData, ISkippedRow } from '../../../domain/members/types';

function reasonText(row: ISkippedRow): string {
  return row.reason === 'notWrittenByMember' ? strings.NoticeNotWrittenByMember : formatText(strings.NoticeUnreadable, row.reason);
}

/**
 * For Democratic Services only: rows the directory left out (unreadable, or a self-description
 * not written by the member it names) and records that disagree, so they can be put right.
 * Quiet: one line, with the detail behind a button.
 */
export function DataNotice(props: { data: IMemberDirectoryData; today: string }): React.ReactElement {
  const [open, setOpen] = React.useState(false);
  const mismatches = React.useMemo(() => cabinetRoleWithoutSeat(props.data, props.today), [props.data, props.today]);
  const total = props.data.skipped.length + mismatches.length;
  if (total === 0) return <></>;
  const detailsId = 'member-directory-data-notice';
  return (
    <Notice intent="info"
      actions={<DefaultButton aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}
        text={open ? strings.NoticeHide : strings.NoticeShow} />}>
      <span data-testid="data-notice">{total === 1 ? strings.NoticeOne : formatText(strings.NoticeMany, total)}</span>
      {open && (
        <ul id={detailsId}>
          {props.data.skipped.map(row => (
            <li key={`${row.list}-${row.itemId}`}>{formatText(strings.NoticeRow, row.list, row.itemId, reasonText(row))}</li>
          ))}
          {mismatches.map(m => <li key={`cabinet-${m.id}`}>{formatText(strings.NoticeCabinetRole, m.fullName, m.id)}</li>)}
        </ul>
      )}
    </Notice>
  );
}
