import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { ALL_LISTS, listByKey } from '../../src/schema/lists';
import type { FieldDef, IListDef } from '../../src/schema/fieldTypes';
import type { IReleasedSchema } from '../../src/schema/schemaChanges';
import { UPGRADE_ACTIONS_FILE, elementManifests, readReleases, upgradeActionsXml } from './upgradeActions';

/**
 * Turns the list schema into the Feature Framework files SharePoint reads when the app
 * is added to a site: one elements.xml with the list instances (in dependency order, so
 * a lookup's target list exists first) and a schema-<list>.xml per list with its fields
 * and views. Fields live in each list's schema.xml because SPFx ignores list fields that
 * are declared only as site columns in elements.xml (sp-dev-docs#8508).
 */

/** SharePoint's built-in Title field. */
const TITLE_FIELD_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';
/** The Feature that defines the Custom List template (TemplateType 100). */
const CUSTOM_LIST_FEATURE_ID = '00bfea71-de22-43b2-a848-c05709900100';

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

const bool = (b: boolean | undefined): string => (b ? 'TRUE' : 'FALSE');

function attrs(values: Record<string, string | number | undefined>): string {
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

function titleFieldXml(list: IListDef): string {
  return `<Field ${attrs({
    ID: `{${TITLE_FIELD_ID}}`,
    Type: 'Text',
    Name: 'Title',
    StaticName: 'Title',
    DisplayName: list.titleDisplayName,
    SourceID: 'http://schemas.microsoft.com/sharepoint/v3',
    MaxLength: 255,
    Required: 'TRUE',
    Indexed: bool(list.titleIndexed)
  })} />`;
}

function viewXml(list: IListDef): string[] {
  return list.views.map((view, i) => {
    const fieldRefs = view.fields.map(f => `          <FieldRef Name="${f === 'Title' ? 'LinkTitle' : f}" />`).join('\n');
    const orderBy = view.orderBy ? `<Query><OrderBy><FieldRef Name="${view.orderBy}" /></OrderBy></Query>` : '<Query />';
    return [
      `      <View ${attrs({
        BaseViewID: i + 1,
        Type: 'HTML',
        WebPartZoneID: 'Main',
        DisplayName: view.name,
        DefaultView: bool(view.isDefault),
        MobileView: 'TRUE',
        MobileDefaultView: bool(view.isDefault),
        SetupPath: 'pages\\viewpage.aspx',
        ImageUrl: '/_layouts/images/generic.png',
        Url: view.isDefault ? 'AllItems.aspx' : `${view.name.replace(/[^A-Za-z0-9]/g, '')}.aspx`
      })}>`,
      '        <XslLink Default="TRUE">main.xsl</XslLink>',
      '        <JSLink>clienttemplates.js</JSLink>',
      `        <RowLimit Paged="TRUE">${view.rowLimit ?? 30}</RowLimit>`,
      '        <Toolbar Type="Standard" />',
      '        <ViewFields>',
      fieldRefs,
      '        </ViewFields>',
      `        ${orderBy}`,
      '      </View>'
    ].join('\n');
  });
}

export function schemaFileName(list: IListDef): string {
  return `schema-${list.key}.xml`;
}

/**
 * Item-level security is not written here: the documented List schema has no ReadSecurity /
 * WriteSecurity attributes, and whether SharePoint Online honours the <Security> element of a
 * list created by an SPFx feature is unconfirmed. The site set-up sets both through REST
 * (src/schema/sitePermissions.ts), where SharePoint is known to apply them.
 */
export function listSchemaXml(list: IListDef): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<List xmlns:ows="Microsoft SharePoint" ${attrs({
      Title: list.title,
      EnableContentTypes: 'FALSE',
      FolderCreation: 'FALSE',
      Direction: '$Resources:Direction;',
      Url: list.url,
      BaseType: 0
    })} xmlns="http://schemas.microsoft.com/sharepoint/">`,
    '  <MetaData>',
    '    <ContentTypes>',
    '      <ContentTypeRef ID="0x01">',
    '        <Folder TargetName="Item" />',
    '      </ContentTypeRef>',
    '    </ContentTypes>',
    '    <Fields>',
    `      ${titleFieldXml(list)}`,
    ...list.fields.map(f => `      ${fieldXml(list, f)}`),
    '    </Fields>',
    '    <Views>',
    ...viewXml(list),
    '    </Views>',
    '    <Forms>',
    '      <Form Type="DisplayForm" Url="DispForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />',
    '      <Form Type="EditForm" Url="EditForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />',
    '      <Form Type="NewForm" Url="NewForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />',
    '    </Forms>',
    '  </MetaData>',
    '</List>',
    ''
  ].join('\n');
}

export function elementsXml(lists: readonly IListDef[] = ALL_LISTS): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from src/schema by `npm run provisioning`; edit the schema, not this file. -->',
    '<Elements xmlns="http://schemas.microsoft.com/sharepoint/">',
    ...lists.map(list => `  <ListInstance ${attrs({
      CustomSchema: schemaFileName(list),
      FeatureId: CUSTOM_LIST_FEATURE_ID,
      Title: list.title,
      Description: list.description,
      TemplateType: 100,
      Url: list.url,
      VersioningEnabled: list.versioning ? 'TRUE' : undefined
    })} />`),
    '</Elements>',
    ''
  ].join('\n');
}

/**
 * Every provisioning file, by its name under sharepoint/assets: one element manifest per
 * release that first created lists (elements.xml for the first), each list's schema, and the
 * feature's upgrade actions for sites on an earlier release (tools/provisioning/upgradeActions.ts).
 */
export function provisioningFiles(
  lists: readonly IListDef[] = ALL_LISTS, releases: readonly IReleasedSchema[] = readReleases(), pkg: IPackageVersion = packageVersion()
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, manifestLists] of elementManifests(lists, releases, pkg.version)) files[name] = elementsXml(manifestLists);
  for (const list of lists) files[schemaFileName(list)] = listSchemaXml(list);
  files[UPGRADE_ACTIONS_FILE] = upgradeActionsXml(lists, releases, pkg.version, pkg.featureId);
  return files;
}

export interface IPackageVersion {
  /** The solution's version, which the feature's always matches. */
  readonly version: string;
  readonly featureId: string;
}

export const PACKAGE_SOLUTION_FILE = resolve(__dirname, '../../config/package-solution.json');

export function packageVersion(file: string = PACKAGE_SOLUTION_FILE): IPackageVersion {
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { solution: { version: string; features: { id: string }[] } };
  return { version: pkg.solution.version, featureId: pkg.solution.features[0].id };
}
