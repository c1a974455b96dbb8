import * as React from 'react';
import { draftStorageKey, emptyVisitForm, parseVisitForm, type IVisitFormState } from './visitFormState';

export interface IVisitDraftState {
  form: IVisitFormState;
  /** True when the form came back from an earlier visit to the page. */
  restored: boolean;
  change: (patch: Partial<IVisitFormState>) => void;
  /** After a request is stored: forget the draft and start a new one with a new key. */
  startAgain: () => void;
}

function read(key: string): string | undefined {
  try { return window.localStorage.getItem(key) ?? undefined; } catch { return undefined; }
}

// Storage can be full or switched off (some private windows): the form still works, only unsaved.
function write(key: string, form: IVisitFormState | undefined): void {
  try {
    if (form) window.localStorage.setItem(key, JSON.stringify(form));
    else window.localStorage.removeItem(key);
  } catch { /* nothing to keep it in */ }
}

/**
 * The request form's contents, kept in the browser's local storage on every change so
 * that a reload, a closed tab or a failed submission loses nothing.
 */
export function useVisitDraft(userId: number, instanceId: string): IVisitDraftState {
  const key = draftStorageKey(userId, instanceId);
  const [state, setState] = React.useState(() => {
    const stored = parseVisitForm(read(key));
    return { form: stored ?? emptyVisitForm(), restored: stored !== undefined };
  });
  const change = React.useCallback((patch: Partial<IVisitFormState>) => {
    setState(previous => {
      const form = { ...previous.form, ...patch };
      write(key, form);
      return { form, restored: previous.restored };
    });
  }, [key]);
  const startAgain = React.useCallback(() => {
    write(key, undefined);
    setState({ form: emptyVisitForm(), restored: false });
  }, [key]);
  return { form: state.form, restored: state.restored, change, startAgain };
}
