import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { LoadFailure } from '../../src/common/components/states/LoadFailure';
import { toHubDataError } from '../../src/data/hubDataError';

setIconOptions({ disableWarnings: true });

/** PnPjs's HttpRequestError as it throws it: the status, and SharePoint's answer in the message. */
function httpError(status: number, body: string): Error & { isHttpRequestError: true; status: number } {
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] Bad Request ::> ${body}`), { isHttpRequestError: true as const, status });
}
const odataError = (code: string, value: string): string => JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value } } });

describe('a column the site\u2019s lists do not have yet', () => {
  it('is told apart from other bad requests, whether it was selected, filtered on or written', () => {
    expect(toHubDataError(httpError(400, odataError('-1, Microsoft.SharePoint.SPException', 'The field or property \'PPERequired\' does not exist.'))).kind).toBe('schemaOutdated');
    expect(toHubDataError(httpError(400, odataError('-2146232832, Microsoft.SharePoint.SPException', 'Column \'ContactService\' does not exist. It may have been deleted by another user.'))).kind).toBe('schemaOutdated');
    expect(toHubDataError(httpError(400, odataError('-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      'The property \'Honorific\' does not exist on type \'SP.Data.MohOfficersListItem\'. Make sure to only use property names that are defined by the type.'))).kind).toBe('schemaOutdated');
    // Other 400s stay unknown, with SharePoint's words.
    expect(toHubDataError(httpError(400, odataError('-1, Microsoft.SharePoint.SPException', 'The query is not valid.'))).kind).toBe('unknown');
    expect(toHubDataError(httpError(400, odataError('-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      'The property \'__metadata\' does not exist on type \'SP.ListItem\'.'))).kind).toBe('unknown');
  });

  it('tells the reader a site owner must apply Hub administration\u2019s fixes, and offers to try again', () => {
    const retry = jest.fn();
    render(<LoadFailure error={toHubDataError(httpError(400, odataError('-1, Microsoft.SharePoint.SPException', 'The field or property \'Honorific\' does not exist.')))}
      onRetry={retry} strings={strings} />);
    expect(screen.getByText(strings.SchemaOutdatedTitle)).toBeTruthy();
    expect(screen.getByText(/Hub administration/)).toBeTruthy();
    expect(screen.queryByText(/does not exist/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: strings.Retry }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
