import { newGuid } from './listModel';
import { BAD_REQUEST, REASONS } from './apiTypes';
import type { IApiResponse } from './apiTypes';

/** One operation read out of a $batch body. */
export interface IBatchPart {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

function boundaryOf(contentType: string | null): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

/** Splits a multipart body on `--boundary` lines; returns the parts between them. */
function splitMultipart(body: string, boundary: string): string[] {
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) {
      if (current) parts.push(current.join('\n'));
      current = undefined;
      break;
    }
    if (trimmed === `--${boundary}`) {
      if (current) parts.push(current.join('\n'));
      current = [];
      continue;
    }
    current?.push(line);
  }
  return parts;
}

/** Reads headers up to the first blank line; returns them and the rest. */
function readHeaders(text: string): [Headers, string] {
  const lines = text.split('\n');
  const headers = new Headers();
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (!line) { i++; break; }
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return [headers, lines.slice(i).join('\n')];
}

const NESTED = (): Error => BAD_REQUEST('The batch request is not valid: a batch or change set may not contain another one.', '-1, Microsoft.Data.OData.ODataException');

function readOperation(partText: string): IBatchPart {
  const [partHeaders, http] = readHeaders(partText.replace(/^\n+/, ''));
  if (/multipart\//i.test(partHeaders.get('content-type') ?? '')) throw NESTED();
  const lines = http.split('\n');
  const requestLine = /^(\w+)\s+(\S+)\s+HTTP\/\d\.\d$/.exec((lines[0] ?? '').trim());
  if (!requestLine) throw BAD_REQUEST('The batch request is not valid: a part has no request line.', '-1, Microsoft.Data.OData.ODataException');
  const [headers, body] = readHeaders(lines.slice(1).join('\n'));
  if (/^(?:\$|%24)batch$/i.test(requestLine[2].split('?')[0].split('/').pop() ?? '')) throw NESTED();
  return { method: requestLine[1].toUpperCase(), url: requestLine[2], headers, body: body.replace(/\n+$/, '') };
}

/** Parses PnPjs's $batch: top-level GETs and changesets of writes, in order. */
export function parseBatch(contentType: string | null, body: string): IBatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw BAD_REQUEST('The batch request must have a multipart/mixed content type with a boundary.', '-1, Microsoft.Data.OData.ODataException');
  const ops: IBatchPart[] = [];
  for (const part of splitMultipart(body, boundary)) {
    const [headers, rest] = readHeaders(part.replace(/^\n+/, ''));
    const inner = boundaryOf(headers.get('content-type'));
    if (/multipart\/mixed/i.test(headers.get('content-type') ?? '') && inner) {
      for (const op of splitMultipart(rest, inner)) ops.push(readOperation(op));
    } else {
      ops.push(readOperation(part));
    }
  }
  return ops;
}

/**
 * Writes the multipart answer in the shape PnPjs parses: flat parts in request order,
 * `--batchresponse_` boundaries, status lines with reason phrases, only headers whose
 * value holds no colon, and the closing boundary followed by exactly one line break.
 */
export function formatBatchResponse(responses: IApiResponse[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${newGuid()}`;
  const out: string[] = [];
  for (const r of responses) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${r.status} ${REASONS[r.status] ?? 'Unknown'}`);
    for (const [name, value] of Object.entries(r.headers)) {
      if (!value.includes(':')) out.push(`${name.toUpperCase() === 'ETAG' ? 'ETag' : name}: ${value}`);
    }
    out.push('', r.body.replace(/\r?\n/g, ' '));
  }
  out.push(`--${boundary}--`, '');
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: out.join('\r\n') };
}
