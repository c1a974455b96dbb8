import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { isEmailAddress, mailtoHref } from './safeLinks';

export interface IContactAction {
  key: 'email' | 'phone' | 'mobile' | 'home' | 'teams';
  /** Visible text, e.g. "Email" or the number. */
  text: string;
  /** Full description for assistive technology; must contain `text` (WCAG 2.5.3), e.g. "Email Zoë Hart". */
  ariaLabel: string;
  href: string;
}

const ICONS: Record<IContactAction['key'], string> = {
  email: 'Mail', phone: 'Phone', mobile: 'CellPhone', home: 'Home', teams: 'TeamsLogo'
};

type NumberText = (n: string) => string;

export interface IContactDetails {
  email?: string;
  phone?: string;
  mobile?: string;
  home?: string;
}

/** A tel: link only for text that is a phone number (digits with spaces, +, brackets, hyphens). */
function telHref(n: string): string | undefined {
  if (!/^\+?[\d ()-]+$/.test(n.trim())) return undefined;
  const digits = n.replace(/[^\d+]/g, '');
  return digits.replace(/\D/g, '').length >= 3 ? `tel:${digits}` : undefined;
}

/** Builds the contact links a person's details allow; blank or malformed details give no link. */
export function contactActions(
  details: IContactDetails,
  text: { email: string; phone: NumberText; mobile: NumberText; home?: NumberText; teams: string },
  label: { email: string; phone: NumberText; mobile: NumberText; home?: NumberText; teams: string }
): IContactAction[] {
  const actions: IContactAction[] = [];
  const mailto = mailtoHref(details.email);
  if (mailto) actions.push({ key: 'email', text: text.email, ariaLabel: label.email, href: mailto });
  const numbers: Array<[IContactAction['key'], string | undefined, NumberText, NumberText]> = [
    ['phone', details.phone, text.phone, label.phone],
    ['mobile', details.mobile, text.mobile, label.mobile],
    ['home', details.home, text.home ?? text.phone, label.home ?? label.phone]
  ];
  for (const [key, n, shown, described] of numbers) {
    const href = n ? telHref(n) : undefined;
    if (n && href) actions.push({ key, text: shown(n), ariaLabel: described(n), href });
  }
  const email = details.email?.trim();
  if (isEmailAddress(email)) {
    actions.push({
      key: 'teams', text: text.teams, ariaLabel: label.teams,
      href: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`
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
