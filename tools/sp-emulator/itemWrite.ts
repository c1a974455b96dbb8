import type { FieldDef, IListDef } from '../../src/schema/fieldTypes';
import { BAD_REQUEST, SpRequestError, isIsoDate, spDate } from './apiTypes';
import { itemTypeName } from './listModel';

const INVALID_CLIENT_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const SYSTEM_READ_ONLY = new Set(['Id', 'ID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'GUID',
  'FileSystemObjectType', 'ContentTypeId', 'Attachments', 'OData__UIVersionString']);

const TITLE_FIELD: FieldDef = { kind: 'text', name: 'Title', displayName: 'Title', maxLength: 255 };

function unexpected(found: string, expected: string): SpRequestError {
  return BAD_REQUEST(`An unexpected '${found}' node was found when reading from the JSON reader. A '${expected}' node was expected.`, INVALID_CLIENT_QUERY);
}

function nodeKind(v: unknown): string {
  if (Array.isArray(v)) return 'StartArray';
  if (v !== null && typeof v === 'object') return 'StartObject';
  return 'PrimitiveValue';
}

function primitive(v: unknown, edm: string, ok: (v: unknown) => boolean): unknown {
  if (v === null) return null;
  if (Array.isArray(v) || typeof v === 'object') throw unexpected(nodeKind(v), 'PrimitiveValue');
  if (!ok(v)) throw BAD_REQUEST(`Cannot convert a primitive value to the expected type '${edm}'. See the inner exception for more details.`, INVALID_CLIENT_QUERY);
  return v;
}

function arrayOf(v: unknown, edm: string, ok: (x: unknown) => boolean): unknown[] | null {
  if (v === null) return null;
  // The verbose-mode `{results:[…]}` shape is refused in JSON light, as SharePoint Online does.
  if (!Array.isArray(v)) throw unexpected(nodeKind(v), 'StartArray');
  return v.map(x => primitive(x, edm, ok));
}

/**
 * Parses and checks an add or update body as SharePoint does (no better, no worse): unknown
 * properties, `__metadata`, wrong JSON shapes and over-long text are refused; required
 * fields and choice membership are not enforced (SharePoint's REST API does not either).
 * Returns the values to store, keyed as they are read back.
 */
/** SharePoint's date range for DateTime columns. */
export const MIN_SP_DATE = Date.UTC(1900, 0, 1);
export const MAX_SP_DATE = Date.UTC(8900, 11, 31, 23, 59, 59);

/** Whether an item exists in the list a lookup points at (lookups to missing items are refused). */
export type LookupCheck = (target: NonNullable<Extract<FieldDef, { kind: 'lookup' }>['target']>, id: number) => boolean;

export function validateItemWrite(list: IListDef, bodyText: string, lookupExists?: LookupCheck): Record<string, unknown> {
  let body: unknown;
  try {
    body = bodyText.trim() ? JSON.parse(bodyText) : {};
  } catch {
    throw BAD_REQUEST('Invalid JSON. A token was not recognized in the JSON content.', INVALID_CLIENT_QUERY);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw unexpected(nodeKind(body), 'StartObject');
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const field = key === 'Title' ? TITLE_FIELD : list.fields.find(f =>
      (f.kind === 'lookup' || f.kind === 'multiLookup' || f.kind === 'user') ? `${f.name}Id` === key : f.name === key);
    if (!field) {
      if (SYSTEM_READ_ONLY.has(key)) {
        throw new SpRequestError(400, '-2147024809, System.ArgumentException',
          'Invalid data has been used to update the list item. The field you are trying to update may be read only.');
      }
      throw BAD_REQUEST(`The property '${key}' does not exist on type '${itemTypeName(list)}'. Make sure to only use property names that are defined by the type.`, INVALID_CLIENT_QUERY);
    }
    out[key] = fieldValue(field, value);
    if (lookupExists && (field.kind === 'lookup' || field.kind === 'multiLookup')) {
      const ids = (Array.isArray(out[key]) ? out[key] : [out[key]]) as (number | null)[];
      for (const id of ids) {
        if (id !== null && id !== 0 && !lookupExists(field.target, id)) {
          throw new SpRequestError(400, '-2146232832, Microsoft.SharePoint.SPException',
            `The lookup value ${id} for the field '${field.name}' does not match an item in the target list.`);
        }
      }
    }
  }
  return out;
}

const isString = (v: unknown): boolean => typeof v === 'string';
const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const isInteger = (v: unknown): boolean => Number.isInteger(v);

function fieldValue(field: FieldDef, value: unknown): unknown {
  switch (field.kind) {
    case 'text': case 'choice': {
      const s = primitive(value, 'Edm.String', isString) as string | null;
      const max = field.kind === 'text' ? field.maxLength ?? 255 : 255;
      if (s !== null && s.length > max) {
        // Unverified wording; SharePoint refuses the write with a field validation error.
        throw new SpRequestError(400, '-2130575162, Microsoft.SharePoint.SPFieldValidationException',
          `The value of the field '${field.name}' is longer than the maximum of ${max} characters.`);
      }
      return s;
    }
    case 'note': return primitive(value, 'Edm.String', isString);
    case 'number': return primitive(value, 'Edm.Double', isNumber);
    case 'boolean': return primitive(value, 'Edm.Boolean', v => typeof v === 'boolean');
    case 'dateTime': {
      const s = primitive(value, 'Edm.DateTime', v => isString(v) && isIsoDate(v as string));
      if (s === null) return null;
      const ms = Date.parse(s as string);
      if (ms < MIN_SP_DATE || ms > MAX_SP_DATE) {
        throw new SpRequestError(400, '-2130575162, Microsoft.SharePoint.SPFieldValidationException',
          `Invalid date/time value. The value of the field '${field.name}' must be between 1/1/1900 and 12/31/8900.`);
      }
      return spDate(ms);
    }
    case 'lookup': case 'user': return primitive(value, 'Edm.Int32', isInteger);
    case 'multiLookup': return arrayOf(value, 'Edm.Int32', isInteger) ?? [];
    case 'multiChoice': return arrayOf(value, 'Edm.String', isString);
    case 'url': {
      if (value === null) return null;
      if (Array.isArray(value) || typeof value !== 'object') throw unexpected(nodeKind(value), 'StartObject');
      const v = value as Record<string, unknown>;
      for (const k of Object.keys(v)) {
        if (k !== 'Url' && k !== 'Description') {
          throw BAD_REQUEST(`The property '${k}' does not exist on type 'SP.FieldUrlValue'. Make sure to only use property names that are defined by the type.`, INVALID_CLIENT_QUERY);
        }
      }
      const url = primitive(v.Url ?? null, 'Edm.String', isString) as string | null;
      const description = primitive(v.Description ?? null, 'Edm.String', isString) as string | null;
      return url === null ? null : { Description: description ?? url, Url: url };
    }
  }
}

/** Default values SharePoint fills in when an item is created without them. */
export function defaultValues(list: IListDef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of list.fields) {
    if ((f.kind === 'text' || f.kind === 'choice' || f.kind === 'number') && f.defaultValue !== undefined) out[f.name] = f.defaultValue;
    if (f.kind === 'boolean') out[f.name] = f.defaultValue;
    if (f.kind === 'multiLookup') out[`${f.name}Id`] = [];
  }
  return out;
}
