import * as strings from 'HubAdministrationWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { IHealthFinding } from '../../../domain/siteSetup';

/** A finding's headline and its risk, in plain words. */
export function describeHealthFinding(f: IHealthFinding): { title: string; risk: string } {
  const onSite = f.listTitle === undefined;
  const p = f.principal ?? '';
  const level = f.level ?? '';
  const list = f.listTitle ?? '';
  switch (f.kind) {
    case 'listsMissing': return { title: formatText(strings.HealthListsMissing, (f.lists ?? []).join(', ')), risk: strings.HealthListsMissingRisk };
    case 'levelMissing': return { title: formatText(strings.HealthLevelMissing, level), risk: strings.HealthLevelMissingRisk };
    case 'levelChanged': return { title: formatText(strings.HealthLevelChanged, level), risk: strings.HealthLevelChangedRisk };
    case 'groupMissing': return { title: formatText(strings.HealthGroupMissing, p), risk: strings.HealthGroupMissingRisk };
    case 'inheritsSite': return { title: formatText(strings.HealthInheritsSite, list), risk: strings.HealthInheritsSiteRisk };
    case 'itemSecurityOff': return { title: formatText(strings.HealthItemSecurityOff, list), risk: strings.HealthItemSecurityOffRisk };
    case 'groupTooPowerful':
      return { title: formatText(onSite ? strings.HealthGroupTooPowerfulWeb : strings.HealthGroupTooPowerfulList, p, level, list), risk: strings.HealthGroupTooPowerfulRisk };
    case 'groupLacksLevel':
      return { title: formatText(onSite ? strings.HealthGroupLacksLevelWeb : strings.HealthGroupLacksLevelList, p, level, list), risk: strings.HealthGroupLacksLevelRisk };
    case 'notInDesign':
      return { title: formatText(onSite ? strings.HealthNotInDesignWeb : strings.HealthNotInDesignList, p, level, list), risk: strings.HealthNotInDesignRisk };
    case 'indexMissing': return { title: formatText(strings.HealthIndexMissing, list, f.field ?? ''), risk: strings.HealthIndexMissingRisk };
    case 'largeListWithoutIndex':
      return { title: formatText(strings.HealthLargeListWithoutIndex, list, f.field ?? '', (f.itemCount ?? 0).toLocaleString('en-GB')), risk: strings.HealthLargeListWithoutIndexRisk };
    case 'titleClash':
      return f.listTitle === undefined
        ? { title: formatText(strings.HealthTitleClashMissing, f.expectedTitle ?? '', f.otherListUrl ?? ''), risk: strings.HealthTitleClashMissingRisk }
        : { title: formatText(strings.HealthTitleClash, f.expectedTitle ?? '', f.otherListUrl ?? '', list), risk: strings.HealthTitleClashRisk };
    case 'versioningOff': return { title: formatText(strings.HealthVersioningOff, list), risk: strings.HealthVersioningOffRisk };
    case 'titleChanged': return { title: formatText(strings.HealthTitleChanged, list, f.expectedTitle ?? ''), risk: strings.HealthTitleChangedRisk };
    case 'mailNotGranted': return { title: strings.HealthMailNotGranted, risk: strings.HealthMailNotGrantedRisk };
    case 'mailUnchecked': return { title: formatText(strings.HealthMailUnchecked, f.detail ?? ''), risk: strings.HealthMailUncheckedRisk };
    case 'sitePermissionsUnchecked':
      return {
        title: f.detail ? formatText(strings.HealthSitePermissionsUnchecked, f.detail) : strings.HealthSitePermissionsUncheckedNoReason,
        risk: strings.HealthSitePermissionsUncheckedRisk
      };
    case 'schemaNewer':
      return { title: formatText(strings.HealthSchemaNewer, list, (f.fields ?? []).map(n => formatText(strings.HealthColumnName, n)).join(', ')), risk: strings.HealthSchemaNewerRisk };
  }
}
