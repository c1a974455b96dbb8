/* eslint-disable @rushstack/no-new-null -- SharePoint's JSON uses null to clear a column */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { IWeb } from '@pnp/sp/webs';
import * as lists from '../../schema/lists';
import type { MemberRow, PartyRow, RowWrite, WardRow } from '../../schema/rows';
import type { IImportProfile, IImportValues, ImportProposal } from '../../domain/members/planMemberImport';
import { HubDataError, toHubDataError } from '../hubDataError';
import { hubList, type HubListAddress } from '../hubList';
import { PAGE_SIZE, readAllById } from '../readPagesById';
import { dateOnly } from './mapDirectoryRows';
import type { IImportOutcome, IImportSnapshot, IMemberImportService } from './IMemberImportService';

const MEMBERS: HubListAddress = { title: lists.members.title, url: lists.members.url };
const WARDS: HubListAddress = { title: lists.wards.title, url: lists.wards.url };
const PARTIES: HubListAddress = { title: lists.parties.title, url: lists.parties.url };

/** SharePoint's limit on requests in one $batch. */
export const MAX_BATCH_REQUESTS = 100;

/** Everything the import compares; ModernGovId and InterestsRegister exist only once the site has the 1.1.0.0 columns. */
export const IMPORT_PROFILE_COLUMNS = [
  'Id', 'Title', 'ModernGovId', 'PartyId', 'WardId', 'AdditionalResponsibilities', 'TermStart', 'TermEnd', 'Email', 'Photo',
  'InterestsRegister', 'IsActive'
] as const satisfies readonly (keyof MemberRow)[];
type ImportProfileRead = Pick<MemberRow, (typeof IMPORT_PROFILE_COLUMNS)[number]>;

function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function toProfile(row: ImportProfileRead): IImportProfile {
  return {
    id: row.Id,
    fullName: text(row.Title) ?? '',
    modernGovId: text(row.ModernGovId),
    partyId: row.PartyId ?? undefined,
    wardId: row.WardId ?? undefined,
    keyPosts: (row.AdditionalResponsibilities ?? []).map(v => v.trim()).filter(Boolean),
    termStart: dateOnly(row.TermStart),
    termEnd: dateOnly(row.TermEnd),
    email: text(row.Email),
    photoUrl: text(row.Photo?.Url),
    registerUrl: text(row.InterestsRegister?.Url),
    isActive: row.IsActive !== false
  };
}

/** A date-only column is written as midnight UTC, as the sample council's are; dateOnly reads it back. */
const dateValue = (iso: string | null | undefined): string | null => (iso ? `${iso}T00:00:00Z` : null);

/** The one place import values become Member profile columns. */
export function profileWrite(values: IImportValues, name: string): RowWrite<typeof lists.members> {
  const row: RowWrite<typeof lists.members> = {};
  if (values.fullName !== undefined) row.Title = values.fullName;
  if (values.firstName !== undefined) row.FirstName = values.firstName;
  if (values.surname !== undefined) row.Surname = values.surname;
  if (values.modernGovId !== undefined) row.ModernGovId = values.modernGovId;
  if (values.partyId !== undefined) row.PartyId = values.partyId;
  if (values.wardId !== undefined) row.WardId = values.wardId;
  if (values.keyPosts !== undefined) row.AdditionalResponsibilities = values.keyPosts;
  if (values.termStart !== undefined) row.TermStart = dateValue(values.termStart);
  if (values.termEnd !== undefined) row.TermEnd = dateValue(values.termEnd);
  if (values.email !== undefined) row.Email = values.email;
  if (values.photoUrl !== undefined) row.Photo = { Url: values.photoUrl, Description: `Photograph of ${name}` };
  if (values.registerUrl !== undefined) row.InterestsRegister = { Url: values.registerUrl, Description: 'Register of interests' };
  if (values.isActive !== undefined) row.IsActive = values.isActive;
  return row;
}

function write(web: IWeb, proposal: ImportProposal): Promise<unknown> {
  const items = hubList(web, MEMBERS).items;
  const body = profileWrite(proposal.values, proposal.name);
  return proposal.kind === 'new' ? items.add(body) : items.getById(proposal.profileId).update(body);
}

/**
 * The import over SharePoint. Each apply writes what the plan proposed and nothing else;
 * a new profile carries its ModernGov id from the start, so a run cut short (even after
 * SharePoint committed a batch whose answer was lost) is matched, not duplicated, by the
 * next run's plan.
 */
export class SpMemberImportService implements IMemberImportService {
  public constructor(private readonly sp: SPFI) {}

  public async loadForImport(): Promise<IImportSnapshot> {
    try {
      const [profiles, wards, parties] = await Promise.all([
        readAllById(after => hubList(this.sp.web, MEMBERS).items.select(...IMPORT_PROFILE_COLUMNS).skip(after ?? 0).top(PAGE_SIZE)<ImportProfileRead[]>()),
        hubList(this.sp.web, WARDS).items.select('Id', 'Title').top(PAGE_SIZE)<Pick<WardRow, 'Id' | 'Title'>[]>(),
        hubList(this.sp.web, PARTIES).items.select('Id', 'Title').top(PAGE_SIZE)<Pick<PartyRow, 'Id' | 'Title'>[]>()
      ]);
      return {
        profiles: profiles.map(toProfile),
        wards: wards.map(w => ({ id: w.Id, name: w.Title ?? '' })),
        parties: parties.map(p => ({ id: p.Id, name: p.Title ?? '' }))
      };
    } catch (error) {
      const failure = toHubDataError(error);
      // A site not yet given the 1.1.0.0 columns refuses the $select: the health check's Fix adds them.
      if (failure.status === 400) throw new HubDataError('listsMissing', failure.message, 400);
      throw failure;
    }
  }

  public async applyImport(proposals: readonly ImportProposal[], onProgress?: (written: number, total: number) => void): Promise<IImportOutcome> {
    const outcome: IImportOutcome = { created: 0, updated: 0, ended: 0, notWritten: 0 };
    for (let start = 0; start < proposals.length; start += MAX_BATCH_REQUESTS) {
      const chunk = proposals.slice(start, start + MAX_BATCH_REQUESTS);
      // PnPjs splits a batch into $batch requests of 20 unless told otherwise: one request per chunk.
      const [batched, execute] = this.sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
      // Each write settles on its own: one refused write must not hide what the others did.
      const settled = Promise.all(chunk.map(p => write(batched.web, p).then(() => undefined, (e: unknown) => toHubDataError(e))));
      let failures: (HubDataError | undefined)[];
      try {
        await execute();
        failures = await settled;
      } catch (error) {
        settled.catch(() => undefined);
        failures = chunk.map(() => toHubDataError(error));
      }
      chunk.forEach((p, i) => {
        if (failures[i]) outcome.notWritten++;
        else if (p.kind === 'new') outcome.created++;
        else if (p.kind === 'ended') outcome.ended++;
        else outcome.updated++;
      });
      const failed = failures.find(f => f !== undefined);
      if (failed) {
        // Stop here: the next run's plan shows what is left, against what SharePoint now holds.
        outcome.notWritten += proposals.length - start - chunk.length;
        outcome.error = failed.message;
        return outcome;
      }
      onProgress?.(start + chunk.length, proposals.length);
    }
    return outcome;
  }
}
