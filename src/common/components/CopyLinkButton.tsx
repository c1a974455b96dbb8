import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export interface ICopyLinkStrings {
  /** The button: "Copy link". */
  copy: string;
  /** Its accessible name when the page has several: "Copy link to Zoë Hart's profile". */
  copyLabel: string;
  /** Said (and shown) once the link is on the clipboard. */
  copied: string;
  /** Shown beside the selected address when the browser refuses the clipboard. */
  copyRefused: string;
  /** The address field's label. */
  linkLabel: string;
}

export interface ICopyLinkButtonProps {
  link: string;
  strings: ICopyLinkStrings;
}

const classes = mergeStyleSets({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, margin: '8px 0' },
  link: { flex: '1 1 240px', minWidth: 0, font: 'inherit', padding: '4px 6px' }
});

type CopyState = 'idle' | 'copied' | 'refused';

/**
 * Puts a clean address on the clipboard and says so. The clipboard can be refused (an
 * insecure page, a browser setting, SharePoint embedded in an iframe without the
 * clipboard-write permission: https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/writeText),
 * so the address is then shown selected, for Ctrl+C.
 */
export function CopyLinkButton(props: ICopyLinkButtonProps): React.ReactElement {
  const [state, setState] = React.useState<CopyState>('idle');
  const field = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => setState('idle'), [props.link]);
  React.useEffect(() => {
    if (state !== 'refused') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);
  const copy = (): void => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard?.writeText) { setState('refused'); return; }
    clipboard.writeText(props.link).then(() => setState('copied'), () => setState('refused'));
  };
  const { strings } = props;
  return (
    <div className={classes.root}>
      <DefaultButton iconProps={{ iconName: 'Link' }} text={strings.copy} ariaLabel={strings.copyLabel} onClick={copy} />
      <span role="status">{state === 'copied' ? strings.copied : state === 'refused' ? strings.copyRefused : ''}</span>
      {state === 'refused' && (
        <input ref={field} className={classes.link} type="text" readOnly value={props.link} aria-label={strings.linkLabel}
          onFocus={e => e.currentTarget.select()} />
      )}
    </div>
  );
}
