import * as strings from 'HubAdministrationWebPartStrings';
import type { IImportOutcome } from '../../../data/members/IMemberImportService';
import { MAX_MODERNGOV_FILE_BYTES, type IUnusableRow, type ModernGovFileProblem, type UnusableReason } from '../../../domain/members/modernGovCouncillors';
import type { IFieldChange, ImportField, ImportProposal } from '../../../domain/members/planMemberImport';
import { formatIsoDate } from '../../../domain/shared/formatDate';
import { formatText } from '../../../domain/shared/formatText';

const FIELD_NAMES: Record<ImportField, string> = {
  modernGovId: strings.FieldModernGovId, party: strings.FieldParty, ward: strings.FieldWard, keyPosts: strings.FieldKeyPosts,
  termStart: strings.FieldTermStart, termEnd: strings.FieldTermEnd, email: strings.FieldEmail, photo: strings.FieldPhoto,
  register: strings.FieldRegister, current: strings.FieldCurrent
};

const DATE_FIELDS: ReadonlySet<ImportField> = new Set(['termStart', 'termEnd']);

function shown(field: ImportField, value: string | undefined): string {
  if (value === undefined) return strings.ChangeNone;
  if (field === 'current') return value === 'yes' ? strings.Yes : strings.No;
  return DATE_FIELDS.has(field) ? formatIsoDate(value) : value;
}

/** "Party: Conservative → Labour". */
export function describeChange(change: IFieldChange): string {
  return formatText(strings.ChangeLine, FIELD_NAMES[change.field], shown(change.field, change.from), shown(change.field, change.to));
}

/** The line a proposal's tick box reads. */
export function describeProposal(p: ImportProposal): string {
  if (p.kind === 'new') return formatText(strings.NewLine, p.name, p.wardName);
  if (p.kind === 'ended') return formatText(strings.EndedLine, p.name, formatIsoDate(p.values.termEnd ?? ''));
  return formatText(strings.ChangedLine, p.name, p.changes.length);
}

const REASONS: Record<UnusableReason, string> = {
  noId: strings.ReasonNoId, noName: strings.ReasonNoName, noWard: strings.ReasonNoWard, badDate: strings.ReasonBadDate,
  duplicateId: strings.ReasonDuplicateId, vacancy: strings.ReasonVacancy, unknownWard: strings.ReasonUnknownWard, unknownParty: strings.ReasonUnknownParty
};

export function describeUnusable(row: IUnusableRow): string {
  return formatText(strings.UnusableLine, row.position, row.label, formatText(REASONS[row.reason], row.detail ?? ''));
}

export function describeRefusal(problem: ModernGovFileProblem): string {
  switch (problem) {
    case 'empty': return strings.RefusedEmpty;
    case 'tooLarge': return formatText(strings.RefusedTooLarge, MAX_MODERNGOV_FILE_BYTES / (1024 * 1024));
    case 'malformed': return strings.RefusedMalformed;
    case 'notCouncillorsByWard': return strings.RefusedOtherCall;
    case 'noCouncillors': return strings.RefusedNoCouncillors;
  }
}

export function describeOutcome(o: IImportOutcome): string {
  return o.error === undefined
    ? formatText(strings.AppliedAll, o.created, o.updated, o.ended)
    : formatText(strings.AppliedStopped, o.created, o.updated, o.ended, o.notWritten, o.error);
}
