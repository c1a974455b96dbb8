import { findLiaisonOfficers } from '../../../src/domain/officers/findLiaisonOfficers';
import { addressName, matchScore, officerEntry, officerInitials, officerLookups, searchTerms } from '../../../src/domain/officers/officerIndex';
import { isProfileStale, monthsBefore, staleProfiles } from '../../../src/domain/officers/reviewStatus';
import { bySurname, createOfficerSearch, NO_REFINEMENTS, searchOfficers, type IOfficerSearchResult } from '../../../src/domain/officers/searchOfficers';
import { createSeededRandom } from '../../../tools/seed/seededRandom';
import { allSampleOfficers, officer, sampleOfficerData, TODAY } from './sampleOfficers';

function index() {
  const data = sampleOfficerData();
  const lookups = officerLookups(data.services, data.directorates);
  return allSampleOfficers().map(o => officerEntry(o, lookups)).sort(bySurname);
}
const names = (entries: ReturnType<typeof index>) => entries.map(e => e.officer.fullName);
/** Every match, best first. */
const all = (result: IOfficerSearchResult) => result.top(result.count);

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

  it('puts the liaison officer to contact first ahead of equal others: based in the service, then covering fewest, then reviewed last', () => {
    const data = sampleOfficerData();
    data.liaisonOfficers.push(
      officer({ id: 10, fullName: 'Ann Able', serviceId: 2, isClo: true, cloServiceIds: [4, 2], lastReviewed: '2026-10-01' }),
      officer({ id: 11, fullName: 'Ben Best', serviceId: 2, isClo: true, cloServiceIds: [4], lastReviewed: '2026-01-01' }),
      officer({ id: 12, fullName: 'Cat Cole', serviceId: 2, isClo: true, cloServiceIds: [4], lastReviewed: '2026-09-01' }),
      officer({ id: 13, fullName: 'Dan Dale', serviceId: 4, isClo: true, cloServiceIds: [4, 1, 2] })
    );
    const [revenues] = findLiaisonOfficers(data, { topic: '', serviceId: 4 });
    expect(revenues.leads.map(o => o.fullName)).toEqual(['Dan Dale', 'Cat Cole', 'Ben Best', 'Ann Able']);
  });

  it('finds nothing for a topic no service mentions, and treats OData-looking text as words', () => {
    expect(findLiaisonOfficers(sampleOfficerData(), { topic: 'xylophone' })).toEqual([]);
    expect(findLiaisonOfficers(sampleOfficerData(), { topic: "a' or 1 eq 1" })).toEqual([]);
  });
});

describe('search officers', () => {
  it('ranks a name match above a job title, a job title above a service, and matches word starts only', () => {
    // "art": Sam Art by name; never "Alex Department" (art is inside a word) or "Street Cleansing".
    expect(names(all(searchOfficers(index(), 'art', NO_REFINEMENTS)))).toEqual(['Sam Art']);
    const planning = names(all(searchOfficers(index(), 'planning', NO_REFINEMENTS)));
    // Jo Planner: the surname starts with "planning"? No: "planner" does not start with "planning".
    expect(planning[0]).toBe('Zoë Clarke'); // job title and a liaison officer before Alex's equal-weight job title
    expect(planning).toContain('Alex Department');
    expect(planning).not.toContain('Jo Planner');
  });

  it('folds accents and apostrophes: "zoe" finds Zoë, "obrien" and "O\u2019Brien" find Tom O\u2019Brien', () => {
    expect(names(all(searchOfficers(index(), 'zoe', NO_REFINEMENTS)))).toEqual(['Zoë Clarke']);
    expect(names(all(searchOfficers(index(), 'obrien', NO_REFINEMENTS)))).toEqual(['Tom O\u2019Brien']);
    expect(names(all(searchOfficers(index(), "O'Brien", NO_REFINEMENTS)))).toEqual(['Tom O\u2019Brien']);
  });

  it('searches preferred names, service and directorate names and service keywords', () => {
    expect(names(all(searchOfficers(index(), 'jojo', NO_REFINEMENTS)))).toEqual(['Jo Planner']);
    expect(names(all(searchOfficers(index(), 'revenues', NO_REFINEMENTS)))).toEqual(['Jo Planner', 'Sam Art']);
    expect(names(all(searchOfficers(index(), 'environment', NO_REFINEMENTS)))).toEqual(['Tom O\u2019Brien', 'Priya Shah']);
    expect(names(all(searchOfficers(index(), 'missed collection', NO_REFINEMENTS)))).toEqual(['Tom O\u2019Brien', 'Priya Shah']);
  });

  it('never breaks on quotes, slashes, percent or hash, and never widens the result', () => {
    for (const text of ["a' or 1 eq 1", '%', '#', 'waste/recycling', "O''Brien", ')(']) {
      const found = all(searchOfficers(index(), text, NO_REFINEMENTS));
      expect(found.length).toBeLessThan(allSampleOfficers().length);
    }
    expect(names(all(searchOfficers(index(), 'waste/recycling', NO_REFINEMENTS)))).toEqual(['Tom O\u2019Brien', 'Priya Shah']);
  });

  it('refines by directorate, service and liaison officers only, counting what the other refiners leave', () => {
    const byDirectorate = searchOfficers(index(), '', { ...NO_REFINEMENTS, directorateIds: [2] });
    expect(names(all(byDirectorate))).toEqual(['Sam Art', 'Zoë Clarke', 'Alex Department', 'Jo Planner']);
    // The directorate refiner still counts the other directorate, so it can be added.
    expect(byDirectorate.directorates.map(d => [d.label, d.count, d.selected])).toEqual([
      ['Environment and Neighbourhoods', 2, false], ['Place and Economy', 4, true]
    ]);
    expect(byDirectorate.liaisonCount).toBe(1);
    const clos = searchOfficers(index(), '', { ...NO_REFINEMENTS, directorateIds: [2], liaisonOnly: true });
    expect(names(all(clos))).toEqual(['Zoë Clarke']);
    const service = searchOfficers(index(), '', { ...NO_REFINEMENTS, serviceIds: [4] });
    expect(names(all(service))).toEqual(['Sam Art', 'Jo Planner']);
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
        expect(names(all(search(text, refinements)))).toEqual(names(all(searchOfficers(entries, text, refinements))));
      }
    }
    expect(names(all(search('plan', NO_REFINEMENTS)))).toContain('Zoë Clarke');
  });

  it('prepares every one-letter search ahead, a letter per call, giving what a fresh search gives', () => {
    const entries = index();
    const search = createOfficerSearch(entries);
    let calls = 1;
    while (search.prepareNextLetter()) calls++;
    expect(calls).toBe(26);
    expect(search.prepareNextLetter()).toBe(false);
    for (const text of ['p', 'pl', 'plan', 'z', 'zo', '', 'o', "o'b", 'q']) {
      for (const refinements of [{ ...NO_REFINEMENTS }, { ...NO_REFINEMENTS, liaisonOnly: true }]) {
        const result = search(text, refinements);
        const fresh = searchOfficers(entries, text, refinements);
        expect(names(all(result))).toEqual(names(all(fresh)));
        expect(result.count).toBe(fresh.count);
        expect(result.services).toEqual(fresh.services);
      }
    }
  });

  it('answers a letter deleted back to an earlier search from what it found then, and refines afresh when the refiners change', () => {
    const entries = index();
    const search = createOfficerSearch(entries);
    const plan = search('plan', NO_REFINEMENTS);
    search('plann', NO_REFINEMENTS);
    expect(search('plan', NO_REFINEMENTS)).toBe(plan);
    const liaisonOnly = { ...NO_REFINEMENTS, liaisonOnly: true };
    const refined = search('plan', liaisonOnly);
    expect(refined).not.toBe(plan);
    expect(names(all(refined))).toEqual(names(all(searchOfficers(entries, 'plan', liaisonOnly))));
    expect(search('plan', { ...NO_REFINEMENTS })).not.toBe(plan);
    expect(names(all(search('plan', NO_REFINEMENTS)))).toEqual(names(all(plan)));
  });
});

describe('the first page of results at a large council', () => {
  // Random officers from a few words, so most share a score and the tie-breaks decide.
  function largeIndex(count: number) {
    const random = createSeededRandom('officer-top-page');
    const data = sampleOfficerData();
    const lookups = officerLookups(data.services, data.directorates);
    const first = ['Sam', 'Jo', 'Priya', 'Tom', 'Zoë', 'Alex', 'Pat'];
    const last = ['Planner', 'Smith', 'Waste', 'Clarke', 'Shah', 'Plant', 'Wasteney'];
    const jobs = ['Planning Officer', 'Waste Officer', 'Revenues Assistant', 'Smith', 'Grade 7 Officer', 'Officer (7b)', undefined];
    return Array.from({ length: count }, (_x, i) => officer({
      id: 1000 + i, fullName: `${random.pick(first)} ${random.pick(last)}`, serviceId: random.int(1, 4),
      jobTitle: random.pick(jobs), isClo: random.chance(0.1)
    })).map(o => officerEntry(o, lookups)).sort(bySurname);
  }

  // The scoring rule read plainly from the folded text: each word of the query must start a
  // word in some field, and counts the weight of the best such field.
  function naiveScore(entry: ReturnType<typeof largeIndex>[number], terms: string[]): number {
    let score = 0;
    for (const term of terms) {
      const needle = ' ' + term;
      const best = entry.nameText.includes(needle) ? 8 : entry.jobText.includes(needle) ? 4
        : entry.serviceText.includes(needle) ? 2 : entry.keywordText.includes(needle) ? 1 : 0;
      if (!best) return 0;
      score += best;
    }
    return score;
  }

  it('scores every officer as reading their text word by word would, whatever the first letter (or digit)', () => {
    const entries = largeIndex(1500);
    for (const text of ['p', 'o', '7', '7b', 'x', 'gr', 'grade 7', 'waste o', 'revenues and', 'zo', 'shah']) {
      const terms = searchTerms(text);
      for (const entry of entries) expect(matchScore(entry, terms)).toBe(naiveScore(entry, terms));
    }
  });

  it('shows the same first 20 (and the same next page) as ranking every match would, for many queries', () => {
    const entries = largeIndex(3000);
    const search = createOfficerSearch(entries);
    for (const text of ['p', 'pl', 'plan', 's', 'sm', 'w', 'waste', 'waste o', 'o', 'r', 'smith', 'z', '7', '7b', 'grade 7', 'b', '']) {
      for (const refinements of [NO_REFINEMENTS, { ...NO_REFINEMENTS, liaisonOnly: true }, { ...NO_REFINEMENTS, serviceIds: [1, 3] }]) {
        const result = search(text, refinements);
        // The rule, stated the slow way: every match, best score first, liaison officers
        // before others on a tie, then the index's surname order.
        const terms = searchTerms(text);
        const everyMatch = entries
          .map(entry => ({ entry, score: terms.length ? naiveScore(entry, terms) : 1 }))
          .filter(m => m.score > 0)
          .filter(m => !refinements.liaisonOnly || m.entry.officer.isClo)
          .filter(m => !refinements.serviceIds.length || refinements.serviceIds.includes(m.entry.officer.serviceId))
          .sort((a, b) => terms.length ? (b.score - a.score) || (Number(b.entry.officer.isClo) - Number(a.entry.officer.isClo)) : 0)
          .map(m => m.entry);
        expect(result.count).toBe(everyMatch.length);
        expect(result.top(20)).toEqual(everyMatch.slice(0, 20));
        expect(result.top(40)).toEqual(everyMatch.slice(0, 40));
        expect(result.top(20)).toEqual(everyMatch.slice(0, 20));
      }
    }
  });
});
