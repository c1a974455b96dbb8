import type { IApiResponse } from '../apiTypes';
import { BAD_REQUEST, spError } from '../apiTypes';
import { formatBatchResponse, parseBatch } from '../batch';
import type { IRouteContext, IRouteRequest } from './context';

/**
 * SharePoint REST accepts at most 100 requests in one $batch (pnp/pnpcore#284, where PnP
 * Core splits its batches for that reason). The whole batch is refused, before any part
 * runs; the wording is the emulator's own.
 */
export const MAX_BATCH_PARTS = 100;

/** `$batch`: each part answered in order through the route table, as the caller, with the outer POST's digest. */
export function batch(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const parts = parseBatch(req.headers.get('content-type'), req.body);
  if (parts.length > MAX_BATCH_PARTS) {
    throw BAD_REQUEST(`The batch has ${parts.length} requests; at most ${MAX_BATCH_PARTS} are allowed in one batch.`, '-1, Microsoft.Data.OData.ODataException');
  }
  const apiRoot = `${new URL(ctx.webUrl).pathname.replace(/\/+$/, '')}/_api/`.toLowerCase();
  const responses = parts.map(part => {
    let url: URL;
    try {
      url = new URL(part.url, `${ctx.webUrl}/`);
    } catch {
      return spError(400, '-1, Microsoft.Data.OData.ODataException', `The URL '${part.url}' in the batch is not valid.`);
    }
    if (!url.pathname.toLowerCase().startsWith(apiRoot)) {
      return spError(400, '-1, Microsoft.Data.OData.ODataException', `The URL '${part.url}' is not under this site's API.`);
    }
    return ctx.dispatch({ method: part.method, url, headers: part.headers, body: part.body, userId: req.userId, insideBatch: true });
  });
  const formatted = formatBatchResponse(responses);
  return { status: 200, headers: { 'Content-Type': formatted.contentType }, body: formatted.body };
}
