import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { CheckboxInput } from '../../../common/components/CheckboxInput';
import { useOwnItemSave, type IOwnItemSaveStrings } from '../../../common/components/OwnItemSave';
import { TextInput } from '../../../common/components/TextInput';
import * as strings from 'MemberDirectoryWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import { SKILLS } from '../../../schema/lists';
import { SKILLS_CAPACITY } from '../../../domain/members/selfDescriptionParts';
import type { IMember, IOwnProfileChanges } from '../../../domain/members/types';
import {
  checkNewSkill, cleanSkill, PROFILE_LIMITS, validateOwnProfile, type BiographyProblem, type PhoneProblem, type SkillProblem
} from '../../../domain/members/validateOwnProfile';
import type { IMemberDirectoryService, ISavedSelfDescription } from '../../../data/members/IMemberDirectoryService';
import { useDirectoryStyles } from './directoryStyles';

export interface IEditProfileFormProps {
  member: IMember;
  service: IMemberDirectoryService;
  idPrefix: string;
  onSaved: (changes: IOwnProfileChanges, saved: ISavedSelfDescription) => void;
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
    case 'invalidCharacters': return strings.SkillInvalidCharacters;
    case 'noRoom': return formatText(strings.SkillNoRoom, SKILLS_CAPACITY);
  }
}

function phoneProblemText(problem: PhoneProblem | undefined): string | undefined {
  if (!problem) return undefined;
  return problem === 'missing' ? strings.PhoneMissing : strings.PhoneInvalid;
}

function biographyProblemText(problem: BiographyProblem, length: number): string {
  return problem === 'tooLong'
    ? formatText(strings.BiographyTooLong, length, PROFILE_LIMITS.biographyMaxLength)
    : strings.InvalidCharacters;
}

const SAVE_STRINGS: IOwnItemSaveStrings = {
  forbidden: strings.SaveForbidden, conflict: strings.SaveConflict, network: strings.SaveNetwork, fixProblems: strings.FixProblems,
  unknown: strings.SaveUnknown, reloadFailed: strings.ReloadFailed, reloadLatest: strings.ReloadLatest
};

/**
 * What a member says about themselves: skills, biography and how to reach them. Whatever goes wrong, what they typed stays in the
 * form: a refused (403) or conflicting (412) save is explained, never silently dropped.
 */
export function EditProfileForm(props: IEditProfileFormProps): React.ReactElement {
  const classes = useDirectoryStyles();
  const { member } = props;
  const self = member.self;
  const [skills, setSkills] = React.useState<string[]>(self?.skills ?? []);
  const [newSkill, setNewSkill] = React.useState('');
  const [newSkillProblem, setNewSkillProblem] = React.useState<string | undefined>(undefined);
  const [biography, setBiography] = React.useState(self?.biography ?? '');
  const [contactPreference, setContactPreference] = React.useState(self?.contactPreference ?? '');
  const [shareMobile, setShareMobile] = React.useState(!!self?.sharedMobile);
  const [mobile, setMobile] = React.useState(self?.sharedMobile ?? '');
  const [shareHomePhone, setShareHomePhone] = React.useState(!!self?.sharedHomePhone);
  const [homePhone, setHomePhone] = React.useState(self?.sharedHomePhone ?? '');
  const { save, showProblems, submit: submitForm, notice } = useOwnItemSave(SAVE_STRINGS, props.onReload);
  const headingId = `${props.idPrefix}-edit-heading`;
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), []);
  const newSkillId = `${props.idPrefix}-new-skill`;
  const suggestionsId = `${props.idPrefix}-skill-suggestions`;

  const validation = validateOwnProfile({ skills, biography, contactPreference, shareMobile, mobile, shareHomePhone, homePhone });
  const biographyError = showProblems && validation.biographyProblem
    ? biographyProblemText(validation.biographyProblem, validation.cleaned.biography.length) : undefined;
  const contactError = showProblems && validation.contactPreferenceProblem
    ? (validation.contactPreferenceProblem === 'tooLong'
      ? formatText(strings.ContactPreferenceTooLong, PROFILE_LIMITS.contactPreferenceMaxLength) : strings.InvalidCharacters)
    : undefined;

  const addSkill = (): void => {
    const problem = checkNewSkill(newSkill, skills);
    if (problem) { setNewSkillProblem(skillProblemText(problem, newSkill)); return; }
    setSkills([...skills, cleanSkill(newSkill)]);
    setNewSkill('');
    setNewSkillProblem(undefined);
  };

  const submit = async (event: React.FormEvent): Promise<void> => {
    await submitForm(event, validation.valid, async () => {
      const saved = await props.service.saveSelfDescription(
        { memberId: member.id, fullName: member.fullName, itemId: self?.itemId, etag: self?.etag }, validation.cleaned);
      props.onSaved(validation.cleaned, saved);
    });
  };

  const remaining = PROFILE_LIMITS.biographyMaxLength - biography.trim().length;
  return (
    <form aria-labelledby={headingId} onSubmit={e => { submit(e).catch(() => undefined); }} noValidate>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{strings.EditMyProfile}</h2>
      <p>{strings.EditIntro}</p>
      {notice}
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
          <TextInput id={newSkillId} label={strings.AddSkillLabel} value={newSkill} list={suggestionsId}
            errorMessage={newSkillProblem} style={{ flex: '1 1 auto' }}
            onChange={value => { setNewSkill(value); setNewSkillProblem(undefined); }}
            onKeyDown={e => { if (e.key === 'Enter') { e.preventDefault(); addSkill(); } }} />
          <DefaultButton text={strings.AddSkill} onClick={addSkill} styles={{ root: { marginBottom: newSkillProblem ? 22 : 0 } }} />
        </div>
        <datalist id={suggestionsId}>
          {SKILLS.filter(s => !skills.includes(s)).map(s => <option key={s} value={s} />)}
        </datalist>
      </fieldset>
      <TextInput label={strings.BiographyLabel} multiline rows={6} value={biography}
        onChange={setBiography} errorMessage={biographyError}
        description={formatText(strings.BiographyHelp, PROFILE_LIMITS.biographyMaxLength, Math.max(0, remaining))} />
      <fieldset style={{ border: 0, padding: 0, margin: '16px 0 0' }}>
        <legend style={{ fontWeight: 600, marginBottom: 8 }}>{strings.ContactPreferencesLegend}</legend>
        <TextInput label={strings.ContactPreferenceLabel} value={contactPreference} errorMessage={contactError}
          onChange={setContactPreference} />
        <p className={classes.secondary}>{strings.PersonalNumbersHelp}</p>
        <CheckboxInput label={strings.ShareMobileLabel} checked={shareMobile} onChange={setShareMobile} />
        {shareMobile && (
          <TextInput label={strings.MobileLabel} type="tel" value={mobile} required
            errorMessage={showProblems ? phoneProblemText(validation.mobileProblem) : undefined}
            onChange={setMobile} />
        )}
        <div style={{ marginTop: 8 }}><CheckboxInput label={strings.ShareHomePhoneLabel} checked={shareHomePhone} onChange={setShareHomePhone} /></div>
        {shareHomePhone && (
          <TextInput label={strings.HomePhoneLabel} type="tel" value={homePhone} required
            errorMessage={showProblems ? phoneProblemText(validation.homePhoneProblem) : undefined}
            onChange={setHomePhone} />
        )}
      </fieldset>
      <div className={classes.formRow} style={{ marginTop: 16 }}>
        <PrimaryButton type="submit" text={save.kind === 'saving' ? strings.Saving : strings.Save} disabled={save.kind === 'saving'} />
        <DefaultButton text={strings.Cancel} onClick={props.onCancel} disabled={save.kind === 'saving'} />
      </div>
    </form>
  );
}
