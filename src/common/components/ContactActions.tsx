import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { themedStyles } from '../hooks/themedStyles';
import { isEmailAddress, mailtoHref, telHref } from '../../domain/shared/safeLinks';

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

const useContactStyles = themedStyles((theme: ITheme) => mergeStyleSets({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: 4 },
  link: {
    display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 32, padding: '0 6px', borderRadius: 2,
    color: theme.semanticColors.actionLink, textDecoration: 'none',
    selectors: {
      ':hover': { color: theme.semanticColors.actionLinkHovered, textDecoration: 'underline' },
      ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 1 }
    }
  },
  icon: { color: theme.palette.themePrimary, fontSize: 16 }
}));

/**
 * Email, phone and Teams chat as links people can act on. Plain links with an icon, not
 * Fluent ActionButtons: a page of twenty officer cards held sixty buttons, and mounting
 * them was most of what a search keystroke cost.
 */
export function ContactActions(props: { actions: IContactAction[] }): React.ReactElement {
  const classes = useContactStyles();
  if (props.actions.length === 0) return <></>;
  return (
    <ul className={classes.list}>
      {props.actions.map(action => (
        <li key={action.key}>
          <a className={classes.link} href={action.href} aria-label={action.ariaLabel}
            target={action.key === 'teams' ? '_blank' : undefined} rel={action.key === 'teams' ? 'noopener noreferrer' : undefined}>
            <FontIcon iconName={ICONS[action.key]} className={classes.icon} aria-hidden="true" />
            <span>{action.text}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
