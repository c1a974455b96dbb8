import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { contactActions, ContactActions } from '../../../common/components/ContactActions';
import { PersonAvatar } from '../../../common/components/PersonAvatar';
import { formatText } from '../../../domain/shared/formatText';
import { officerInitials } from '../../../domain/officers/officerIndex';
import type { IOfficer } from '../../../domain/officers/types';
import { useOfficerStyles } from './officerStyles';

/** How this web part names officers (formal "Dr Patel" or their name), decided once by its settings. */
export const OfficerNaming = React.createContext<(officer: IOfficer) => string>(o => o.fullName);

export function useOfficerName(officer: IOfficer): string {
  return React.useContext(OfficerNaming)(officer);
}

/** The button that opens an officer's panel; `data-officer-open` lets focus return to it. */
export function OfficerOpenButton(props: { officer: IOfficer; onOpen: (id: number) => void }): React.ReactElement {
  const classes = useOfficerStyles();
  const name = useOfficerName(props.officer);
  return (
    <button type="button" className={classes.nameButton} data-officer-open={props.officer.id} aria-haspopup="dialog"
      aria-label={formatText(strings.OpenOfficer, name)} onClick={() => props.onOpen(props.officer.id)}>
      {name}
    </button>
  );
}

export function OfficerAvatar(props: { officer: IOfficer; size: number; describe?: boolean }): React.ReactElement {
  const theme = useTheme();
  const name = useOfficerName(props.officer);
  return (
    <PersonAvatar initials={officerInitials(props.officer)} photoUrl={props.officer.photoUrl} size={props.size}
      colour={theme.palette.themeDark} photoAlt={props.describe ? formatText(strings.PhotoAlt, name) : undefined} />
  );
}

/** Email, phone and Teams chat for one officer: one person per link, never a copy-everyone mail. */
export function OfficerContactActions(props: { officer: IOfficer }): React.ReactElement {
  const name = useOfficerName(props.officer);
  const actions = contactActions(props.officer, {
    email: strings.Email, phone: n => formatText(strings.Phone, n), mobile: n => formatText(strings.Mobile, n), teams: strings.TeamsChat
  }, {
    email: formatText(strings.EmailLabel, name), phone: n => formatText(strings.PhoneLabel, name, n),
    mobile: n => formatText(strings.MobileLabel, name, n), teams: formatText(strings.TeamsChatLabel, name)
  });
  return <ContactActions actions={actions} />;
}

export function LiaisonBadges(props: { officer: IOfficer; stale: boolean; deputy?: boolean }): React.ReactElement {
  const classes = useOfficerStyles();
  if (!props.officer.isClo) return <></>;
  return (
    <span className={classes.badges}>
      <span className={classes.badge}>{props.deputy ? strings.DeputyBadge : strings.CloBadge}</span>
      {props.stale && <span className={classes.staleBadge}>{strings.StaleBadge}</span>}
    </span>
  );
}
