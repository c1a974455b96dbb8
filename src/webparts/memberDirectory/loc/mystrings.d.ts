declare interface IMemberDirectoryWebPartStrings {
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  TitleFieldLabel: string;
  SiteUrlFieldLabel: string;
  SiteUrlFieldDescription: string;
  ComingSoon: string;
}

declare module 'MemberDirectoryWebPartStrings' {
  const strings: IMemberDirectoryWebPartStrings;
  export = strings;
}
