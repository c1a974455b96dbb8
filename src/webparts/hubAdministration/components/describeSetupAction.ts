import * as strings from 'HubAdministrationWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { SetupAction } from '../../../domain/siteSetup';
import { ITEM_SECURITY } from '../../../schema/sitePermissions';

/** One set-up step in the plain words a site owner reads before agreeing to it. */
export function describeSetupAction(action: SetupAction): string {
  switch (action.kind) {
    case 'createRoleDefinition': return formatText(strings.ActionCreateRoleDefinition, action.definition.name);
    case 'createGroup': return formatText(strings.ActionCreateGroup, action.title);
    case 'breakInheritance': return formatText(strings.ActionBreakInheritance, action.listTitle);
    case 'grant':
      return action.scope.kind === 'web'
        ? formatText(strings.ActionGrantWeb, action.groupTitle, action.roleDefinition)
        : formatText(strings.ActionGrantList, action.groupTitle, action.roleDefinition, action.scope.listTitle);
    case 'setItemLevelSecurity':
      return formatText(action.readSecurity === ITEM_SECURITY.own ? strings.ActionItemSecurity : strings.ActionItemSecurityAll, action.listTitle);
    case 'updateRoleDefinition': return formatText(strings.ActionUpdateRoleDefinition, action.definition.name);
    case 'addIndex': return formatText(strings.ActionAddIndex, action.listTitle, action.field);
    case 'renameList': return formatText(strings.ActionRenameList, action.listTitle, action.title);
    case 'enableVersioning': return formatText(strings.ActionEnableVersioning, action.listTitle);
    case 'addField': return formatText(strings.ActionAddField, action.listTitle, action.displayName);
    case 'removeGrant': {
      const reason = action.reason === 'moreThanDesigned' ? strings.RemovalReasonMoreThanDesigned : strings.RemovalReasonNotInDesign;
      return action.scope.kind === 'web'
        ? formatText(strings.ActionRemoveWeb, action.principal.title, action.roleDefinition, reason)
        : formatText(strings.ActionRemoveList, action.principal.title, action.roleDefinition, reason, action.scope.listTitle);
    }
  }
}
