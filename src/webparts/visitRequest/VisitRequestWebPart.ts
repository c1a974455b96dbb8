import type * as React from 'react';
import { type IPropertyPaneConfiguration, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'VisitRequestWebPartStrings';
import { HubWebPart } from '../../common/webpart/HubWebPart';
import { hubPropertyPane } from '../../common/webpart/hubPropertyPane';
import { GraphNotifier } from '../../data/notifications/GraphNotifier';
import { officerDirectoryAt } from '../../domain/officers/officerDirectoryAddress';
import { democraticServicesAddress, wireVisitRequest, type IVisitRequestWebPartProps } from './wireVisitRequest';

export type { IVisitRequestWebPartProps };

export default class VisitRequestWebPart extends HubWebPart<IVisitRequestWebPartProps> {
  // Asked for only when a message is sent: a page view costs no Graph token.
  private readonly notifier = new GraphNotifier(() => this.context.msGraphClientFactory.getClient('3'));

  protected createElement(): React.ReactElement {
    return wireVisitRequest(this.sp, this.instanceId, this.properties, this.notifier);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return hubPropertyPane(strings, [
      PropertyPaneSlider('minimumNoticeWorkingDays', { label: strings.MinimumNoticeFieldLabel, min: 0, max: 30, step: 1 }),
      PropertyPaneTextField('democraticServicesEmail', {
        label: strings.DemocraticServicesEmailLabel, description: strings.DemocraticServicesEmailDescription,
        onGetErrorMessage: (value: string) => (value.trim() && !democraticServicesAddress(value) ? strings.DemocraticServicesEmailInvalid : '')
      }),
      PropertyPaneTextField('officerDirectoryUrl', {
        label: strings.OfficerDirectoryUrlLabel, description: strings.OfficerDirectoryUrlDescription,
        onGetErrorMessage: (value: string) => (value.trim() && !officerDirectoryAt(value, window.location.href) ? strings.OfficerDirectoryUrlInvalid : '')
      })
    ]);
  }
}
