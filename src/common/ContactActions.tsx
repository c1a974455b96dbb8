import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';

export interface IContactAction {
  key: 'email' | 'phone' | 'mobile' | 'teams';
  /** Visible text, e.g. "Email" or the number. */
  text: string;
  /** Full description for assistive technology; must contain `text` (WCAG 2.5.3), e.g. "Email Zoë Hart". */
  ariaLabel: string;
  href: string;
}

const ICONS: Record<IContactAction['key'], string> = { email: 'Mail', phone: 'Phone', mobile: 'CellPhone', teams: 'TeamsLogo' };

/** Builds the contact links a person's details allow; blank details give no link. */
export function contactActions(
  details: { email?: string; phone?: string; mobile?: string },
  text: { email: string; phone: (n: string) => string; mobile: (n: string) => string; teams: string },
  label: { email: string; phone: (n: string) => string; mobile: (n: string) => string; teams: string }
): IContactAction[] {
  const actions: IContactAction[] = [];
  const tel = (n: string): string => `tel:${n.replace(/[^\d+]/g, '')}`;
  if (details.email) actions.push({ key: 'email', text: text.email, ariaLabel: label.email, href: `mailto:${details.email}` });
  if (details.phone) actions.push({ key: 'phone', text: text.phone(details.phone), ariaLabel: label.phone(details.phone), href: tel(details.phone) });
  if (details.mobile) actions.push({ key: 'mobile', text: text.mobile(details.mobile), ariaLabel: label.mobile(details.mobile), href: tel(details.mobile) });
  if (details.email) {
    actions.push({
      key: 'teams', text: text.teams, ariaLabel: label.teams,
      href: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(details.email)}`
    });
  }
  return actions;
}

/** Email, phone and Teams chat as links people can act on. */
export function ContactActions(props: { actions: IContactAction[] }): React.ReactElement {
  if (props.actions.length === 0) return <></>;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: 4 }}>
      {props.actions.map(action => (
        <li key={action.key}>
          <ActionButton iconProps={{ iconName: ICONS[action.key] }} href={action.href} aria-label={action.ariaLabel}
            target={action.key === 'teams' ? '_blank' : undefined} rel={action.key === 'teams' ? 'noopener noreferrer' : undefined}>
            {action.text}
          </ActionButton>
        </li>
      ))}
    </ul>
  );
}
