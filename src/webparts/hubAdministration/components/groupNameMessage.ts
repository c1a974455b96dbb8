import * as strings from 'HubAdministrationWebPartStrings';
import { DEFAULT_GROUP_NAMES, groupNameProblem } from '../../../domain/siteSetup';
import type { HubGroup } from '../../../schema/fieldTypes';
import { HUB_GROUPS } from '../../../schema/sitePermissions';

/** The property pane's message for a group name as typed; blank is fine (the default is used). */
export function groupNameMessage(value: string, group: HubGroup, configured: Partial<Record<HubGroup, string>>): string {
  if (!value.trim()) return '';
  const others = HUB_GROUPS.filter(g => g.title !== group).map(g => (configured[g.title] ?? '').trim() || DEFAULT_GROUP_NAMES[g.title]);
  switch (groupNameProblem(value, others)) {
    case 'tooLong': return strings.GroupNameTooLong;
    case 'invalidCharacters': return strings.GroupNameInvalidCharacters;
    case 'duplicate': return strings.GroupNameDuplicate;
    case 'empty': return strings.GroupNameEmpty;
    default: return '';
  }
}
