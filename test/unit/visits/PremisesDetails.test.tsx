import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { PremisesDetails } from '../../../src/webparts/visitRequest/components/member/PremisesDetails';
import { OfficerDirectoryContext } from '../../../src/webparts/visitRequest/components/member/officerDirectoryContext';
import type { IPremisesOption } from '../../../src/domain/visits/types';
import { sampleReference } from './sampleVisits';

setIconOptions({ disableWarnings: true });
jest.setTimeout(60000);

const OAK_CLOSE = sampleReference().premises[1];
const OAK_CLOSE_WITH_SERVICE: IPremisesOption = { ...OAK_CLOSE, contactService: { id: 14, name: 'Tenancy Management' } };

function renderExcluded(officerDirectory?: string, premises: IPremisesOption = OAK_CLOSE): void {
  render(
    <OfficerDirectoryContext.Provider value={officerDirectory}>
      <PremisesDetails premises={premises} headingId="t-premises" onChange={() => undefined} />
    </OfficerDirectoryContext.Provider>
  );
}

describe('premises a member may not visit, whose register entry names the service to contact', () => {
  it('links that service in the officer directory, as "Copy link" on the service would', () => {
    renderExcluded('https://council.sharepoint.com/sites/hub/SitePages/Officers.aspx?b51e9f.mode=liaison&b51e9f.dir=3', OAK_CLOSE_WITH_SERVICE);
    const link = screen.getByRole('link', { name: 'Tenancy Management' });
    expect(link.getAttribute('href')).toBe('https://council.sharepoint.com/sites/hub/SitePages/Officers.aspx?b51e9f.mode=liaison&b51e9f.svc=14');
    expect(link.closest('div')?.textContent).toMatch(/For anything else about these premises, ask Tenancy Management\.$/);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('names the service without a link when no officer directory is set', () => {
    renderExcluded(undefined, OAK_CLOSE_WITH_SERVICE);
    expect(screen.getByText(/For anything else about these premises, ask Tenancy Management\./)).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('premises a member may not visit, with no service to contact recorded', () => {
  it('links whom to ask to the owning directorate in the officer directory, in the directory\u2019s own parameters', () => {
    renderExcluded('https://council.sharepoint.com/sites/hub/SitePages/Officers.aspx?b51e9f.mode=liaison&b51e9f.svc=12');
    const link = screen.getByRole('link', { name: 'Place\u2019s liaison officers' });
    expect(link.getAttribute('href')).toBe('https://council.sharepoint.com/sites/hub/SitePages/Officers.aspx?b51e9f.mode=liaison&b51e9f.dir=1');
    expect(link.closest('div')?.textContent).toMatch(/For anything else about these premises, ask Place\u2019s liaison officers\.$/);
  });

  it('takes an address on this site\u2019s own host', () => {
    renderExcluded('/?b51e9f.mode=liaison');
    expect(screen.getByRole('link', { name: 'Place\u2019s liaison officers' }).getAttribute('href')).toBe('http://localhost/?b51e9f.mode=liaison&b51e9f.dir=1');
  });

  it('takes a plain page address, with the directory\u2019s parameters unprefixed', () => {
    renderExcluded('https://council.sharepoint.com/sites/hub/SitePages/Officers.aspx#top');
    expect(screen.getByRole('link', { name: 'Place\u2019s liaison officers' }).getAttribute('href'))
      .toBe('https://council.sharepoint.com/sites/hub/SitePages/Officers.aspx?mode=liaison&dir=1');
  });

  it.each([[undefined], ['javascript:alert(1)'], ['//evil.example/officers'], ['http://council.example/officers']])(
    'names the directorate without a link when the officer directory is %p', configured => {
      renderExcluded(configured);
      expect(screen.getByText(/For anything else about these premises, ask Place\u2019s liaison officers\./)).toBeTruthy();
      expect(screen.queryByRole('link')).toBeNull();
    });
});
