import type { HubGroup } from '../../schema/fieldTypes';
import { HUB_GROUPS } from '../../schema/sitePermissions';
import { DEFAULT_GROUP_NAMES } from './planSiteSetup';
import type { HubGroupNames } from './types';

export type GroupNameProblem = 'empty' | 'tooLong' | 'invalidCharacters' | 'duplicate';

/** SharePoint refuses group names over 255 characters or holding any of these. */
const FORBIDDEN = /["&*+,/:;<=>?@[\\\]|]/;
export const GROUP_NAME_MAX = 255;

/** Why a group name would be refused by SharePoint or clash with another Hub group; undefined when it is fine. */
export function groupNameProblem(name: string, others: readonly string[] = []): GroupNameProblem | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'empty';
  if (trimmed.length > GROUP_NAME_MAX) return 'tooLong';
  if (FORBIDDEN.test(trimmed)) return 'invalidCharacters';
  if (others.some(o => o.trim().toLowerCase() === trimmed.toLowerCase())) return 'duplicate';
  return undefined;
}

/**
 * The group names to use: what the web part's settings say where that is a usable name,
 * the documented default otherwise (blank settings mean "the defaults").
 */
export function resolveGroupNames(configured: Partial<Record<HubGroup, string | undefined>>): HubGroupNames {
  const out = { ...DEFAULT_GROUP_NAMES } as Record<HubGroup, string>;
  for (const { title } of HUB_GROUPS) {
    const wanted = (configured[title] ?? '').trim();
    const others = HUB_GROUPS.filter(g => g.title !== title).map(g => (configured[g.title] ?? '').trim() || DEFAULT_GROUP_NAMES[g.title]);
    if (wanted && !groupNameProblem(wanted, others)) out[title] = wanted;
  }
  return out;
}
