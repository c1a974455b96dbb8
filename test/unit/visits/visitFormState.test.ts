import {
  draftStorageKey, emptyVisitForm, newSubmissionKey, parseVisitForm
} from '../../../src/webparts/visitRequest/components/member/visitFormState';
import { localDateTime } from '../../../src/webparts/visitRequest/components/shared/visitDates';

describe('the visit request draft kept in the browser', () => {
  it('comes back exactly as typed, half-finished fields and submission key included', () => {
    const form = { ...emptyVisitForm(), premisesId: 4, date: '2027-03-02', from: '10:', purpose: 'Ward issue', otherAttendees: [{ name: 'Sam', organisation: '' }] };
    expect(parseVisitForm(JSON.stringify(form))).toEqual(form);
  });

  it('is ignored, never an error, when what is stored is not a draft', () => {
    for (const stored of [undefined, '', 'not json', 'null', '[]', '{"purpose":"no key"}', '{"submissionKey":""}']) {
      expect(parseVisitForm(stored)).toBeUndefined();
    }
    const odd = parseVisitForm(JSON.stringify({ submissionKey: 'k', premisesId: 'x', attendingMemberIds: [1, 'two', 3.5], otherAttendees: [null, { name: 5 }] }));
    expect(odd).toMatchObject({ submissionKey: 'k', premisesId: undefined, attendingMemberIds: [1], otherAttendees: [{ name: '', organisation: '' }] });
  });

  it('is kept per person and per web part, so two members on one computer or two forms never share one', () => {
    expect(draftStorageKey(6, 'a')).not.toBe(draftStorageKey(7, 'a'));
    expect(draftStorageKey(6, 'a')).not.toBe(draftStorageKey(6, 'b'));
  });

  it('starts each draft with a fresh version-4 GUID', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newSubmissionKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('turns a date and time into an instant only when both are complete', () => {
    expect(localDateTime('2027-03-02', '')).toBeUndefined();
    expect(localDateTime('2027-03', '10:00')).toBeUndefined();
    expect(new Date(localDateTime('2027-03-02', '10:30')!).getHours()).toBe(10);
  });
});
