import type { IListDef } from '../../../src/schema/fieldTypes';
import type { IApiResponse } from '../apiTypes';
import { BAD_REQUEST, SpRequestError, emptyResponse, jsonResponse } from '../apiTypes';
import { DuplicateFieldError, UnmodelledFieldError, addFieldFromXml } from '../appUpgrade';
import { listGuid } from '../listModel';
import { findById } from '../siteLists';
import type { IRouteContext, IRouteRequest } from './context';
import { hubListOf, jsonBody, requireOn } from './context';

/**
 * The list's own columns (Title and the package's fields) with whether each is indexed;
 * MERGE of `Indexed` on one of them by someone who may manage the list adds or removes
 * its index, which the list view threshold then honours. `createfieldasxml` adds a column
 * an upgrade action describes.
 */

const FIELD_TYPES: Record<string, string> = {
  text: 'Text', note: 'Note', choice: 'Choice', multiChoice: 'MultiChoice', number: 'Number', boolean: 'Boolean', dateTime: 'DateTime',
  lookup: 'Lookup', multiLookup: 'LookupMulti', user: 'User', url: 'URL'
};

function fieldEntity(ctx: IRouteContext, list: IListDef, name: string, title: string, type: string, indexed: boolean): Record<string, unknown> {
  const link = `Web/Lists(guid'${listGuid(list.key)}')/Fields/getbyinternalnameortitle('${name}')`;
  return { 'odata.type': 'SP.Field', 'odata.id': `${ctx.webUrl}/_api/${link}`, 'odata.editLink': link, InternalName: name, StaticName: name, Title: title, TypeAsString: type, Indexed: indexed, Hidden: false };
}

function allFields(ctx: IRouteContext, def: IListDef): Record<string, unknown>[] {
  return [
    fieldEntity(ctx, def, 'Title', def.titleDisplayName ?? 'Title', 'Text', !!def.titleIndexed),
    ...def.fields.map(f => fieldEntity(ctx, def, f.name, f.displayName, FIELD_TYPES[f.kind] ?? 'Text', !!f.indexed))
  ];
}

export function fields(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const { def } = hubListOf(ctx, req);
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Fields`, value: allFields(ctx, def) });
}

function fieldOf(ctx: IRouteContext, req: IRouteRequest): Record<string, unknown> {
  const { def } = hubListOf(ctx, req);
  const raw = req.params.field ?? '';
  const asked = raw.replace(/''/g, "'").toLowerCase();
  const field = allFields(ctx, def).find(f => String(f.InternalName).toLowerCase() === asked || String(f.Title).toLowerCase() === asked);
  if (!field) throw new SpRequestError(400, '-2147024809, System.ArgumentException', `Column '${raw}' does not exist. It may have been deleted by another user.`);
  return field;
}

export function field(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  return jsonResponse(200, { 'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Fields/@Element`, ...fieldOf(ctx, req) });
}

export function updateField(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const found = fieldOf(ctx, req);
  const { stored } = hubListOf(ctx, req);
  requireOn(ctx, { kind: 'list', list: stored }, 'ManageLists');
  const body = jsonBody(req);
  const overrides = { ...(stored.indexOverrides ?? {}) };
  for (const [k, v] of Object.entries(body)) {
    if (k === 'Indexed' && typeof v === 'boolean') overrides[String(found.InternalName)] = v;
    else if (k === 'Indexed') throw BAD_REQUEST(`The value of 'Indexed' is not valid.`, '-2147024809, System.ArgumentException');
    else if (k !== '__metadata') throw BAD_REQUEST(`The property '${k}' does not exist on type 'SP.Field' or cannot be changed by the emulator.`);
  }
  stored.indexOverrides = overrides;
  ctx.store.save();
  return emptyResponse(204);
}

/** `fields/createfieldasxml` with `{ parameters: { SchemaXml, Options } }`, by those who may manage the list. */
export function createFieldAsXml(ctx: IRouteContext, req: IRouteRequest): IApiResponse {
  const { def: list, stored } = hubListOf(ctx, req);
  requireOn(ctx, { kind: 'list', list: stored }, 'ManageLists');
  const params = (jsonBody(req).parameters ?? {}) as { SchemaXml?: unknown; Options?: unknown };
  if (typeof params.SchemaXml !== 'string') throw BAD_REQUEST(`The parameter 'SchemaXml' is missing.`, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
  const packaged = findById(ctx.store.current, stored.id);
  const def = packaged?.kind === 'hub' ? packaged.def : list;
  let name: string;
  try {
    name = addFieldFromXml(stored, def, params.SchemaXml, Number(params.Options ?? 0), id => !!findById(ctx.store.current, id));
  } catch (e) {
    if (e instanceof DuplicateFieldError) throw new SpRequestError(500, '-2130575245, Microsoft.SharePoint.SPException', e.message);
    if (e instanceof UnmodelledFieldError) throw new SpRequestError(400, '-1, System.NotSupportedException', e.message);
    throw BAD_REQUEST((e as Error).message, '-2147024809, System.ArgumentException');
  }
  ctx.store.save();
  const added = def.fields.find(f => f.name === name);
  return jsonResponse(201, {
    'odata.metadata': `${ctx.webUrl}/_api/$metadata#SP.ApiData.Fields/@Element`,
    ...fieldEntity(ctx, list, name, added?.displayName ?? name, FIELD_TYPES[added?.kind ?? 'text'] ?? 'Text', !!added?.indexed)
  });
}
