import type * as React from 'react';
import {
  type IPropertyPaneConfiguration, PropertyPaneDropdown, PropertyPaneSlider, PropertyPaneTextField, PropertyPaneToggle
} from '@microsoft/sp-property-pane';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { HubWebPart } from '../../common/webpart/HubWebPart';
import { GraphNotifier } from '../../data/notifications/GraphNotifier';
import { hubPropertyPane } from '../../common/webpart/hubPropertyPane';
import { wireOfficerDirectory, type IOfficerDirectoryWebPartProps } from './wireOfficerDirectory';

export type { IOfficerDirectoryWebPartProps };

export default class OfficerDirectoryWebPart extends HubWebPart<IOfficerDirectoryWebPartProps> {
  // Asked for only when a reminder is sent: a page view costs no Graph token.
  private readonly notifier = new GraphNotifier(() => this.context.msGraphClientFactory.getClient('3'));

  protected createElement(): React.ReactElement {
    return wireOfficerDirectory(this.sp, this.instanceId, this.properties, this.notifier);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return hubPropertyPane(strings, [
      PropertyPaneDropdown('defaultMode', {
        label: strings.DefaultModeFieldLabel,
        options: [{ key: 'liaison', text: strings.ModeLiaison }, { key: 'search', text: strings.ModeSearch }]
      }),
      PropertyPaneSlider('pageSize', { label: strings.PageSizeFieldLabel, min: 5, max: 100, step: 5 }),
      PropertyPaneSlider('reviewMonths', { label: strings.ReviewMonthsFieldLabel, min: 1, max: 36, step: 1 }),
      PropertyPaneTextField('responseStandard', {
        label: strings.ResponseStandardFieldLabel, description: strings.ResponseStandardFieldDescription, multiline: true, rows: 3
      }),
      PropertyPaneToggle('formalNames', { label: strings.FormalNamesFieldLabel })
    ]);
  }
}
