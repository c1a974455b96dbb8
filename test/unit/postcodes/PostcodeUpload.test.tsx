import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { PostcodeUpload } from '../../../src/webparts/hubAdministration/components/PostcodeUpload';
import { HubDataError } from '../../../src/data/hubDataError';
import { MAX_EXTRACT_BYTES } from '../../../src/domain/postcodes';
import { FakePostcodeUploadService } from './FakePostcodeUploadService';

setIconOptions({ disableWarnings: true });
jest.setTimeout(60000);

const WARDS = [{ id: 1, name: 'Abbey', code: 'E05099001' }, { id: 2, name: 'Castle', code: 'E05099002' }];
const EXTRACT = [
  'pcds,doterm,osward,parish_name',
  'BC1 1AA,,E05099001,"Abbeytown"',
  'BC1 1AB,,E05099002,',
  'BC1 1AD,202403,E05099001,',
  'BC9 9ZZ,,E05088001,'
].join('\r\n');

function file(name: string, text: string, size = text.length): { name: string; size: number; text: () => Promise<string> } {
  return { name, size, text: async () => text };
}

function choose(chosen: ReturnType<typeof file>): void {
  fireEvent.change(screen.getByLabelText('ONS postcode directory extract (CSV file)'), { target: { files: [chosen] } });
}
const status = (): string => screen.getByRole('status').textContent ?? '';

describe('uploading the postcode extract in Hub administration', () => {
  it('shows what the file holds and would change, writes only on request, and a second upload of it has nothing to do', async () => {
    const service = new FakePostcodeUploadService(WARDS);
    render(<PostcodeUpload service={service} />);
    choose(file('bramblecombe.csv', EXTRACT));
    expect(await screen.findByText('bramblecombe.csv: 4 rows (ONSPD); 2 live postcodes in the council’s wards.')).toBeTruthy();
    expect(screen.getByText('Left out: 1 terminated; 1 outside the council’s wards.')).toBeTruthy();
    expect(screen.getByText(/^To add 2, to change ward or parish 0, to remove 0/)).toBeTruthy();
    expect(service.applied).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Upload 2 change(s)' }));
    expect(await screen.findByText(/^Done: 2 change\(s\) written/)).toBeTruthy();
    expect(service.stored.map(s => [s.postcode, s.wardId, s.parish])).toEqual([['BC1 1AA', 1, 'Abbeytown'], ['BC1 1AB', 2, undefined]]);

    choose(file('bramblecombe.csv', EXTRACT));
    expect(await screen.findByText('The Postcodes list already matches this file: there is nothing to upload.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Upload/ })).toBeNull();
    expect(service.applied).toHaveLength(1);
  });

  it('after a run that stopped part-way, says what stays, and choosing the file again finishes it', async () => {
    const service = new FakePostcodeUploadService(WARDS);
    service.failAfter = 1;
    render(<PostcodeUpload service={service} />);
    choose(file('extract.csv', EXTRACT));
    fireEvent.click(await screen.findByRole('button', { name: 'Upload 2 change(s)' }));
    expect(await screen.findByText(/^Stopped: 1 change\(s\) written, 1 not \(fetch failed\)/)).toBeTruthy();
    service.failAfter = undefined;
    choose(file('extract.csv', EXTRACT));
    fireEvent.click(await screen.findByRole('button', { name: 'Upload 1 change(s)' }));
    expect(await screen.findByText(/^Done: 1 change\(s\) written/)).toBeTruthy();
    expect(service.stored.map(s => s.postcode)).toEqual(['BC1 1AA', 'BC1 1AB']);
  });

  it.each([
    ['a file too big to be one council\u2019s extract', file('onspd-full.csv', 'pcds', MAX_EXTRACT_BYTES + 1), /larger than 20 MB/],
    ['an empty file', file('empty.csv', ''), /has no postcodes in it/],
    ['a file that is not CSV', file('councillors.xml', '<?xml version="1.0"?><councillorsbyward/>'), /is not a CSV file/],
    ['a CSV without the ward column', file('lsoa.csv', 'pcds,doterm,lsoa21\r\nBC1 1AA,,E01000001'), /lacks the column\(s\) osward \/ ward/]
  ])('refuses %s, says why and writes nothing', async (_what, chosen, message) => {
    const service = new FakePostcodeUploadService(WARDS);
    render(<PostcodeUpload service={service} />);
    choose(chosen);
    expect(await screen.findByText(message)).toBeTruthy();
    expect(status()).toMatch(/Nothing was written/);
    expect(screen.queryByRole('button', { name: /^Upload/ })).toBeNull();
    expect(service.applied).toEqual([]);
  });

  it('says the wards need their ONS codes first', async () => {
    const service = new FakePostcodeUploadService([{ id: 1, name: 'Abbey' }]);
    render(<PostcodeUpload service={service} />);
    choose(file('extract.csv', EXTRACT));
    expect(await screen.findByText(/No ward in the Wards list has its ONS code yet/)).toBeTruthy();
  });

  it('on a site not yet updated, says the Postcodes list is missing and how to add it', async () => {
    const service = new FakePostcodeUploadService(WARDS);
    service.contextFailure = new HubDataError('listsMissing', 'List does not exist', 404);
    render(<PostcodeUpload service={service} />);
    choose(file('extract.csv', EXTRACT));
    expect(await screen.findByText(/This site has no Postcodes list yet/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Postcodes for “Who represents this address?”' })).getByLabelText(/ONS postcode/)).toBeTruthy();
  });
});
