import { findLiaisonOfficers } from '../../../src/domain/officers/findLiaisonOfficers';
import { addressName, officerEntry, officerInitials, officerLookups } from '../../../src/domain/officers/officerIndex';
import { isProfileStale, monthsBefore, staleProfiles } from '../../../src/domain/officers/reviewStatus';
import { bySurname, createOfficerSearch, NO_REFINEMENTS, searchOfficers } from '../../../src/domain/officers/searchOfficers';
import { allSampleOfficers, sampleOfficerData, TODAY } from './sampleOfficers';

function index() {
  const data = sampleOfficerData();
  const lookups = officerLookups(data.services, data.directorates);
  return allSampleOfficers().map(o => officerEntry(o, lookups)).sort(bySurname);
}
const names = (entries: ReturnType<typeof index>) => entries.map(e => e.officer.fullName);

describe('find my liaison officer', () => {
  it('finds the waste service\u2019s liaison officers by the topic "bins", deputy apart, with the escalation path from the lists', () => {
    const [first, ...rest] = findLiaisonOfficers(sampleOfficerData(), { topic: 'bins' });
    expect(rest).toEqual([]);
    expect(first.service.name).toBe('Waste and Recycling');
    expect(first.leads.map(o => o.fullName)).toEqual(['Priya Shah']);
    expect(first.deputy?.fullName).toBe('Tom O\u2019Brien');
    expect(first.escalation.map(s => [s.role, s.person.name])).toEqual([
      ['headOfService', 'Hannah Lee'], ['director', 'Joanna Blackwood'], ['chiefExecutive', 'Alison Treharne']
    ]);
  });

  it('matches a two-word topic as a phrase first ("planning appeal") and "fly-tipping" with its hyphen', () => {
    expect(findLiaisonOfficers(sampleOfficerData(), { topic: 'planning appeal' })[0].service.name).toBe('Development Management');
    expect(findLiaisonOfficers(sampleOfficerData(), { topic: 'fly-tipping' }).map(l => l.service.name)).toEqual(['Street Cleansing']);
    expect(findLiaisonOfficers(sampleOfficerData(), { topic: 'Council Tax' }).map(l => l.service.name)).toEqual(['Revenues and Benefits']);
  });

  it('shows a liaison officer who covers a neighbouring service under that service too', () => {
    const street = findLiaisonOfficers(sampleOfficerData(), { topic: '', serviceId: 2 });
    expect(street).toHaveLength(1);
    expect(street[0].leads.map(o => o.fullName)).toEqual(['Priya Shah']);
    expect(street[0].escalation.map(s => s.role)).toEqual(['headOfService', 'director', 'chiefExecutive']);
  });

  it('lists every service of a directorate, and a service with no liaison officer still shows how to escalate', () => {
    const place = findLiaisonOfficers(sampleOfficerData(), { topic: '', directorateId: 2 });
    expect(place.map(l => l.service.name)).toEqual(['Development Management', 'Revenues and Benefits']);
    const revenues = place[1];
    expect(revenues.leads).toEqual([]);
    // No Head of Service listed: the path starts at the Director.
    expect(revenues.escalation.map(s => s.person.name)).toEqual(['Ian Carmichael', 'Alison Treharne']);
  });

  it('finds nothing for a topic no service mentions, and treats OData-looking text as words', () => {
    expect(findLiaisonOfficers(sampleOfficerData(), { topic: 'xylophone' })).toEqual([]);
    expect(findLiaisonOfficers(sampleOfficerData(), { topic: "a' or 1 eq 1" })).toEqual([]);
  });
});

describe('search officers', () => {
  it('ranks a name match above a job title, a job title above a service, and matches word starts only', () => {
    // "art": Sam Art by name; never "Alex Department" (art is inside a word) or "Street Cleansing".
    expect(names(searchOfficers(index(), 'art', NO_REFINEMENTS).entries)).toEqual(['Sam Art']);
    const planning = names(searchOfficers(index(), 'planning', NO_REFINEMENTS).entries);
    // Jo Planner: the surname starts with "planning"? No: "planner" does not start with "planning".
    expect(planning[0]).toBe('Zoë Clarke'); // job title and a liaison officer before Alex's equal-weight job title
    expect(planning).toContain('Alex Department');
    expect(planning).not.toContain('Jo Planner');
  });

  it('folds accents and apostrophes: "zoe" finds Zoë, "obrien" and "O\u2019Brien" find Tom O\u2019Brien', () => {
    expect(names(searchOfficers(index(), 'zoe', NO_REFINEMENTS).entries)).toEqual(['Zoë Clarke']);
    expect(names(searchOfficers(index(), 'obrien', NO_REFINEMENTS).entries)).toEqual(['Tom O\u2019Brien']);
    expect(names(searchOfficers(index(), "O'Brien", NO_REFINEMENTS).entries)).toEqual(['Tom O\u2019Brien']);
  });

  it('searches preferred names, service and directorate names and service keywords', () => {
    expect(names(searchOfficers(index(), 'jojo', NO_REFINEMENTS).entries)).toEqual(['Jo Planner']);
    expect(names(searchOfficers(index(), 'revenues', NO_REFINEMENTS).entries)).toEqual(['Jo Planner', 'Sam Art']);
    expect(names(searchOfficers(index(), 'environment', NO_REFINEMENTS).entries)).toEqual(['Tom O\u2019Brien', 'Priya Shah']);
    expect(names(searchOfficers(index(), 'missed collection', NO_REFINEMENTS).entries)).toEqual(['Tom O\u2019Brien', 'Priya Shah']);
  });

  it('never breaks on quotes, slashes, percent or hash, and never widens the result', () => {
    for (const text of ["a' or 1 eq 1", '%', '#', 'waste/recycling', "O''Brien", ')(']) {
      const found = searchOfficers(index(), text, NO_REFINEMENTS).entries;
      expect(found.length).toBeLessThan(allSampleOfficers().length);
    }
    expect(names(searchOfficers(index(), 'waste/recycling', NO_REFINEMENTS).entries)).toEqual(['Tom O\u2019Brien', 'Priya Shah']);
  });

  it('refines by directorate, service and liaison officers only, counting what the other refiners leave', () => {
    const byDirectorate = searchOfficers(index(), '', { ...NO_REFINEMENTS, directorateIds: [2] });
    expect(names(byDirectorate.entries)).toEqual(['Sam Art', 'Zoë Clarke', 'Alex Department', 'Jo Planner']);
    // The directorate refiner still counts the other directorate, so it can be added.
    expect(byDirectorate.directorates.map(d => [d.label, d.count, d.selected])).toEqual([
      ['Environment and Neighbourhoods', 2, false], ['Place and Economy', 4, true]
    ]);
    expect(byDirectorate.liaisonCount).toBe(1);
    const clos = searchOfficers(index(), '', { ...NO_REFINEMENTS, directorateIds: [2], liaisonOnly: true });
    expect(names(clos.entries)).toEqual(['Zoë Clarke']);
    const service = searchOfficers(index(), '', { ...NO_REFINEMENTS, serviceIds: [4] });
    expect(names(service.entries)).toEqual(['Sam Art', 'Jo Planner']);
    expect(service.services.find(s => s.id === 3)?.count).toBe(2);
  });
});

describe('profile reviews and names', () => {
  it('marks a profile older than the review period, or never reviewed, as possibly out of date', () => {
    const [priya, tom, zoe] = sampleOfficerData().liaisonOfficers;
    expect(isProfileStale(priya, TODAY, 12)).toBe(false);
    expect(isProfileStale(tom, TODAY, 12)).toBe(true);
    expect(isProfileStale(zoe, TODAY, 12)).toBe(true);
    expect(isProfileStale(priya, TODAY, 3)).toBe(true);
    expect(staleProfiles(sampleOfficerData().liaisonOfficers, TODAY, 12).map(o => o.fullName)).toEqual(['Zoë Clarke', 'Tom O\u2019Brien']);
  });

  it('counts calendar months, clamping to the end of a shorter month', () => {
    expect(monthsBefore('2026-11-23', 12)).toBe('2025-11-23');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });

  it('addresses officers by title and surname only where the council chooses and a title is given', () => {
    const [priya, tom] = sampleOfficerData().liaisonOfficers;
    expect(addressName(tom, true)).toBe('Mr O\u2019Brien');
    expect(addressName(tom, false)).toBe('Tom O\u2019Brien');
    expect(addressName(priya, true)).toBe('Priya Shah');
    expect(officerInitials(tom)).toBe('TO');
  });
});

describe('searching as someone types', () => {
  it('gives the same results keystroke by keystroke as a fresh search, including after deleting and retyping', () => {
    const entries = index();
    const search = createOfficerSearch(entries);
    for (const text of ['p', 'pl', 'plan', 'planning', 'plan', 'planning a', '%', 'o', 'ob', "o'b", 'zo', 'z', '']) {
      for (const refinements of [NO_REFINEMENTS, { ...NO_REFINEMENTS, liaisonOnly: true }]) {
        expect(names(search(text, refinements).entries)).toEqual(names(searchOfficers(entries, text, refinements).entries));
      }
    }
    expect(names(search('plan', NO_REFINEMENTS).entries)).toContain('Zoë Clarke');
  });
});
