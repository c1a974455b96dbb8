import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { IconButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';
import { themedStyles } from '../hooks/themedStyles';

export type NoticeIntent = 'info' | 'success' | 'warning' | 'severeWarning' | 'error' | 'blocked';

export interface INoticeProps {
  intent: NoticeIntent;
  children: React.ReactNode;
  /** Buttons that act on the notice, e.g. "Try again", shown after its text. */
  actions?: React.ReactNode;
  /** Offers a close button labelled `dismissLabel`. */
  onDismiss?: () => void;
  dismissLabel?: string;
  /** Overrides the role the intent gives (alert for errors, refusals and severe warnings, else status). */
  role?: 'status' | 'alert';
}

const ICONS: Record<NoticeIntent, string> = {
  info: 'Info', success: 'Completed', warning: 'Info', severeWarning: 'Warning', error: 'ErrorBadge', blocked: 'Blocked2'
};

const useNoticeStyles = themedStyles((theme: ITheme) => {
  const { semanticColors: c } = theme;
  const intent = (background: string, icon: string): { background: string; selectors: Record<string, { color: string }> } =>
    ({ background, selectors: { '& > i': { color: icon } } });
  return mergeStyleSets({
    root: {
      display: 'flex', alignItems: 'flex-start', gap: 8, padding: '8px 12px', margin: '4px 0',
      color: c.messageText, fontSize: theme.fonts.medium.fontSize, overflowWrap: 'anywhere',
      // Windows high contrast: the backgrounds vanish, so a border keeps the notice's edge.
      selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText' } }
    },
    info: intent(c.infoBackground, c.infoIcon),
    success: intent(c.successBackground, c.successIcon),
    warning: intent(c.warningBackground, c.warningIcon),
    severeWarning: intent(c.severeWarningBackground, c.severeWarningIcon),
    error: intent(c.errorBackground, c.errorIcon),
    blocked: intent(c.errorBackground, c.errorIcon),
    icon: { fontSize: 16, lineHeight: 20, flex: '0 0 auto' },
    body: { flex: '1 1 auto', minWidth: 0, lineHeight: 20 },
    actions: { marginTop: 8, display: 'flex', gap: 8, flexWrap: 'wrap' },
    dismiss: { flex: '0 0 auto', height: 24, width: 24, margin: '-2px -6px 0 0' }
  });
});

/**
 * A message in the flow of a web part: information, success, a warning or an error, read
 * out as a status (or an alert, for errors and severe warnings). Fluent's MessageBar does
 * the same with 7 KB more of every bundle.
 */
export function Notice(props: INoticeProps): React.ReactElement {
  const classes = useNoticeStyles();
  const alert = props.intent === 'error' || props.intent === 'severeWarning' || props.intent === 'blocked';
  const role = props.role ?? (alert ? 'alert' : 'status');
  return (
    <div className={`${classes.root} ${classes[props.intent]}`}>
      <FontIcon iconName={ICONS[props.intent]} className={classes.icon} aria-hidden="true" />
      <div className={classes.body}>
        <div role={role} aria-live={role === 'alert' ? 'assertive' : 'polite'}>{props.children}</div>
        {props.actions && <div className={classes.actions}>{props.actions}</div>}
      </div>
      {props.onDismiss && (
        <IconButton className={classes.dismiss} iconProps={{ iconName: 'Clear' }} ariaLabel={props.dismissLabel}
          title={props.dismissLabel} onClick={props.onDismiss} />
      )}
    </div>
  );
}
