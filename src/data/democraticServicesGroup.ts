import type { HubGroup } from '../schema/fieldTypes';

/**
 * The SharePoint group Democratic Services are in (src/schema/sitePermissions.ts). The
 * directories show them their housekeeping by this membership; SharePoint's permissions,
 * not this, decide what they may change.
 */
export const DEMOCRATIC_SERVICES_GROUP: HubGroup = 'Democratic Services';

/** Whether the signed-in user's groups (`web/currentUser/groups`) include Democratic Services. */
export function inDemocraticServices(groups: readonly { Title: string }[]): boolean {
  return groups.some(g => g.Title === DEMOCRATIC_SERVICES_GROUP);
}
