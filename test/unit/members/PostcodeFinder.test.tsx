import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { MemberDirectory } from '../../../src/webparts/memberDirectory/components/MemberDirectory';
import { HubDataError } from '../../../src/data/hubDataError';
import { REFINER_KEYS } from '../../../src/domain/members';
import { FakeMemberDirectoryService } from './FakeMemberDirectoryService';
import { sampleDirectory } from './sampleDirectory';

setIconOptions({ disableWarnings: true });
jest.setTimeout(120000);

async function renderDirectory(service: FakeMemberDirectoryService): Promise<HTMLElement> {
  window.history.replaceState(null, '', '/');
  render(<MemberDirectory title="Councillors" service={service} defaultView="cards" pageSize={24} refiners={[...REFINER_KEYS]} />);
  return screen.findByRole('region', { name: 'Who represents this address?' });
}

function lookUp(finder: HTMLElement, typed: string): void {
  fireEvent.change(within(finder).getByLabelText('Postcode'), { target: { value: typed } });
  fireEvent.click(within(finder).getByRole('button', { name: 'Find councillors' }));
}

describe('who represents this address?', () => {
  it('asks nothing of the Postcodes list until someone looks a postcode up', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    await renderDirectory(service);
    expect(service.calls.map(c => c.method)).toEqual(['loadDirectory']);
  });

  it('reads the postcode however it was typed and names the ward, its sitting councillors and the parish', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    service.postcodes = { 'BC2 7PD': { postcode: 'BC2 7PD', wardId: 1, parish: 'Abbeytown' } };
    const finder = await renderDirectory(service);
    lookUp(finder, ' bc2  7pd ');
    expect(await within(finder).findByText('BC2 7PD is in Abbey ward.')).toBeTruthy();
    expect(service.calls).toContainEqual({ method: 'findPostcode', postcode: 'BC2 7PD' });
    expect(within(finder).getByText('Parish: Abbeytown')).toBeTruthy();
    // Zoë Hart sits for Abbey; Tom Baker did, but his term has ended.
    const councillors = within(finder).getAllByRole('button', { name: /Hart|Baker/ }).map(b => b.textContent);
    expect(councillors).toEqual(['Zoë Hart']);
    fireEvent.click(within(finder).getByRole('button', { name: 'Zoë Hart' }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });

  it('says when what was typed is not a postcode, without asking SharePoint', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    const finder = await renderDirectory(service);
    lookUp(finder, 'Abbey Road');
    expect(within(finder).getByRole('status').textContent).toBe('“Abbey Road” is not a full postcode. A postcode looks like BC2 7PD.');
    expect(service.calls.some(c => c.method === 'findPostcode')).toBe(false);
  });

  it('says an unknown postcode is not listed and offers the wards, each showing its councillors', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    const finder = await renderDirectory(service);
    lookUp(finder, 'BC9 1ZZ');
    expect(await within(finder).findByText(/BC9 1ZZ is not in the council’s list of postcodes/)).toBeTruthy();
    const wards = within(finder).getByRole('list', { name: 'Wards' });
    expect(within(wards).getAllByRole('button').map(b => b.textContent)).toEqual(['Abbey', 'Castle', 'Riverside']);
    fireEvent.click(within(wards).getByRole('button', { name: 'Castle' }));
    expect(within(wards).getByRole('button', { name: 'Castle' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(finder).getByRole('heading', { name: 'Castle ward' })).toBeTruthy();
    expect(within(finder).getByRole('button', { name: "Sean O'Neill" })).toBeTruthy();
    expect(within(finder).getByRole('button', { name: 'Priya Shah' })).toBeTruthy();
  });

  it('on a site without the Postcodes list, says postcodes are not added yet and still offers the wards', async () => {
    const service = new FakeMemberDirectoryService(sampleDirectory());
    service.postcodes = new HubDataError('listsMissing', 'List does not exist', 404);
    const finder = await renderDirectory(service);
    lookUp(finder, 'bc27pd');
    expect(await within(finder).findByText(/Postcodes have not been added to this site yet/)).toBeTruthy();
    expect(within(finder).getByRole('list', { name: 'Wards' })).toBeTruthy();
  });
});
