// British English; SharePoint falls back to this file for every locale, en-GB included.
define([], function () {
  return {
    "PropertyPaneDescription": "Find councillors: party, ward, cabinet role, committees, outside appointments and skills.",
    "SettingsGroupName": "Settings",
    "TitleFieldLabel": "Title",
    "SiteUrlFieldLabel": "Site holding the Hub lists",
    "SiteUrlFieldDescription": "Full address of the site, e.g. https://council.sharepoint.com/sites/members. Leave blank to use this site.",
    "ComingSoon": "The member directory will appear here."
  };
});
