import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import type { IHubWebPartProps } from '../../common/webpart/HubWebPart';
import { serviceCache } from '../../common/webpart/serviceCache';
import type { ITokenProvider } from '../../data/notifications/mailPermission';
import type { ISiteSetupService } from '../../data/siteSetup/ISiteSetupService';
import { SpSiteSetupService } from '../../data/siteSetup/SpSiteSetupService';
import type { IMemberImportService } from '../../data/members/IMemberImportService';
import { SpMemberImportService } from '../../data/members/SpMemberImportService';
import type { IPostcodeUploadService } from '../../data/postcodes/IPostcodeUploadService';
import { SpPostcodeUploadService } from '../../data/postcodes/SpPostcodeUploadService';
import { resolveGroupNames } from '../../domain/siteSetup/groupNames';
import type { HubGroupNames } from '../../domain/siteSetup/types';
import type { HubGroup } from '../../schema/fieldTypes';
import { HubAdministration } from './components/HubAdministration';

export interface IHubAdministrationWebPartProps extends IHubWebPartProps {
  title: string;
  /** The council's names for the Hub's groups, keyed by the documented name; blank = the documented name. */
  groupNames?: Partial<Record<HubGroup, string>>;
  /** The council's ModernGov site (https): the import takes photos from it and links registers of interests there. */
  modernGovSite?: string;
}

// One service per site. Kept between renders, as the names are: a new service or names
// object would make the page read the site again.
const serviceFor = serviceCache<ISiteSetupService, string, ITokenProvider | undefined>(
  (sp, siteUrl, tokens) => new SpSiteSetupService(sp, siteUrl, tokens));
const importServiceFor = serviceCache<IMemberImportService>(sp => new SpMemberImportService(sp));
const postcodesFor = serviceCache<IPostcodeUploadService>(sp => new SpPostcodeUploadService(sp));
const resolvedNames = new Map<string, HubGroupNames>();

function groupNamesFor(configured: Partial<Record<HubGroup, string>>): HubGroupNames {
  const key = JSON.stringify(configured);
  let names = resolvedNames.get(key);
  if (!names) {
    names = resolveGroupNames(configured);
    resolvedNames.set(key, names);
  }
  return names;
}

/**
 * The Hub administration page as it ships: the web part class and the local preview both
 * render exactly this. `pageWebUrl` is the page's own site, used when no site is configured;
 * `tokens` is SPFx's AAD token provider (the preview's stand-in), for the Mail.Send check.
 */
export function wireHubAdministration(sp: SPFI, p: IHubAdministrationWebPartProps, pageWebUrl: string, tokens?: ITokenProvider): React.ReactElement {
  const siteUrl = (p.siteUrl ?? '').trim() || pageWebUrl;
  return React.createElement(HubAdministration, {
    title: p.title, service: serviceFor(sp, siteUrl, tokens), groupNames: groupNamesFor(p.groupNames ?? {}),
    importService: importServiceFor(sp, ''), modernGovSite: p.modernGovSite?.trim() || undefined,
    postcodes: postcodesFor(sp, '')
  });
}
