// The settings strings every Hub web part shares are declared once, in common/hubStrings.ts.
declare type IOfficerDirectoryWebPartStrings = import('../../../common/hubStrings').IHubSettingsStrings & {
  ComingSoon: string;
};

declare module 'OfficerDirectoryWebPartStrings' {
  const strings: IOfficerDirectoryWebPartStrings;
  export = strings;
}
