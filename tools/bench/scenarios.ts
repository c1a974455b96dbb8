import type { ISeedData } from '../seed/seedTypes';
import { buildCouncil } from '../seed/buildCouncil';
import { SAMPLE_COUNCIL_SIZE } from '../seed/sampleCouncil';
import { previewDefaultUserId } from '../preview/previewUsers';
import type { Locator, Page } from 'playwright-core';
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
  /** Someone else signed in, who sees the web part differently: what they wait for (no `submit` unless given). */
  view?: Pick<IWebPartScenario, 'signInAs' | 'firstResults' | 'fullRender'> & Partial<Pick<IWebPartScenario, 'submit' | 'query' | 'search'>>;
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

/** A Director who is not recorded as away: requests for their directorate's premises come to them. */
function directorUser(seed: ISeedData): number {
  const director = seed.rows.directorates.find(d => d.DirectorId && !d.DirectorAway)?.DirectorId;
  if (!director) throw new Error('The seed has no Director to sign in as');
  return director;
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
    datasets: [
      ...[10000, 20000].map(officers => ({
        label: `${officers.toLocaleString('en-GB')} officers`,
        size: officers,
        build: () => buildCouncil({ members: SAMPLE_COUNCIL_SIZE.members, officers })
      })),
      {
        // "Find my liaison officer": a councillor typing a topic over the council's services.
        // The sample council's officers: the finder searches services and liaison officers,
        // which do not grow with the officer list.
        label: `Find my liaison officer, ${SAMPLE_COUNCIL_SIZE.officers} officers`,
        size: SAMPLE_COUNCIL_SIZE.officers,
        build: () => buildCouncil(SAMPLE_COUNCIL_SIZE),
        view: {
          signInAs: memberUser,
          query: 'b51e9f.mode=liaison',
          firstResults: { selector: '[role="status"]', text: '^\\d+ services?$' },
          fullRender: { selector: '[role="status"]', text: '^\\d+ services?$', notBusy: true },
          search: { box: 'input[role="searchbox"]', terms: ['bins', 'planning appeal', 'council tax', 'fly-tipping'], quietMs: 120 }
        }
      }
    ],
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
  // A councillor asking for a visit, with four years of the council's requests in the list
  // (item-level security shows them only their own handful). The form is ready when the
  // premises finder can be typed in; fully rendered when the "My requests" tab is no longer
  // busy (its count shows only requests waiting on the member, so it may have none).
  {
    id: 'visit-request',
    title: 'Premises visit request',
    bundle: 'visit-request-web-part',
    status: 'measured',
    kind: 'form',
    datasets: [{
      label: '5,000 visit requests',
      size: 5000,
      build: () => buildCouncil({ ...SAMPLE_COUNCIL_SIZE, visitRequests: 5000 })
    }, {
      // A Director's "Needs a decision" and "Past visits" (one read): every request triaged, the few queued read in full.
      label: '5,000 visit requests, a Director\u2019s queue',
      size: 5000,
      build: () => buildCouncil({ ...SAMPLE_COUNCIL_SIZE, visitRequests: 5000 }),
      view: {
        signInAs: directorUser,
        firstResults: { selector: '[role="tab"]', text: '^Needs a decision' },
        fullRender: { selector: 'ul[aria-label="Needs a decision"] li', notBusy: true },
        submit: undefined
      }
    }],
    // The first councillor made only a handful of the 5,000 (tools/seed/generatedVisits.ts).
    signInAs: memberUser,
    firstResults: { selector: 'input[role="searchbox"]' },
    fullRender: { selector: '[role="tab"]', text: '^My requests', notBusy: true },
    submit: {
      fill: fillVisitRequest,
      button: 'button[type="submit"]',
      confirmation: { selector: '[role="status"]', text: 'Your request to visit .+ has been sent to .+\\.' }
    }
  }
];

/** A weekday about six weeks ahead, as a date input holds it (yyyy-mm-dd). */
function weekdayAhead(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A councillor's request as a person makes it: type in the finder, click the premises,
 * then the dates, the purpose and the health and safety box. Premises the register routes
 * to a named decider (the Deputy Chief Executive), so the confirmation names them.
 */
async function fillVisitRequest(page: Page): Promise<void> {
  const part: Locator = page.locator('[data-webpart="visit-request"]');
  const finder = part.getByRole('searchbox', { name: 'Find premises or land by name, address or ward' });
  await finder.click();
  await page.keyboard.type('Civic Centre');
  await part.getByRole('list', { name: 'Premises and land found' }).getByRole('button', { name: /^Civic Centre/ }).first().click();
  const when = part.getByRole('group', { name: 'When you would like to visit' });
  // The browser's own date and time inputs take typed digits in the page's locale; fill sets the value as that typing would.
  await when.getByLabel('Date').fill(weekdayAhead(42));
  await when.getByLabel('From').fill('10:00');
  await when.getByLabel('To').fill('12:00');
  await part.getByRole('textbox', { name: /How the visit helps you/ }).click();
  await page.keyboard.type('To see the accessibility changes to the council chamber before the scrutiny review.');
  // Fluent's checkbox input sits under its label, which is what a person clicks.
  await part.locator('label').filter({ hasText: /I will follow the health and safety instructions/ }).click();
}
