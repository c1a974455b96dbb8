import { readFileSync } from 'fs';
import { resolve } from 'path';
import { ALL_LISTS } from '../../src/schema/lists';
import type { IListDef } from '../../src/schema/fieldTypes';
import type { IReleasedSchema } from '../../src/schema/schemaChanges';
import { attrs, bool, fieldXml } from './fieldXml';
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

/** The first line after the XML declaration of every file written from the schema. */
const GENERATED_NOTICE = '<!-- Generated from src/schema by `npm run provisioning`; edit the schema, not this file. -->';

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
    GENERATED_NOTICE,
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
    GENERATED_NOTICE,
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
