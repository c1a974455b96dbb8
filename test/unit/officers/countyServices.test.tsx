import * as React from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { INotifier } from '../../../src/data/notifications/INotifier';
import { mapCountyService } from '../../../src/data/officers/mapOfficerRows';
import type { CountyServiceRead } from '../../../src/data/officers/officerRows';
import { findCountyServices, MAX_COUNTY_MATCHES } from '../../../src/domain/officers/findCountyServices';
import type { ICountyService, IOfficerDirectoryData } from '../../../src/domain/officers/types';
import { telHref } from '../../../src/domain/shared/safeLinks';
import { urlScopeFor } from '../../../src/domain/shared/urlScope';
import { OfficerDirectory } from '../../../src/webparts/officerDirectory/components/OfficerDirectory';
import { headingLevels, skippedLevels } from '../../support/headingOrder';
import { FakeOfficerDirectoryService } from './FakeOfficerDirectoryService';
import { sampleOfficerData } from './sampleOfficers';

setIconOptions({ disableWarnings: true });

const COUNTY = 'Loamshire County Council';

function county(partial: Partial<ICountyService> & Pick<ICountyService, 'id' | 'name' | 'keywords'>): ICountyService {
  return { council: COUNTY, ...partial };
}

const COUNTY_SERVICES: ICountyService[] = [
  county({ id: 1, name: 'Roads and pavements', keywords: ['pothole', 'potholes', 'street lights', 'gritting'],
    contactUrl: 'https://www.loamshire.example/roads/report', phone: '01632 960101', email: 'highways@loamshire.example',
    notes: 'A dangerous defect is reported by phone at any hour.' }),
  county({ id: 2, name: 'Schools and school places', keywords: ['school place', 'school places', 'admissions'],
    contactUrl: 'https://www.loamshire.example/admissions' }),
  county({ id: 3, name: 'Adult social care', keywords: ['social care', 'care homes'], phone: '01632 960103' }),
  county({ id: 4, name: 'Waste disposal and household recycling centres', keywords: ['tip', 'tips', 'recycling centre'],
    contactUrl: 'https://www.loamshire.example/tips' }),
  county({ id: 5, name: 'Public rights of way', keywords: ['footpaths', 'stiles'], council: 'Loamshire Countryside Trust' })
];

function withCounty(services: ICountyService[] = COUNTY_SERVICES): IOfficerDirectoryData {
  return { ...sampleOfficerData(), countyServices: services };
}

describe('which council handles a topic this one does not', () => {
  it('finds the county\u2019s roads for "pothole" and "Potholes", by a word the topic starts', () => {
    for (const topic of ['pothole', 'Potholes', 'pot']) {
      expect(findCountyServices(COUNTY_SERVICES, topic).map(g => [g.council, g.services.map(s => s.name)])).toEqual([[COUNTY, ['Roads and pavements']]]);
    }
  });

  it('ranks a whole topic phrase first ("school place") and keeps every word typed ("social care", not "social work")', () => {
    expect(findCountyServices(COUNTY_SERVICES, 'school place')[0].services[0].name).toBe('Schools and school places');
    expect(findCountyServices(COUNTY_SERVICES, 'social care')[0].services.map(s => s.name)).toEqual(['Adult social care']);
    expect(findCountyServices(COUNTY_SERVICES, 'social work')).toEqual([]);
  });

  it('finds nothing for an empty topic, punctuation alone or the district\u2019s own "bins"', () => {
    expect(findCountyServices(COUNTY_SERVICES, '')).toEqual([]);
    expect(findCountyServices(COUNTY_SERVICES, ' %# ')).toEqual([]);
    expect(findCountyServices(COUNTY_SERVICES, 'bins')).toEqual([]);
    expect(findCountyServices([], 'pothole')).toEqual([]);
  });

  it('shows at most the best few for a first letter, grouped by the council that provides them', () => {
    const groups = findCountyServices(COUNTY_SERVICES, 's');
    expect(groups.flatMap(g => g.services)).toHaveLength(MAX_COUNTY_MATCHES);
    // "stiles" and "street lights" match equally: A–Z by service, each under its own council.
    const both = findCountyServices(COUNTY_SERVICES, 'st');
    expect(both.map(g => [g.council, g.services.map(s => s.name)])).toEqual([
      ['Loamshire Countryside Trust', ['Public rights of way']], [COUNTY, ['Roads and pavements']]
    ]);
  });
});

describe('mapping County services rows', () => {
  const row = (values: Partial<CountyServiceRead>): CountyServiceRead => ({
    Id: 1, Title: 'Roads and pavements', CountyKeywords: 'pothole, potholes;\nstreet lights', HandledBy: COUNTY,
    ContactPage: { Url: 'https://www.loamshire.example/roads', Description: 'Roads' }, ContactPhone: '01632 960101',
    ContactEmail: 'highways@loamshire.example', ServiceNotes: null, ...values
  });

  it('maps topics, council and contacts once, at the edge', () => {
    expect(mapCountyService(row({}))).toEqual({
      id: 1, name: 'Roads and pavements', council: COUNTY, keywords: ['pothole', 'potholes', 'street lights'],
      contactUrl: 'https://www.loamshire.example/roads', phone: '01632 960101', email: 'highways@loamshire.example', notes: undefined
    });
  });

  it('skips an entry with no name or no council, and drops a mailbox that is not one plain address', () => {
    expect(mapCountyService(row({ Title: ' ' }))).toBeUndefined();
    expect(mapCountyService(row({ HandledBy: null }))).toBeUndefined();
    expect(mapCountyService(row({ ContactEmail: 'highways@loamshire.example?cc=everyone@loamshire.example' }))?.email).toBeUndefined();
    expect(mapCountyService(row({ ContactPage: null }))?.contactUrl).toBeUndefined();
  });
});

describe('tel: links', () => {
  it('calls a phone number and nothing else', () => {
    expect(telHref('01632 960101')).toBe('tel:01632960101');
    expect(telHref('+44 (0)1632 960101')).toBe('tel:+4401632960101');
    expect(telHref('ring the switchboard')).toBeUndefined();
    expect(telHref(undefined)).toBeUndefined();
  });
});

describe('the county panel in "Find my liaison officer"', () => {
  afterEach(cleanup);
  // Nothing here sends mail: the panel has no reminders.
  const nothingSent: INotifier = { send: async () => ({ sent: true }) };

  function renderDirectory(data: IOfficerDirectoryData): void {
    window.history.replaceState(null, '', '/');
    render(
      <OfficerDirectory title="Officers" service={new FakeOfficerDirectoryService(data)} defaultMode="liaison" pageSize={10} reviewMonths={12}
        responseStandard="" formalNames={false} urlScope={urlScopeFor('abcdef12')}
        notifier={nothingSent} />
    );
  }

  const typeTopic = async (topic: string): Promise<void> => {
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Topic' }), { target: { value: topic } });
  };

  it('says a pothole is the county\u2019s, not this council\u2019s, with its page, number to call and mailbox, instead of "no service matches"', async () => {
    renderDirectory(withCounty());
    await typeTopic('pothole');
    const panel = screen.getByRole('region', { name: '\u201cpothole\u201d is handled by Loamshire County Council, not by this council' });
    expect(screen.queryByText('No service matches that topic')).toBeNull();
    expect(screen.getAllByRole('status').some(s => s.textContent === 'No service matches; Loamshire County Council handles this topic')).toBe(true);
    expect(within(panel).getByRole('heading', { level: 4, name: 'Roads and pavements' })).toBeTruthy();
    expect(within(panel).getByText('A dangerous defect is reported by phone at any hour.')).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Roads and pavements on Loamshire County Council\u2019s website' }).getAttribute('href'))
      .toBe('https://www.loamshire.example/roads/report');
    expect(within(panel).getByRole('link', { name: 'Call Loamshire County Council on 01632 960101' }).getAttribute('href')).toBe('tel:01632960101');
    expect(within(panel).getByRole('link', { name: 'Email highways@loamshire.example' }).getAttribute('href')).toBe('mailto:highways@loamshire.example');
    expect(skippedLevels(headingLevels(document.body))).toEqual([]);
  });

  it('shows the county\u2019s tips beneath this council\u2019s recycling when a topic matches both', async () => {
    renderDirectory(withCounty());
    await typeTopic('recycling');
    const card = screen.getByRole('article', { name: 'Waste and Recycling' });
    const panel = screen.getByRole('region', { name: /handled by Loamshire County Council/ });
    expect(card.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByRole('status').map(s => s.textContent)).toContain('2 services, and Loamshire County Council\u2019s below');
    expect(within(panel).getByRole('heading', { name: 'Waste disposal and household recycling centres' })).toBeTruthy();
  });

  it('makes no link of a contact page that is not https, or of text that is not a phone number', async () => {
    renderDirectory(withCounty([county({ id: 1, name: 'Roads and pavements', keywords: ['pothole'],
      contactUrl: 'javascript:alert(1)', phone: 'ask at reception' })]));
    await typeTopic('pothole');
    const panel = screen.getByRole('region', { name: /handled by/ });
    expect(within(panel).queryAllByRole('link')).toEqual([]);
  });

  it('says only that no service matches when neither council handles the topic, or the site has no County services list', async () => {
    renderDirectory(withCounty());
    await typeTopic('xylophone');
    expect(screen.getByText('No service matches that topic')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /handled by/ })).toBeNull();
    cleanup();
    renderDirectory(sampleOfficerData());
    await typeTopic('pothole');
    expect(screen.getByText('No service matches that topic')).toBeTruthy();
  });
});
