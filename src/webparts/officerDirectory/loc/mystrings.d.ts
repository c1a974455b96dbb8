// The settings strings every Hub web part shares are declared once, in hubPropertyPane.ts.
declare type IOfficerDirectoryWebPartStrings = import('../../../common/hubPropertyPane').IHubSettingsStrings & {
  ComingSoon: string;
};

declare module 'OfficerDirectoryWebPartStrings' {
  const strings: IOfficerDirectoryWebPartStrings;
  export = strings;
}
