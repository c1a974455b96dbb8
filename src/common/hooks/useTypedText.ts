import * as React from 'react';
import { TYPING_PAUSE_MS } from './useUrlState';

/**
 * Text typed into a search box, held by the component that searches, and handed on to
 * `commit` (the web part's shared state and address) only once typing pauses. Each key
 * then re-renders the results alone, not every view around them. A value committed from
 * elsewhere (Clear filters, a shared link) replaces what was typed.
 */
export function useTypedText(committed: string, commit: (text: string) => void): {
  text: string;
  type: (text: string) => void;
  commitNow: (text: string) => void;
} {
  const [text, setText] = React.useState(committed);
  const commitRef = React.useRef(commit);
  commitRef.current = commit;
  const sent = React.useRef(committed);
  const pending = React.useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | undefined>(undefined);

  const send = React.useCallback((value: string) => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = undefined;
    sent.current = value;
    commitRef.current(value);
  }, []);
  const type = React.useCallback((value: string) => {
    setText(value);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { timer: setTimeout(() => send(value), TYPING_PAUSE_MS), text: value };
  }, [send]);
  const commitNow = React.useCallback((value: string) => {
    setText(value);
    send(value);
  }, [send]);

  React.useEffect(() => {
    if (committed === sent.current) return;
    // Changed elsewhere: that wins over anything still waiting to be sent.
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = undefined;
    sent.current = committed;
    setText(committed);
  }, [committed]);
  // Leaving the view while typing still hands the text on.
  React.useEffect(() => () => { if (pending.current) send(pending.current.text); }, [send]);
  return { text, type, commitNow };
}
