import type * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'HubAdministrationWebPartStrings';
import { HubWebPart } from '../../common/webpart/HubWebPart';
import { hubPropertyPane } from '../../common/webpart/hubPropertyPane';
import { modernGovSettingsGroup } from '../../common/webpart/modernGovSettingsGroup';
import { DEFAULT_GROUP_NAMES } from '../../domain/siteSetup';
import { HUB_GROUPS } from '../../schema/sitePermissions';
import { groupNameMessage } from './components/groupNameMessage';
import { wireHubAdministration, type IHubAdministrationWebPartProps } from './wireHubAdministration';

export type { IHubAdministrationWebPartProps };

export default class HubAdministrationWebPart extends HubWebPart<IHubAdministrationWebPartProps> {
  // The Graph token SPFx gets for this user carries the tenant's approved scopes: the Mail.Send check reads them.
  private readonly tokens = {
    getToken: async (resource: string): Promise<string> => (await this.context.aadTokenProviderFactory.getTokenProvider()).getToken(resource)
  };

  protected createElement(): React.ReactElement {
    return wireHubAdministration(this.sp, this.properties, this.context.pageContext.web.absoluteUrl, this.tokens);
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
    }, modernGovSettingsGroup(strings)]);
  }
}
