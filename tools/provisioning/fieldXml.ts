import { createHash } from 'crypto';
import { listByKey } from '../../src/schema/lists';
import type { FieldDef, IListDef } from '../../src/schema/fieldTypes';

/**
 * One field's CAML <Field> element, shared by the list schemas (provisioningXml.ts) and the
 * field additions for sites on an earlier release (upgradeActions.ts), so both write the
 * same XML with the same ID.
 */

/** A stable GUID per field, derived from list and field name (name-based, like a UUID v5). */
export function fieldId(list: IListDef, fieldName: string): string {
  const h = createHash('sha1').update(`member-officer-hub/${list.key}/${fieldName}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const bool = (b: boolean | undefined): string => (b ? 'TRUE' : 'FALSE');

export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
    .join(' ');
}

function choicesXml(choices: readonly string[]): string {
  return `<CHOICES>${choices.map(c => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`;
}

function typeSpecific(field: FieldDef): { attrs: Record<string, string | number | undefined>; inner: string } {
  switch (field.kind) {
    case 'text':
      return { attrs: { Type: 'Text', MaxLength: field.maxLength ?? 255 },
        inner: field.defaultValue !== undefined ? `<Default>${escapeXml(field.defaultValue)}</Default>` : '' };
    case 'note':
      return { attrs: { Type: 'Note', NumLines: 6, RichText: bool(field.richText), AppendOnly: 'FALSE' }, inner: '' };
    case 'choice':
      return { attrs: { Type: 'Choice', Format: 'Dropdown', FillInChoice: 'FALSE' },
        inner: choicesXml(field.choices) +
          (field.defaultValue !== undefined ? `<Default>${escapeXml(field.defaultValue)}</Default>` : '') };
    case 'multiChoice':
      return { attrs: { Type: 'MultiChoice', FillInChoice: bool(field.fillIn) }, inner: choicesXml(field.choices) };
    case 'number':
      return { attrs: { Type: 'Number', Min: field.min, Max: field.max, Decimals: 0 },
        inner: field.defaultValue !== undefined ? `<Default>${field.defaultValue}</Default>` : '' };
    case 'boolean':
      return { attrs: { Type: 'Boolean' }, inner: `<Default>${field.defaultValue ? 1 : 0}</Default>` };
    case 'dateTime':
      return { attrs: { Type: 'DateTime', Format: field.dateOnly ? 'DateOnly' : 'DateTime' }, inner: '' };
    case 'lookup':
      return { attrs: { Type: 'Lookup', List: listByKey(field.target).url, ShowField: 'Title' }, inner: '' };
    case 'multiLookup':
      return { attrs: { Type: 'LookupMulti', Mult: 'TRUE', List: listByKey(field.target).url, ShowField: 'Title' },
        inner: '' };
    case 'user':
      return { attrs: { Type: 'User', List: 'UserInfo', ShowField: 'ImnName', UserSelectionMode: 'PeopleOnly',
        UserSelectionScope: 0 }, inner: '' };
    case 'url':
      return { attrs: { Type: 'URL', Format: field.format === 'image' ? 'Image' : 'Hyperlink' }, inner: '' };
  }
}

export function fieldXml(list: IListDef, field: FieldDef): string {
  const specific = typeSpecific(field);
  const a = attrs({
    ID: `{${fieldId(list, field.name)}}`,
    Name: field.name,
    StaticName: field.name,
    DisplayName: field.displayName,
    Description: field.description,
    ...specific.attrs,
    Required: bool(field.required),
    Indexed: bool(field.indexed),
    EnforceUniqueValues: bool(field.unique)
  });
  return specific.inner ? `<Field ${a}>${specific.inner}</Field>` : `<Field ${a} />`;
}
