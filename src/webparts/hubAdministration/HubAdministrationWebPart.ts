import * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'HubAdministrationWebPartStrings';
import { HubWebPart, type IHubWebPartProps } from '../../common/HubWebPart';
import { hubPropertyPane } from '../../common/hubPropertyPane';
import { SpSiteSetupService } from '../../data/siteSetup';
import { DEFAULT_GROUP_NAMES, resolveGroupNames } from '../../domain/siteSetup';
import type { HubGroupNames } from '../../domain/siteSetup';
import type { HubGroup } from '../../schema/fieldTypes';
import { HUB_GROUPS } from '../../schema/sitePermissions';
import { HubAdministration } from './components/HubAdministration';
import { groupNameMessage } from './components/groupNameMessage';

export interface IHubAdministrationWebPartProps extends IHubWebPartProps {
  title: string;
  /** The council's names for the Hub's groups, keyed by the documented name; blank = the documented name. */
  groupNames?: Partial<Record<HubGroup, string>>;
}

export default class HubAdministrationWebPart extends HubWebPart<IHubAdministrationWebPartProps> {
  // Kept between renders: a new service or names object would make the page read the site again.
  private service?: { siteUrl: string; instance: SpSiteSetupService };
  private names?: { key: string; value: HubGroupNames };

  protected createElement(): React.ReactElement {
    const siteUrl = (this.properties.siteUrl ?? '').trim() || this.context.pageContext.web.absoluteUrl;
    if (this.service?.siteUrl !== siteUrl) {
      // The Graph token SPFx gets for this user carries the tenant's approved scopes: the Mail.Send check reads them.
      const tokens = { getToken: async (resource: string) => (await this.context.aadTokenProviderFactory.getTokenProvider()).getToken(resource) };
      this.service = { siteUrl, instance: new SpSiteSetupService(this.sp, siteUrl, tokens) };
    }
    const key = JSON.stringify(this.properties.groupNames ?? {});
    if (this.names?.key !== key) this.names = { key, value: resolveGroupNames(this.properties.groupNames ?? {}) };
    return React.createElement(HubAdministration, { title: this.properties.title, service: this.service.instance, groupNames: this.names.value });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const names = this.properties.groupNames ?? {};
    return hubPropertyPane(strings, [], [{
      groupName: strings.GroupNamesGroupName,
      groupFields: HUB_GROUPS.map(g => PropertyPaneTextField(`groupNames.${g.title}`, {
        label: g.title,
        placeholder: DEFAULT_GROUP_NAMES[g.title],
        description: strings.GroupNamesDescription,
        onGetErrorMessage: (value: string) => groupNameMessage(value, g.title, names)
      }))
    }]);
  }
}
