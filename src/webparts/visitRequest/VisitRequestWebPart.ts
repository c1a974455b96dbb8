import type * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneSlider } from '@microsoft/sp-property-pane';
import * as strings from 'VisitRequestWebPartStrings';
import { HubWebPart } from '../../common/webpart/HubWebPart';
import { hubPropertyPane } from '../../common/webpart/hubPropertyPane';
import { wireVisitRequest, type IVisitRequestWebPartProps } from './wireVisitRequest';

export type { IVisitRequestWebPartProps };

export default class VisitRequestWebPart extends HubWebPart<IVisitRequestWebPartProps> {
  protected createElement(): React.ReactElement {
    return wireVisitRequest(this.sp, this.instanceId, this.properties);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return hubPropertyPane(strings, [
      PropertyPaneSlider('minimumNoticeWorkingDays', { label: strings.MinimumNoticeFieldLabel, min: 0, max: 30, step: 1 })
    ]);
  }
}
