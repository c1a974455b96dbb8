import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../common/formatText';
import { SKILLS } from '../../../schema/lists';
import type { IMember, IOwnProfileChanges } from '../../../domain/members/types';
import {
  checkNewSkill, cleanSkill, PROFILE_LIMITS, validateOwnProfile, type BiographyProblem, type SkillProblem
} from '../../../domain/members/validateOwnProfile';
import { toHubDataError, type DataFailureKind } from '../../../data/hubDataError';
import type { IMemberDirectoryService } from '../../../data/members/IMemberDirectoryService';
import { useDirectoryStyles } from './directoryStyles';

export interface IEditProfileFormProps {
  member: IMember;
  service: IMemberDirectoryService;
  idPrefix: string;
  onSaved: (changes: IOwnProfileChanges, etag: string | undefined) => void;
  onCancel: () => void;
  /** Fetches the latest version after a conflict; the form then restarts from it. */
  onReload: () => Promise<void>;
}

export function skillProblemText(problem: SkillProblem, skill: string): string {
  switch (problem) {
    case 'tooShort': return formatText(strings.SkillTooShort, PROFILE_LIMITS.skillMinLength);
    case 'tooLong': return formatText(strings.SkillTooLong, PROFILE_LIMITS.skillMaxLength);
    case 'duplicate': return formatText(strings.SkillDuplicate, cleanSkill(skill));
    case 'tooMany': return formatText(strings.SkillTooMany, PROFILE_LIMITS.maxSkills);
    case 'invalidCharacters': return strings.InvalidCharacters;
  }
}

function biographyProblemText(problem: BiographyProblem, length: number): string {
  return problem === 'tooLong'
    ? formatText(strings.BiographyTooLong, length, PROFILE_LIMITS.biographyMaxLength)
    : strings.InvalidCharacters;
}

function saveFailureText(kind: DataFailureKind, message: string): string {
  switch (kind) {
    case 'forbidden': return strings.SaveForbidden;
    case 'conflict': return strings.SaveConflict;
    case 'network': return strings.SaveNetwork;
    case 'invalid': return strings.FixProblems;
    default: return formatText(strings.SaveUnknown, message);
  }
}

type SaveState = { kind: 'editing' } | { kind: 'saving' } | { kind: 'failed'; failure: DataFailureKind; text: string };

/**
 * A member's own skills and biography. Whatever goes wrong, what they typed stays in the
 * form: a refused (403) or conflicting (412) save is explained, never silently dropped.
 */
export function EditProfileForm(props: IEditProfileFormProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const { member } = props;
  const [skills, setSkills] = React.useState<string[]>(member.skills);
  const [newSkill, setNewSkill] = React.useState('');
  const [newSkillProblem, setNewSkillProblem] = React.useState<string | undefined>(undefined);
  const [biography, setBiography] = React.useState(member.biography ?? '');
  const [save, setSave] = React.useState<SaveState>({ kind: 'editing' });
  const [showProblems, setShowProblems] = React.useState(false);
  const headingId = `${props.idPrefix}-edit-heading`;
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), []);
  const newSkillId = `${props.idPrefix}-new-skill`;
  const suggestionsId = `${props.idPrefix}-skill-suggestions`;

  const validation = validateOwnProfile({ skills, biography });
  const biographyError = showProblems && validation.biographyProblem
    ? biographyProblemText(validation.biographyProblem, validation.cleaned.biography.length) : undefined;

  const addSkill = (): void => {
    const problem = checkNewSkill(newSkill, skills);
    if (problem) { setNewSkillProblem(skillProblemText(problem, newSkill)); return; }
    setSkills([...skills, cleanSkill(newSkill)]);
    setNewSkill('');
    setNewSkillProblem(undefined);
  };

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (save.kind === 'saving') return;
    setShowProblems(true);
    if (!validation.valid) {
      setSave({ kind: 'failed', failure: 'invalid', text: strings.FixProblems });
      return;
    }
    setSave({ kind: 'saving' });
    try {
      const result = await props.service.updateOwnProfile(member.id, validation.cleaned, member.etag);
      props.onSaved(validation.cleaned, result.etag);
    } catch (error) {
      const failure = toHubDataError(error);
      setSave({ kind: 'failed', failure: failure.kind, text: saveFailureText(failure.kind, failure.message) });
    }
  };

  // The conflict message stays until the reload succeeds; a failed reload says so instead.
  const reloadLatest = (): void => {
    props.onReload().catch((error: unknown) => {
      const failure = toHubDataError(error);
      setSave({ kind: 'failed', failure: 'conflict', text: formatText(strings.ReloadFailed, failure.message) });
    });
  };

  const remaining = PROFILE_LIMITS.biographyMaxLength - biography.trim().length;
  return (
    <form aria-labelledby={headingId} onSubmit={e => { submit(e).catch(() => undefined); }} noValidate>
      <h3 id={headingId} ref={heading} tabIndex={-1}>{strings.EditMyProfile}</h3>
      <p>{strings.EditIntro}</p>
      {save.kind === 'failed' && (
        <MessageBar messageBarType={save.failure === 'invalid' ? MessageBarType.warning : MessageBarType.error} isMultiline
          actions={save.failure === 'conflict'
            ? <div><DefaultButton text={strings.ReloadLatest} onClick={reloadLatest} /></div>
            : undefined}>
          {save.text}
        </MessageBar>
      )}
      <fieldset style={{ border: 0, padding: 0, margin: '12px 0' }}>
        <legend style={{ fontWeight: 600, marginBottom: 8 }}>{strings.SkillsLabel}</legend>
        {skills.length === 0 ? <p>{strings.NoSkillsYet}</p> : (
          <ul className={classes.chips}>
            {skills.map((skill, index) => {
              const problem = showProblems ? validation.skillProblems.find(p => p.index === index) : undefined;
              return (
                <li key={`${skill}-${index}`} className={classes.chip}>
                  <span>{skill}</span>
                  {problem && <span role="alert"> — {skillProblemText(problem.problem, skill)}</span>}
                  <IconButton iconProps={{ iconName: 'Cancel' }} ariaLabel={formatText(strings.RemoveSkill, skill)}
                    title={formatText(strings.RemoveSkill, skill)} styles={{ root: { width: 24, height: 24 } }}
                    onClick={() => setSkills(skills.filter((_, i) => i !== index))} />
                </li>
              );
            })}
          </ul>
        )}
        <div className={classes.formRow}>
          <TextField id={newSkillId} label={strings.AddSkillLabel} value={newSkill} list={suggestionsId}
            errorMessage={newSkillProblem} styles={{ root: { flex: '1 1 auto' } }}
            onChange={(_e, value) => { setNewSkill(value ?? ''); setNewSkillProblem(undefined); }}
            onKeyDown={e => { if (e.key === 'Enter') { e.preventDefault(); addSkill(); } }} />
          <DefaultButton text={strings.AddSkill} onClick={addSkill} styles={{ root: { marginBottom: newSkillProblem ? 22 : 0 } }} />
        </div>
        <datalist id={suggestionsId}>
          {SKILLS.filter(s => !skills.includes(s)).map(s => <option key={s} value={s} />)}
        </datalist>
      </fieldset>
      <TextField label={strings.BiographyLabel} multiline autoAdjustHeight rows={6} value={biography}
        onChange={(_e, value) => setBiography(value ?? '')} errorMessage={biographyError}
        description={formatText(strings.BiographyHelp, PROFILE_LIMITS.biographyMaxLength, Math.max(0, remaining))} />
      <div className={classes.formRow} style={{ marginTop: 16 }}>
        <PrimaryButton type="submit" text={save.kind === 'saving' ? strings.Saving : strings.Save} disabled={save.kind === 'saving'} />
        <DefaultButton text={strings.Cancel} onClick={props.onCancel} disabled={save.kind === 'saving'} />
      </div>
    </form>
  );
}
