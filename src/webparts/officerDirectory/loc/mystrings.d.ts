declare interface IOfficerDirectoryWebPartStrings {
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  TitleFieldLabel: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
  SiteUrlInvalid: string;
  ComingSoon: string;
}

declare module 'OfficerDirectoryWebPartStrings' {
  const strings: IOfficerDirectoryWebPartStrings;
  export = strings;
}
