import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { formatText } from '../../domain/shared/formatText';
import { toHubDataError, type DataFailureKind } from '../../data/hubDataError';
import { Notice } from './Notice';

/**
 * How a form that saves a person's own item (a member's profile, a liaison officer's) goes
 * through a save: whatever goes wrong, what they typed stays in the form, and a refused (403)
 * or conflicting (412) save is explained, never silently dropped. Each web part words it.
 */
export interface IOwnItemSaveStrings {
  forbidden: string;
  conflict: string;
  network: string;
  fixProblems: string;
  /** {0}: SharePoint's own message. */
  unknown: string;
  /** {0}: why the latest version could not be read. */
  reloadFailed: string;
  reloadLatest: string;
}

export type SaveState = { kind: 'editing' } | { kind: 'saving' } | { kind: 'failed'; failure: DataFailureKind; text: string };

export function saveFailureText(kind: DataFailureKind, message: string, strings: IOwnItemSaveStrings): string {
  switch (kind) {
    case 'forbidden': return strings.forbidden;
    case 'conflict': return strings.conflict;
    case 'network': return strings.network;
    case 'invalid': return strings.fixProblems;
    default: return formatText(strings.unknown, message);
  }
}

export interface IOwnItemSave {
  save: SaveState;
  /** Whether the form shows its fields' problems: from the first attempt to send on. */
  showProblems: boolean;
  /**
   * The form's submit: nothing while a save is under way; with problems in the fields, shows
   * them and sends nothing; else sends the write. False (with the failure shown) when it did
   * not succeed.
   */
  submit(event: React.FormEvent, valid: boolean, write: () => Promise<unknown>): Promise<boolean>;
  /** The failure notice, with "reload the latest" after a conflict; nothing while all is well. */
  notice: React.ReactElement | undefined;
}

/** `onReload` fetches the latest version after a conflict; the form then restarts from it. */
export function useOwnItemSave(strings: IOwnItemSaveStrings, onReload: () => Promise<void>): IOwnItemSave {
  const [save, setSave] = React.useState<SaveState>({ kind: 'editing' });
  const [showProblems, setShowProblems] = React.useState(false);

  const submit = async (event: React.FormEvent, valid: boolean, write: () => Promise<unknown>): Promise<boolean> => {
    event.preventDefault();
    if (save.kind === 'saving') return false;
    setShowProblems(true);
    if (!valid) {
      setSave({ kind: 'failed', failure: 'invalid', text: strings.fixProblems });
      return false;
    }
    setSave({ kind: 'saving' });
    try {
      await write();
      return true;
    } catch (error) {
      const failure = toHubDataError(error);
      setSave({ kind: 'failed', failure: failure.kind, text: saveFailureText(failure.kind, failure.message, strings) });
      return false;
    }
  };

  // The conflict message stays until the reload succeeds; a failed reload says so instead.
  const reloadLatest = (): void => {
    onReload().catch((error: unknown) => {
      const failure = toHubDataError(error);
      setSave({ kind: 'failed', failure: 'conflict', text: formatText(strings.reloadFailed, failure.message) });
    });
  };

  const notice = save.kind === 'failed' ? (
    <Notice intent={save.failure === 'invalid' ? 'warning' : 'error'}
      actions={save.failure === 'conflict'
        ? <div><DefaultButton text={strings.reloadLatest} onClick={reloadLatest} /></div>
        : undefined}>
      {save.text}
    </Notice>
  ) : undefined;

  return { save, showProblems, submit, notice };
}
