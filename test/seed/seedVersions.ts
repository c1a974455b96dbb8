import type { IVisitValues, IVisitVersionFacts } from '../../src/domain/visits/effectiveVisitState';
import type { IPerson } from '../../src/domain/visits/types';
import type { SeedRow } from '../../tools/seed/seedTypes';

/** A seeded request's versions as SharePoint would keep them: as added by its author, then each edit by its editor. */
export function seedVersions(v: SeedRow<'visitRequests'>, person: (id: number | null | undefined) => IPerson | undefined): IVisitVersionFacts[] {
  const { Id, AuthorId, Created, Edits, ...first } = v;
  void Id;
  let values = first as IVisitValues;
  const versions: IVisitVersionFacts[] = [{ editor: person(AuthorId)!, saved: Created!, values }];
  for (const edit of Edits ?? []) {
    values = { ...values, ...(edit.values as IVisitValues) };
    versions.push({ editor: person(edit.EditorId)!, saved: edit.Modified, values });
  }
  return versions;
}
