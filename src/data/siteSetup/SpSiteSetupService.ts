import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { AddFieldOptions } from '@pnp/sp/fields';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import type { IRoleAssignments } from '@pnp/sp/security';
import type { IListDef, ListKey } from '../../schema/fieldTypes';
import { ALL_LISTS } from '../../schema/lists';
import { hasPermission } from '../../schema/permissionLevels';
import type {
  IListSecurityInfo, IOtherList, IPrincipalRef, IRoleAssignmentInfo, IRoleDefinitionInfo, ISiteConfiguration, SetupAction, SetupScope
} from '../../domain/siteSetup/types';
import type { HubAdminAccess, ISiteSetupService } from './ISiteSetupService';
import { toSiteSetupError } from './toSiteSetupError';
import { hubList, serverRelativeListUrl } from '../hubList';
import { checkMailPermission, type ITokenProvider } from '../notifications/mailPermission';

/** SP.PrincipalType.SharePointGroup. */
const SHAREPOINT_GROUP = 8;

interface IBasePermissionsRead { High: string | number; Low: string | number }
interface IPrincipalRead { Id: number; Title: string; PrincipalType: number }
/** Member is null for a principal SharePoint can no longer resolve; read as absent. */
interface IRoleAssignmentRead { PrincipalId: number; Member?: IPrincipalRead; RoleDefinitionBindings: { Name: string }[] }
interface IRoleDefinitionRead { Id: number; Name: string; RoleTypeKind: number; BasePermissions: IBasePermissionsRead }
interface IListRead { Title: string; ItemCount: number; HasUniqueRoleAssignments: boolean; ReadSecurity: number; WriteSecurity: number; EnableVersioning: boolean }
interface ISiteListRead { Title: string; RootFolder: { ServerRelativeUrl: string } }

/** Without the internal-name hint SharePoint names the new column after its display name, not the package's Name. */
const ADD_FIELD_OPTIONS = AddFieldOptions.AddToDefaultContentType | AddFieldOptions.AddFieldInternalNameHint;

const maskOf = (p: IBasePermissionsRead): { High: number; Low: number } => ({ High: Number(p.High), Low: Number(p.Low) });

function assignmentFrom(a: IRoleAssignmentRead): IRoleAssignmentInfo {
  const principal: IPrincipalRef = {
    id: a.PrincipalId, title: a.Member?.Title ?? String(a.PrincipalId), isGroup: a.Member?.PrincipalType === SHAREPOINT_GROUP
  };
  return { principal, roleDefinitionNames: a.RoleDefinitionBindings.map(r => r.Name) };
}

function isNotFound(e: unknown): boolean {
  return (e as { status?: number } | null)?.status === 404;
}

/**
 * The site set-up over REST with the signed-in owner's own session: reads groups,
 * permission levels and role assignments, and makes each change through the endpoints
 * SharePoint documents (sitegroups, roledefinitions, breakroleinheritance,
 * roleassignments, a list MERGE for item-level security).
 */
export class SpSiteSetupService implements ISiteSetupService {
  /** `tokens`: SPFx's AadTokenProvider (the preview's stand-in), for the Mail.Send check; absent = not checked. */
  public constructor(private readonly sp: SPFI, private readonly webAbsoluteUrl: string, private readonly tokens?: ITokenProvider) {}

  public async access(): Promise<HubAdminAccess> {
    try {
      if (hasPermission(maskOf(await this.sp.web.getCurrentUserEffectivePermissions()), 'ManagePermissions')) return 'owner';
      const first = hubList(this.sp.web, ALL_LISTS[0]);
      return hasPermission(maskOf(await first.getCurrentUserEffectivePermissions()), 'EnumeratePermissions') ? 'checker' : 'none';
    } catch (e) {
      // No access to the site, or the list hidden from them: simply not someone who may check it.
      const status = (e as { status?: number } | null)?.status;
      if (status === 403 || status === 404) return 'none';
      throw toSiteSetupError(e);
    }
  }

  public async readConfiguration(): Promise<ISiteConfiguration> {
    try {
      const web = this.sp.web;
      // The permission check never fails the page: "could not be checked" is its own finding.
      const mail = this.tokens ? checkMailPermission(this.tokens) : Promise.resolve(undefined);
      const [me, roleDefinitions, groups, webAssignments, lists, otherLists] = await Promise.all([
        web.currentUser.select('Id')<{ Id: number }>(),
        web.roleDefinitions<IRoleDefinitionRead[]>(),
        web.siteGroups.select('Id', 'Title')<{ Id: number; Title: string }[]>(),
        // Democratic Services may check the lists but not see the site's own permissions: the health check says so.
        this.assignments(web.roleAssignments).catch((e: unknown): string => {
          if ((e as { status?: number } | null)?.status === 403) return toSiteSetupError(e).message;
          throw e;
        }),
        Promise.all(ALL_LISTS.map(l => this.listSecurity(l))),
        this.otherLists()
      ]);
      return {
        currentUserId: me.Id,
        roleDefinitions: roleDefinitions.map((r): IRoleDefinitionInfo => ({
          id: r.Id, name: r.Name, roleTypeKind: r.RoleTypeKind, basePermissions: maskOf(r.BasePermissions)
        })),
        groups: groups.map(g => ({ id: g.Id, title: g.Title, isGroup: true })),
        ...(typeof webAssignments === 'string' ? { webAssignmentsRefused: webAssignments } : { webAssignments }),
        lists: Object.fromEntries(lists.filter((l): l is IListSecurityInfo => !!l).map(l => [l.key, l])),
        otherLists,
        ...(await mail.then(mailPermission => (mailPermission ? { mailPermission } : {})))
      };
    } catch (e) {
      throw toSiteSetupError(e);
    }
  }

  public async apply(action: SetupAction): Promise<void> {
    try {
      await this.applyOne(action);
    } catch (e) {
      throw toSiteSetupError(e);
    }
  }

  public groupMembersUrl(groupId: number): string {
    return `${this.webAbsoluteUrl.replace(/\/+$/, '')}/_layouts/15/people.aspx?MembershipGroupId=${groupId}`;
  }

  private async applyOne(action: SetupAction): Promise<void> {
    const web = this.sp.web;
    switch (action.kind) {
      case 'createRoleDefinition': {
        const d = action.definition;
        await web.roleDefinitions.add(d.name, d.description, d.order, { High: d.basePermissions.High, Low: d.basePermissions.Low });
        return;
      }
      case 'createGroup':
        await web.siteGroups.add({ Title: action.title, Description: action.description });
        return;
      case 'breakInheritance':
        // Copy nothing: the design grants each group exactly its level; SharePoint keeps the caller's Full Control.
        await this.list(action.list).breakRoleInheritance(false, true);
        return;
      case 'grant': {
        const [groupId, roleId] = await Promise.all([this.groupId(action.groupTitle), this.roleDefinitionId(action.roleDefinition)]);
        await this.scopeAssignments(action.scope).add(groupId, roleId);
        return;
      }
      case 'setItemLevelSecurity':
        await this.list(action.list).update({ ReadSecurity: action.readSecurity, WriteSecurity: action.writeSecurity });
        return;
      case 'updateRoleDefinition': {
        const d = action.definition;
        await web.roleDefinitions.getByName(d.name).update({ BasePermissions: { High: d.basePermissions.High, Low: d.basePermissions.Low } });
        return;
      }
      case 'addIndex':
        // Passing the type saves PnPjs a read of the field first.
        await this.list(action.list).fields.getByInternalNameOrTitle(action.field).update({ Indexed: true }, 'SP.Field');
        return;
      case 'renameList':
        await this.list(action.list).update({ Title: action.title });
        return;
      case 'enableVersioning':
        await this.list(action.list).update({ EnableVersioning: true });
        return;
      case 'addField': {
        // In a feature a lookup names its target by URL; createFieldAsXml needs the target list's id.
        let schemaXml = action.schemaXml;
        if (action.lookupTarget) {
          const target = await this.list(action.lookupTarget).select('Id')<{ Id: string }>();
          schemaXml = schemaXml.replace(/ List="[^"]*"/, ` List="{${target.Id}}"`);
        }
        await this.list(action.list).fields.createFieldAsXml({ SchemaXml: schemaXml, Options: ADD_FIELD_OPTIONS });
        return;
      }
      case 'removeGrant': {
        const roleId = await this.roleDefinitionId(action.roleDefinition);
        await this.scopeAssignments(action.scope).remove(action.principal.id, roleId);
        return;
      }
    }
  }

  private list(key: ListKey): IList {
    const def = ALL_LISTS.find(l => l.key === key);
    if (!def) throw new Error(`No Hub list '${key}'`);
    return hubList(this.sp.web, def);
  }

  private scopeAssignments(scope: SetupScope): IRoleAssignments {
    return scope.kind === 'web' ? this.sp.web.roleAssignments : this.list(scope.list).roleAssignments;
  }

  private async groupId(title: string): Promise<number> {
    return (await this.sp.web.siteGroups.getByName(title).select('Id')<{ Id: number }>()).Id;
  }

  private async roleDefinitionId(name: string): Promise<number> {
    return (await this.sp.web.roleDefinitions.getByName(name).select('Id')<{ Id: number }>()).Id;
  }

  private async assignments(collection: IRoleAssignments): Promise<IRoleAssignmentInfo[]> {
    const rows = await collection.expand('Member', 'RoleDefinitionBindings')<IRoleAssignmentRead[]>();
    return rows.map(assignmentFrom);
  }

  /** Every list on the site that is not a Hub list, found by its root folder's URL. */
  private async otherLists(): Promise<IOtherList[]> {
    const hubUrls = new Set(ALL_LISTS.map(l => serverRelativeListUrl(this.sp.web.toUrl(), l).toLowerCase()));
    const all = await this.sp.web.lists.select('Title', 'RootFolder/ServerRelativeUrl').expand('RootFolder')<ISiteListRead[]>();
    return all.filter(l => !hubUrls.has(l.RootFolder.ServerRelativeUrl.toLowerCase()))
      .map(l => ({ title: l.Title, serverRelativeUrl: l.RootFolder.ServerRelativeUrl }));
  }

  private async listSecurity(def: IListDef): Promise<IListSecurityInfo | undefined> {
    const key = def.key;
    const list = hubList(this.sp.web, def);
    try {
      const [info, assignments, fields] = await Promise.all([
        list.select('Title', 'ItemCount', 'HasUniqueRoleAssignments', 'ReadSecurity', 'WriteSecurity', 'EnableVersioning')<IListRead>(),
        this.assignments(list.roleAssignments),
        list.fields.select('InternalName', 'Indexed')<{ InternalName: string; Indexed: boolean }[]>()
      ]);
      return {
        key, title: info.Title, itemCount: info.ItemCount, hasUniqueRoleAssignments: info.HasUniqueRoleAssignments,
        readSecurity: info.ReadSecurity, writeSecurity: info.WriteSecurity, assignments,
        indexedFields: fields.filter(f => f.Indexed).map(f => f.InternalName),
        fieldNames: fields.map(f => f.InternalName),
        versioning: info.EnableVersioning
      };
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }
}
