// British English; SharePoint falls back to this file for every locale, en-GB included.
define([], function () {
  return {
    "PropertyPaneDescription": "Members ask to visit council premises or land; the Director decides and the member sees why.",
    "SettingsGroupName": "Settings",
    "TitleFieldLabel": "Title",
    "SiteUrlFieldLabel": "Site holding the Hub lists",
    "SiteUrlInvalid": "Enter the full https:// address of a SharePoint site (not a list or page), or leave this blank.",
    "SiteUrlFieldDescription": "Full address of the site, e.g. https://council.sharepoint.com/sites/members. Leave blank to use this site.",
    "ComingSoon": "Premises visit requests will appear here."
  };
});
