export * from './types';
export { DEFAULT_GROUP_NAMES, planSiteSetup } from './planSiteSetup';
export { GROUP_NAME_MAX, groupNameProblem, resolveGroupNames } from './groupNames';
export type { GroupNameProblem } from './groupNames';
export { runSetup } from './runSetup';
export { LIST_VIEW_THRESHOLD, checkSiteHealth } from './checkSiteHealth';
