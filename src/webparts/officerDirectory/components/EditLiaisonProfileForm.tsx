import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { useOwnItemSave, type IOwnItemSaveStrings } from '../../../common/components/OwnItemSave';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { IOfficerDirectoryService } from '../../../data/officers/IOfficerDirectoryService';
import type { IOfficer } from '../../../domain/officers/types';
import {
  LIAISON_PROFILE_LIMITS, validateLiaisonProfile, type LiaisonTextProblem
} from '../../../domain/officers/validateLiaisonProfile';

export interface IEditLiaisonProfileFormProps {
  officer: IOfficer;
  service: IOfficerDirectoryService;
  idPrefix: string;
  /** After a save: the directory reloads so "last reviewed" is SharePoint's own record of it. */
  onSaved: () => Promise<void>;
  onCancel: () => void;
  /** Fetches the latest version after a conflict; the form then restarts from it. */
  onReload: () => Promise<void>;
}

function problemText(problem: LiaisonTextProblem | undefined, length: number, max: number): string | undefined {
  if (!problem) return undefined;
  return problem === 'tooLong' ? formatText(strings.LiaisonTextTooLong, length, max) : strings.LiaisonInvalidCharacters;
}

const SAVE_STRINGS: IOwnItemSaveStrings = {
  forbidden: strings.LiaisonSaveForbidden, conflict: strings.LiaisonSaveConflict, network: strings.LiaisonSaveNetwork,
  fixProblems: strings.LiaisonFixProblems, unknown: strings.LiaisonSaveUnknown, reloadFailed: strings.LiaisonReloadFailed,
  reloadLatest: strings.LiaisonReloadLatest
};

/**
 * A liaison officer's own profile text and availability note. Whatever goes wrong, what
 * they typed stays in the form: a refused (403) or conflicting (412) save is explained.
 */
export function EditLiaisonProfileForm(props: IEditLiaisonProfileFormProps): React.ReactElement {
  const { officer } = props;
  const [profile, setProfile] = React.useState(officer.cloProfile ?? '');
  const [availability, setAvailability] = React.useState(officer.availability ?? '');
  const { save, showProblems, submit: submitForm, notice } = useOwnItemSave(SAVE_STRINGS, props.onReload);
  const headingId = `${props.idPrefix}-liaison-edit-heading`;
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), []);

  const validation = validateLiaisonProfile({ profile, availability });
  const profileError = showProblems
    ? problemText(validation.profileProblem, validation.cleaned.profile.length, LIAISON_PROFILE_LIMITS.profileMaxLength) : undefined;
  const availabilityError = showProblems
    ? problemText(validation.availabilityProblem, validation.cleaned.availability.length, LIAISON_PROFILE_LIMITS.availabilityMaxLength)
    : undefined;

  const submit = async (event: React.FormEvent): Promise<void> => {
    const saved = await submitForm(event, validation.valid, () => props.service.saveLiaisonProfile({
      officerId: officer.id, fullName: officer.fullName, itemId: officer.ownProfileItem?.itemId, etag: officer.ownProfileItem?.etag
    }, validation.cleaned));
    // Saved; if the reload fails the directory shows its own failure state with a retry.
    if (saved) await props.onSaved().catch(() => undefined);
  };

  const remaining = LIAISON_PROFILE_LIMITS.profileMaxLength - profile.trim().length;
  return (
    <form aria-labelledby={headingId} onSubmit={e => { submit(e).catch(() => undefined); }} noValidate>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{strings.EditMyLiaisonProfile}</h2>
      <p>{strings.EditLiaisonIntro}</p>
      {notice}
      <TextField label={strings.LiaisonProfileLabel} multiline autoAdjustHeight rows={6} value={profile}
        onChange={(_e, value) => setProfile(value ?? '')} errorMessage={profileError}
        description={formatText(strings.LiaisonProfileHelp, LIAISON_PROFILE_LIMITS.profileMaxLength, Math.max(0, remaining))} />
      <TextField label={strings.LiaisonAvailabilityLabel} value={availability} errorMessage={availabilityError}
        description={formatText(strings.LiaisonAvailabilityHelp, LIAISON_PROFILE_LIMITS.availabilityMaxLength)}
        onChange={(_e, value) => setAvailability(value ?? '')} />
      <div style={{ display: 'flex', gap: 8, marginTop: 16, flexWrap: 'wrap' }}>
        <PrimaryButton type="submit" text={save.kind === 'saving' ? strings.LiaisonSaving : strings.LiaisonSave}
          disabled={save.kind === 'saving'} />
        <DefaultButton text={strings.LiaisonCancel} onClick={props.onCancel} disabled={save.kind === 'saving'} />
      </div>
    </form>
  );
}
