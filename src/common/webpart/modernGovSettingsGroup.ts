import { type IPropertyPaneField, type IPropertyPaneGroup, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { httpsHostOf } from '../../domain/shared/safeLinks';
import type { IModernGovSettingsStrings } from './hubStrings';

/**
 * The council's ModernGov site: photos imported from it are shown, and the import links each
 * member's register of interests there. Checked as typed: an https address or blank.
 */
export function modernGovSettingsGroup(strings: IModernGovSettingsStrings, extraFields: IPropertyPaneField<unknown>[] = []): IPropertyPaneGroup {
  return {
    groupName: strings.ModernGovGroupName,
    groupFields: [
      PropertyPaneTextField('modernGovSite', {
        label: strings.ModernGovSiteFieldLabel,
        description: strings.ModernGovSiteFieldDescription,
        deferredValidationTime: 800,
        onGetErrorMessage: (value: string) => (value?.trim() && !httpsHostOf(value) ? strings.ModernGovSiteInvalid : '')
      }),
      ...extraFields
    ]
  };
}
