import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { HubWebPart, type IHubWebPartProps } from '../../common/HubWebPart';
import { hubPropertyPane } from '../../common/hubPropertyPane';
import { OfficerDirectory } from './components/OfficerDirectory';

export interface IOfficerDirectoryWebPartProps extends IHubWebPartProps {
  title: string;
}

export default class OfficerDirectoryWebPart extends HubWebPart<IOfficerDirectoryWebPartProps> {
  protected createElement(): React.ReactElement {
    return React.createElement(OfficerDirectory, { title: this.properties.title });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return hubPropertyPane(strings);
  }
}
