import type { IApiResponse } from '../apiTypes';
import { jsonResponse } from '../apiTypes';
import { listGuid } from '../listModel';
import { SITE_TITLE } from '../siteSetup';
import type { IRouteContext } from './context';

/** SharePoint Online's form digest lifetime. */
export const DIGEST_TIMEOUT_SECONDS = 1800;

export function webEntity(ctx: IRouteContext): IApiResponse {
  return jsonResponse(200, {
    'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Webs/@Element`, 'odata.type': 'SP.Web',
    'odata.id': `${ctx.webUrl}/_api/Web`, 'odata.editLink': 'Web', Id: listGuid('wards').replace(/^.{8}/, '0000beef'),
    Title: SITE_TITLE, Url: ctx.webUrl, ServerRelativeUrl: ctx.sitePath || '/', Language: 2057, WebTemplate: 'SITEPAGEPUBLISHING'
  });
}

/** The raw JSON PnPjs reads (the verbose `d.GetContextWebInformation` shape breaks it). */
export function contextInfo(ctx: IRouteContext): IApiResponse {
  return jsonResponse(200, {
    'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ContextWebInformation`,
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: ctx.issueDigest(),
    LibraryVersion: '16.0.25919.12007',
    SiteFullUrl: ctx.webUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.webUrl
  });
}
