import * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'VisitRequestWebPartStrings';
import { HubWebPart, type IHubWebPartProps } from '../../common/HubWebPart';
import { VisitRequest } from './components/VisitRequest';

export interface IVisitRequestWebPartProps extends IHubWebPartProps {
  title: string;
}

export default class VisitRequestWebPart extends HubWebPart<IVisitRequestWebPartProps> {
  protected createElement(): React.ReactElement {
    return React.createElement(VisitRequest, { title: this.properties.title });
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
