import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { ModernGovImport } from '../../../src/webparts/hubAdministration/components/ModernGovImport';
import type { IImportOutcome, IImportSnapshot, IMemberImportService } from '../../../src/data/members/IMemberImportService';
import { HubDataError } from '../../../src/data/hubDataError';
import type { ImportProposal } from '../../../src/domain/members/planMemberImport';

setIconOptions({ disableWarnings: true });

/** A hand-made import service that records its calls and answers as each test says. */
class FakeImportService implements IMemberImportService {
  public loads = 0;
  public applied: ImportProposal[][] = [];
  public constructor(public snapshot: IImportSnapshot | HubDataError, public outcome: IImportOutcome = { created: 1, updated: 0, ended: 0, notWritten: 0 }) {}
  public async loadForImport(): Promise<IImportSnapshot> {
    this.loads++;
    if (this.snapshot instanceof HubDataError) throw this.snapshot;
    return this.snapshot;
  }
  public async applyImport(proposals: readonly ImportProposal[]): Promise<IImportOutcome> {
    this.applied.push([...proposals]);
    return this.outcome;
  }
}

const SNAPSHOT: IImportSnapshot = { profiles: [], wards: [{ id: 1, name: 'Abbey' }], parties: [{ id: 1, name: 'Labour' }] };
const XML = '<councillorsbyward><wards><ward><wardtitle>Abbey</wardtitle><councillors><councillor><councillorid>5</councillorid>' +
  '<fullusername>Councillor Ann Lee</fullusername><politicalpartytitle>Labour</politicalpartytitle></councillor></councillors></ward></wards></councillorsbyward>';

function fileOf(text: string, size = text.length): File & { text: jest.Mock } {
  const file = new File([text], 'GetCouncillorsByWard.xml', { type: 'text/xml' });
  Object.defineProperty(file, 'size', { value: size });
  // jsdom's File has no text(); the browser's has.
  Object.defineProperty(file, 'text', { value: jest.fn(async () => text) });
  return file as File & { text: jest.Mock };
}

function choose(file: File): void {
  fireEvent.change(screen.getByLabelText('ModernGov councillors file (GetCouncillorsByWard XML)'), { target: { files: [file] } });
}

describe('the ModernGov import in Hub administration', () => {
  it('refuses a 20 MB file by its size, before reading it or SharePoint, and writes nothing', async () => {
    const service = new FakeImportService(SNAPSHOT);
    render(<ModernGovImport service={service} modernGovSite="https://democracy.example.gov.uk" />);
    const big = fileOf('<councillorsbyward/>', 20 * 1024 * 1024);
    choose(big);
    expect(await screen.findByText(/The file is larger than 5 MB.*Nothing was written\./)).toBeTruthy();
    expect(big.text).not.toHaveBeenCalled();
    expect(service.loads).toBe(0);
  });

  it('says an empty file is empty, and nothing is written', async () => {
    const service = new FakeImportService(SNAPSHOT);
    render(<ModernGovImport service={service} />);
    choose(fileOf(''));
    expect(await screen.findByText(/^The file is empty\..*Nothing was written\.$/)).toBeTruthy();
    expect(service.applied).toEqual([]);
  });

  it('shows the dry run with nothing ticked, writes only what was ticked, and reports it', async () => {
    const service = new FakeImportService(SNAPSHOT);
    render(<ModernGovImport service={service} modernGovSite="https://democracy.example.gov.uk" />);
    choose(fileOf(XML));
    const box = await screen.findByRole('checkbox', { name: 'Add Ann Lee, Abbey ward' });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('button', { name: 'Apply 0 ticked' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Apply 1 ticked' }));
    expect(await screen.findByText('Done. Members added: 1; updated: 0; marked as former members: 0.')).toBeTruthy();
    expect(service.applied.map(batch => batch.map(p => p.key))).toEqual([['new:5']]);
    // Planned again against the lists after the apply.
    expect(service.loads).toBe(2);
  });

  it('says when the list lacks the import\u2019s columns (a site before the Fix), and writes nothing', async () => {
    const service = new FakeImportService(new HubDataError('listsMissing', 'Column ModernGovId does not exist', 400));
    render(<ModernGovImport service={service} />);
    expect(screen.getByText(/No ModernGov site is set/)).toBeTruthy();
    choose(fileOf(XML));
    expect(await screen.findByText(/does not have the ModernGov id and register of interests columns yet/)).toBeTruthy();
    expect(service.applied).toEqual([]);
  });
});
