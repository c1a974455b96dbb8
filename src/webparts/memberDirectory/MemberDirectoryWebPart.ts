import * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'MemberDirectoryWebPartStrings';
import { HubWebPart, type IHubWebPartProps } from '../../common/HubWebPart';
import { MemberDirectory } from './components/MemberDirectory';

export interface IMemberDirectoryWebPartProps extends IHubWebPartProps {
  title: string;
}

export default class MemberDirectoryWebPart extends HubWebPart<IMemberDirectoryWebPartProps> {
  protected createElement(): React.ReactElement {
    return React.createElement(MemberDirectory, { title: this.properties.title });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{
        header: { description: strings.PropertyPaneDescription },
        groups: [{
          groupName: strings.SettingsGroupName,
          groupFields: [
            PropertyPaneTextField('title', { label: strings.TitleFieldLabel }),
            PropertyPaneTextField('siteUrl', {
              label: strings.SiteUrlFieldLabel,
              description: strings.SiteUrlFieldDescription
            })
          ]
        }]
      }]
    };
  }
}
