import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'VisitRequestWebPartStrings';
import { HubWebPart, type IHubWebPartProps } from '../../common/HubWebPart';
import { hubPropertyPane } from '../../common/hubPropertyPane';
import { VisitRequest } from './components/VisitRequest';

export interface IVisitRequestWebPartProps extends IHubWebPartProps {
  title: string;
}

export default class VisitRequestWebPart extends HubWebPart<IVisitRequestWebPartProps> {
  protected createElement(): React.ReactElement {
    return React.createElement(VisitRequest, { title: this.properties.title });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return hubPropertyPane(strings);
  }
}
