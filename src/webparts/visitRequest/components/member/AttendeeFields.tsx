import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { TextInput } from '../../../../common/components/TextInput';
import * as strings from 'VisitRequestWebPartStrings';
import { formatText } from '../../../../domain/shared/formatText';
import { OtherMembersPicker } from './OtherMembersPicker';
import type { IVisitFormState } from './visitFormState';
import { useVisitStyles } from '../shared';

export interface IAttendeeFieldsProps {
  members: ReadonlyArray<{ id: number; name: string }>;
  /** Who is asking: not offered as "another member". */
  currentMemberId?: number;
  form: Pick<IVisitFormState, 'attendingMemberIds' | 'otherAttendees'>;
  onChange: (patch: Partial<IVisitFormState>) => void;
  /** Problems by field key, e.g. 'otherAttendees.0.name'. */
  errors: Record<string, string | undefined>;
  idPrefix: string;
}

/**
 * Who will come: other councillors from the register, and anyone who is not a councillor
 * by name and organisation (the decider sees them flagged, so they can weigh it).
 */
export function AttendeeFields(props: IAttendeeFieldsProps): React.ReactElement {
  const classes = useVisitStyles();
  const { form } = props;
  const added = React.useRef<HTMLDivElement>(null);
  const [focusLast, setFocusLast] = React.useState(false);
  React.useEffect(() => {
    if (!focusLast) return;
    added.current?.querySelector('input')?.focus();
    setFocusLast(false);
  }, [focusLast]);
  const others = React.useMemo(() => props.members.filter(m => m.id !== props.currentMemberId), [props.members, props.currentMemberId]);
  const setOther = (index: number, patch: Partial<{ name: string; organisation: string }>): void =>
    props.onChange({ otherAttendees: form.otherAttendees.map((o, i) => (i === index ? { ...o, ...patch } : o)) });
  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{strings.AttendeesLegend}</legend>
      <OtherMembersPicker members={others} chosenIds={form.attendingMemberIds} errorMessage={props.errors.attendingMemberIds}
        idPrefix={props.idPrefix} onChange={attendingMemberIds => props.onChange({ attendingMemberIds })} />
      <p className={classes.secondary}>{strings.OtherAttendeesHelp}</p>
      {form.otherAttendees.map((other, index) => (
        <div key={index} className={classes.attendee} ref={index === form.otherAttendees.length - 1 ? added : undefined}
          role="group" aria-label={formatText(strings.OtherAttendeeGroup, index + 1)}>
          <TextInput className={classes.field} label={strings.OtherAttendeeName} value={other.name} required
            errorMessage={props.errors[`otherAttendees.${index}.name`]} onChange={v => setOther(index, { name: v })} />
          <TextInput className={classes.field} label={strings.OtherAttendeeOrganisation} value={other.organisation} required
            errorMessage={props.errors[`otherAttendees.${index}.organisation`]}
            onChange={v => setOther(index, { organisation: v })} />
          <DefaultButton text={strings.Remove} ariaLabel={other.name.trim() ? formatText(strings.RemoveAttendee, other.name.trim()) : formatText(strings.RemoveAttendeeUnnamed, index + 1)}
            onClick={() => props.onChange({ otherAttendees: form.otherAttendees.filter((_o, i) => i !== index) })} />
        </div>
      ))}
      <DefaultButton text={strings.AddOtherAttendee} iconProps={{ iconName: 'Add' }} styles={{ root: { marginTop: 8 } }}
        onClick={() => {
          props.onChange({ otherAttendees: [...form.otherAttendees, { name: '', organisation: '' }] });
          setFocusLast(true);
        }} />
    </fieldset>
  );
}
