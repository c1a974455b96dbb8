import type { ISeedData } from '../seed/seedTypes';
import { buildCouncil } from '../seed/buildCouncil';
import { SAMPLE_COUNCIL_SIZE } from '../seed/sampleCouncil';
import { previewDefaultUserId } from '../preview/previewUsers';
import type { Page } from 'playwright-core';
import type { IPagePredicate } from './benchProbe';

/**
 * One row per web part: how the bench loads it, what "first results" and "first full
 * render" look like on screen, and what a person types into its search. A web part that
 * has not landed yet keeps its row with status 'not built yet', so it is reported as such
 * (never with a figure) until someone fills in its predicates and switches it on.
 */
export type WebPartId = 'member-directory' | 'officer-directory' | 'visit-request';

export interface IDataset {
  label: string;
  /** How many of the web part's main items the data set holds. */
  size: number;
  build(): ISeedData;
}

export interface IWebPartScenario {
  id: WebPartId;
  title: string;
  /** The ship bundle's name in config/config.json. */
  bundle: string;
  status: 'measured' | 'not built yet';
  /** Why it is not measured yet, and what switches it on. */
  note?: string;
  /** Directories are held to the round-trip budget. */
  kind: 'directory' | 'form';
  datasets: IDataset[];
  signInAs(seed: ISeedData): number;
  firstResults: IPagePredicate;
  fullRender: IPagePredicate;
  /** Query string the page opens with (e.g. the web part's mode), without the '?'. */
  query?: string;
  /**
   * Typed a character at a time, then deleted the same way, until enough keystrokes are
   * timed; `ready` is what must show before typing (e.g. every item loaded).
   */
  search?: { box: string; terms: string[]; quietMs: number; ready?: IPagePredicate };
  /** For forms: fill in (with a person's clicks and keys), submit, and time to the confirmation. */
  submit?: { fill(page: Page): Promise<void>; button: string; confirmation: IPagePredicate };
}

const officerUser = (seed: ISeedData): number => previewDefaultUserId(seed);

function memberUser(seed: ISeedData): number {
  const member = seed.users.find(u => u.groups.includes('Hub Members'));
  if (!member) throw new Error('The seed has no councillor to sign in as');
  return member.id;
}

export const SCENARIOS: IWebPartScenario[] = [
  {
    id: 'member-directory',
    title: 'Member directory',
    bundle: 'member-directory-web-part',
    status: 'measured',
    kind: 'directory',
    datasets: [45, 120].map(members => ({
      label: `${members} members`,
      size: members,
      build: () => buildCouncil({ members, officers: SAMPLE_COUNCIL_SIZE.officers })
    })),
    // Officers are the member directory's audience.
    signInAs: officerUser,
    firstResults: { selector: '[role="status"]', text: '\\d+ councillors? found' },
    fullRender: { selector: '[role="status"]', text: '\\d+ councillors? found', notBusy: true },
    search: { box: 'input[role="searchbox"]', terms: ['conservative', 'planning', 'oneill', 'zoe'], quietMs: 120 }
  },
  {
    id: 'officer-directory',
    title: 'Officer directory',
    bundle: 'officer-directory-web-part',
    status: 'measured',
    kind: 'directory',
    datasets: [10000, 20000].map(officers => ({
      label: `${officers.toLocaleString('en-GB')} officers`,
      size: officers,
      build: () => buildCouncil({ members: SAMPLE_COUNCIL_SIZE.members, officers })
    })),
    // Councillors are the officer directory's audience; "Search officers" is the view that
    // searches every officer (the preview's instance id gives its URL prefix b51e9f.).
    signInAs: memberUser,
    query: 'b51e9f.mode=search',
    firstResults: { selector: '[role="status"]', text: '^[\\d,]+ officers? found' },
    fullRender: { selector: '[role="status"]', text: '^[\\d,]+ officers? found', notBusy: true },
    search: {
      box: 'input[role="searchbox"]', terms: ['planning', 'smith', 'licensing', 'waste'], quietMs: 120,
      // Keystrokes are timed once every officer is loaded, so each searches all of them.
      ready: { selector: '[role="status"]', text: '^[\\d,]+ officers? found', notText: 'Still loading the directory|Loading every officer' }
    }
  },
  // Switching this row on when the visit web part lands (nothing else in the bench changes):
  //  1. status: 'measured', and drop `note`;
  //  2. datasets: build() → buildCouncil({ ..., visitRequests: 5000 }) once the seed can make them;
  //  3. firstResults / fullRender: what the form shows when ready (e.g. its premises picker
  //     enabled), fullRender with notBusy;
  //  4. submit: fill(page) with a person's clicks and keys (no force, no sleeps), the submit
  //     button's selector, and the confirmation it shows (role="status" with its text);
  //  5. kind stays 'form' (not held to the directory round-trip budget); sizes need nothing.
  {
    id: 'visit-request',
    title: 'Premises visit request',
    bundle: 'visit-request-web-part',
    status: 'not built yet',
    note: 'the web part is a placeholder; its scenario (5,000 visit requests, submit to confirmation) is measured once it lands',
    kind: 'form',
    datasets: [{
      label: '5,000 visit requests',
      size: 5000,
      build: () => { throw new Error('the seed cannot make 5,000 visit requests yet (add a visitRequests size to buildCouncil with the web part)'); }
    }],
    signInAs: memberUser,
    firstResults: { selector: 'form' },
    fullRender: { selector: 'form', notBusy: true }
  }
];
