import type { ListKey } from '../../schema/fieldTypes';
import { ALL_LISTS } from '../../schema/lists';
import { FIELD_ADDITIONS } from '../../schema/fieldAdditions.generated';
import type { IFieldAddition } from '../../schema/schemaChanges';
import { CUSTOM_ROLE_DEFINITIONS, PERMISSION_LEVEL_NAMES } from '../../schema/permissionLevels';
import { QUERIED_COLUMNS } from '../../schema/queriedColumns';
import { siteSetupPlan } from '../../schema/sitePermissions';
import type { SetupStep } from '../../schema/sitePermissions';
import { DEFAULT_GROUP_NAMES, planSiteSetup } from './planSiteSetup';
import type { HealthRisk, HubGroupNames, IHealthFinding, ISiteConfiguration, SetupAction } from './types';

/** SharePoint Online's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;

const RISK_ORDER: Record<HealthRisk, number> = { high: 0, medium: 1, low: 2 };

/** Declared (lookup/person) names are what QUERIED_COLUMNS holds, and also the fields' internal names. */
function missingIndexes(key: ListKey, indexed: readonly string[]): string[] {
  const have = new Set(indexed.map(n => n.toLowerCase()));
  return (QUERIED_COLUMNS[key] ?? []).filter(c => c !== 'Id' && !have.has(c.toLowerCase()));
}

/**
 * Every difference between the site and the documented configuration, in the order a
 * site owner should deal with them (highest risk first), each with the set-up steps
 * that fix it. Built on the set-up plan, so the health check and the set-up can never
 * disagree about what "right" is.
 */
export function checkSiteHealth(
  config: ISiteConfiguration,
  groupNames: HubGroupNames = DEFAULT_GROUP_NAMES,
  steps: readonly SetupStep[] = siteSetupPlan(),
  additions: readonly IFieldAddition[] = FIELD_ADDITIONS
): IHealthFinding[] {
  const plan = planSiteSetup(config, groupNames, steps);
  const findings: IHealthFinding[] = [];
  const claimed = new Set<SetupAction>();
  const claim = (actions: SetupAction[]): SetupAction[] => {
    for (const a of actions) claimed.add(a);
    return actions;
  };

  // Not the site's to fix: a Global Administrator approves it for the tenant (SharePoint admin centre → Advanced → API access).
  if (config.mailPermission?.state === 'notGranted') findings.push({ kind: 'mailNotGranted', risk: 'medium' });
  if (config.mailPermission?.state === 'unknown') findings.push({ kind: 'mailUnchecked', risk: 'low', detail: config.mailPermission.detail });
  // The plan assumes nothing about grants it could not read; the reader must still be told they were not checked.
  if (!config.webAssignments) {
    findings.push({ kind: 'sitePermissionsUnchecked', risk: 'low', ...(config.webAssignmentsRefused ? { detail: config.webAssignmentsRefused } : {}) });
  }
  if (plan.missingLists.length) {
    findings.push({ kind: 'listsMissing', risk: 'high', lists: plan.missingLists.map(k => ALL_LISTS.find(l => l.key === k)?.title ?? k) });
  }
  // A missing level or group takes its grants with it into one fix.
  for (const a of plan.actions) {
    if (a.kind === 'createRoleDefinition') {
      const grants = plan.actions.filter(g => g.kind === 'grant' && g.roleDefinition === a.definition.name && !(g.scope.kind === 'list' && breaks(plan.actions, g.scope.list)));
      findings.push({ kind: 'levelMissing', risk: 'high', level: a.definition.name, fix: claim([a, ...grants]) });
    }
  }
  for (const a of plan.actions) {
    if (a.kind === 'createGroup') {
      const grants = plan.actions.filter(g => g.kind === 'grant' && g.group === a.group && !claimed.has(g) && !(g.scope.kind === 'list' && breaks(plan.actions, g.scope.list)));
      findings.push({ kind: 'groupMissing', risk: 'high', principal: a.title, fix: claim([a, ...grants]) });
    }
  }
  for (const a of plan.actions) {
    if (a.kind === 'breakInheritance') {
      const listGrants = plan.actions.filter(g => g.kind === 'grant' && g.scope.kind === 'list' && g.scope.list === a.list);
      // Its grants may need a group or level made first: those come along (the page re-plans after each fix).
      const needs = plan.actions.filter(n => (n.kind === 'createGroup' && listGrants.some(g => g.kind === 'grant' && g.group === n.group)) ||
        (n.kind === 'createRoleDefinition' && listGrants.some(g => g.kind === 'grant' && g.roleDefinition === n.definition.name)));
      findings.push({ kind: 'inheritsSite', risk: 'high', listTitle: a.listTitle, fix: [...needs, ...claim([a, ...listGrants])] });
    }
  }
  for (const a of plan.actions) {
    if (claimed.has(a)) continue;
    if (a.kind === 'setItemLevelSecurity') findings.push({ kind: 'itemSecurityOff', risk: 'high', listTitle: a.listTitle, fix: claim([a]) });
    else if (a.kind === 'grant') {
      findings.push({
        kind: 'groupLacksLevel', risk: 'medium', principal: a.groupTitle, level: a.roleDefinition,
        listTitle: a.scope.kind === 'list' ? a.scope.listTitle : undefined, fix: claim([a])
      });
    }
  }
  for (const r of plan.proposedRemovals) {
    if (r.kind !== 'removeGrant') continue;
    // Full Control on a Hub list lets its holder grant anyone anything there: only the site's owners (who hold it on the site) should.
    const fullControl = r.scope.kind === 'list' && r.roleDefinition.toLowerCase() === PERMISSION_LEVEL_NAMES.full.toLowerCase();
    const tooPowerful = r.reason === 'moreThanDesigned' || fullControl;
    findings.push({
      kind: tooPowerful ? 'groupTooPowerful' : 'notInDesign', risk: tooPowerful ? 'high' : 'low',
      principal: r.principal.title, level: r.roleDefinition, listTitle: r.scope.kind === 'list' ? r.scope.listTitle : undefined, fix: [r]
    });
  }
  for (const def of CUSTOM_ROLE_DEFINITIONS) {
    const found = config.roleDefinitions.find(r => r.name.toLowerCase() === def.name.toLowerCase());
    if (found && (found.basePermissions.High !== def.basePermissions.High || found.basePermissions.Low !== def.basePermissions.Low)) {
      findings.push({ kind: 'levelChanged', risk: 'medium', level: found.name, fix: [{ kind: 'updateRoleDefinition', definition: def }] });
    }
  }
  for (const list of Object.values(config.lists)) {
    if (!list?.indexedFields) continue;
    const onSite = list.fieldNames && new Set(list.fieldNames.map(n => n.toLowerCase()));
    for (const field of missingIndexes(list.key, list.indexedFields)) {
      // A column the list lacks is a newer-schema finding; adding it from the package's XML indexes it.
      if (onSite && !onSite.has(field.toLowerCase())) continue;
      const large = list.itemCount >= LIST_VIEW_THRESHOLD;
      findings.push({
        kind: large ? 'largeListWithoutIndex' : 'indexMissing', risk: large ? 'high' : 'medium', listTitle: list.title, field, itemCount: list.itemCount,
        fix: [{ kind: 'addIndex', list: list.key, listTitle: list.title, field }]
      });
    }
  }
  findings.push(...listIdentityAndSchema(config, additions));
  return findings.map((f, i) => ({ f, i })).sort((a, b) => RISK_ORDER[a.f.risk] - RISK_ORDER[b.f.risk] || a.i - b.i).map(x => x.f);
}

function breaks(actions: readonly SetupAction[], list: ListKey): boolean {
  return actions.some(a => a.kind === 'breakInheritance' && a.list === list);
}

/**
 * Titles and columns. The web parts find lists by URL, so a title only misleads people (and
 * scripts that go by title); a missing column, though, makes the web parts' queries fail.
 */
function listIdentityAndSchema(config: ISiteConfiguration, additions: readonly IFieldAddition[]): IHealthFinding[] {
  const findings: IHealthFinding[] = [];
  for (const def of ALL_LISTS) {
    const onSite = config.lists[def.key];
    const holder = config.otherLists?.find(o => o.title.toLowerCase() === def.title.toLowerCase());
    if (holder) {
      // With the Hub list missing, adding (or re-adding) the app fails on this title.
      findings.push({ kind: 'titleClash', risk: onSite ? 'medium' : 'high', expectedTitle: def.title, otherListUrl: holder.serverRelativeUrl, listTitle: onSite?.title });
    }
    if (!onSite) continue;
    if (onSite.title !== def.title) {
      findings.push({
        kind: 'titleChanged', risk: 'low', listTitle: onSite.title, expectedTitle: def.title,
        fix: holder ? undefined : [{ kind: 'renameList', list: def.key, listTitle: onSite.title, title: def.title }]
      });
    }
    if (def.versioning && onSite.versioning === false) {
      // Who decided visits, and when, is read from these lists' versions: without them a change leaves no trace.
      findings.push({ kind: 'versioningOff', risk: 'high', listTitle: onSite.title, fix: [{ kind: 'enableVersioning', list: def.key, listTitle: onSite.title }] });
    }
    if (!onSite.fieldNames) continue;
    const have = new Set(onSite.fieldNames.map(n => n.toLowerCase()));
    const missing = def.fields.filter(f => !have.has(f.name.toLowerCase()));
    if (!missing.length) continue;
    const fix: SetupAction[] = [];
    for (const field of missing) {
      const addition = additions.find(a => a.list === def.key && a.field === field.name);
      // A lookup can be added only once the list it looks up is on the site.
      if (!addition || (addition.lookupTarget && !config.lists[addition.lookupTarget])) break;
      fix.push({
        kind: 'addField', list: def.key, listTitle: onSite.title, field: field.name, displayName: field.displayName,
        schemaXml: addition.schemaXml, ...(addition.lookupTarget ? { lookupTarget: addition.lookupTarget } : {})
      });
    }
    findings.push({
      kind: 'schemaNewer', risk: 'high', listTitle: onSite.title, fields: missing.map(f => f.displayName),
      fix: fix.length === missing.length ? fix : undefined
    });
  }
  return findings;
}
