// Generated from src/schema and src/schema/releases by `npm run provisioning`; edit those, not this file.
/* eslint-disable */
import type { IFieldAddition } from './schemaChanges';

/** Fields the lists of an earlier release lack; Hub administration adds them (see tools/provisioning/upgradeActions.ts). */
export const FIELD_ADDITIONS: readonly IFieldAddition[] = [
  {
    "list": "members",
    "field": "ModernGovId",
    "displayName": "ModernGov id",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{7b94e887-d084-5a36-a433-ae1768688805}\" Name=\"ModernGovId\" StaticName=\"ModernGovId\" DisplayName=\"ModernGov id\" Description=\"The councillor’s id on the council’s ModernGov site (councillorid, the UID in its links); the import matches by it.\" Type=\"Text\" MaxLength=\"20\" Required=\"FALSE\" Indexed=\"TRUE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "members",
    "field": "InterestsRegister",
    "displayName": "Register of interests",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{11c04cff-4231-5ca6-a36c-48c2305a95e5}\" Name=\"InterestsRegister\" StaticName=\"InterestsRegister\" DisplayName=\"Register of interests\" Description=\"Where the council publishes the member’s register of interests (Localism Act 2011 s.29); the ModernGov import fills it.\" Type=\"URL\" Format=\"Hyperlink\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "committees",
    "field": "VotingSeats",
    "displayName": "Voting seats",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{545c05e1-0375-5a26-a6c7-d79103e0f632}\" Name=\"VotingSeats\" StaticName=\"VotingSeats\" DisplayName=\"Voting seats\" Description=\"How many voting seats the body has, filled or not: places not filled show as vacant. Blank: the seats now filled.\" Type=\"Number\" Min=\"1\" Max=\"99\" Decimals=\"0\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "directorates",
    "field": "DirectorAway",
    "displayName": "Director recorded as away",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{910be12a-e4a1-5a07-a585-a742f6eaa992}\" Name=\"DirectorAway\" StaticName=\"DirectorAway\" DisplayName=\"Director recorded as away\" Description=\"While set, visit requests the Director would decide go to the stand-in.\" Type=\"Boolean\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\"><Default>0</Default></Field>"
  },
  {
    "list": "directorates",
    "field": "StandIn",
    "displayName": "Stand-in when the Director is away or the post vacant",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{ed8e3422-6051-5fe6-a54c-283001d11b40}\" Name=\"StandIn\" StaticName=\"StandIn\" DisplayName=\"Stand-in when the Director is away or the post vacant\" Description=\"Blank: the Deputy Chief Executive (Senior roles) stands in.\" Type=\"User\" List=\"UserInfo\" ShowField=\"ImnName\" UserSelectionMode=\"PeopleOnly\" UserSelectionScope=\"0\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "premises",
    "field": "ContactService",
    "displayName": "Service to contact",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{c60fb693-67dc-5922-aa1e-062fc296da48}\" Name=\"ContactService\" StaticName=\"ContactService\" DisplayName=\"Service to contact\" Description=\"The service members should ask about these premises instead of visiting, e.g. Tenancy Management for an occupied council house.\" Type=\"Lookup\" List=\"Lists/MohServices\" ShowField=\"Title\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />",
    "lookupTarget": "services"
  },
  {
    "list": "premises",
    "field": "PPERequired",
    "displayName": "Personal protective equipment required",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{d542b8b3-1c1e-556a-a881-748159d999e7}\" Name=\"PPERequired\" StaticName=\"PPERequired\" DisplayName=\"Personal protective equipment required\" Type=\"Boolean\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\"><Default>0</Default></Field>"
  },
  {
    "list": "premises",
    "field": "EscortRequired",
    "displayName": "Visitors must be escorted",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{9c1b86a5-2ff1-5469-a054-8b9ba49bb26e}\" Name=\"EscortRequired\" StaticName=\"EscortRequired\" DisplayName=\"Visitors must be escorted\" Type=\"Boolean\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\"><Default>0</Default></Field>"
  },
  {
    "list": "premises",
    "field": "OpenToPublic",
    "displayName": "Open to the public",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{93c4abce-2079-55b2-a245-9ff4e3afda85}\" Name=\"OpenToPublic\" StaticName=\"OpenToPublic\" DisplayName=\"Open to the public\" Description=\"Members may go in as any member of the public does; a visit request is only needed for more (protocol §20).\" Type=\"Boolean\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\"><Default>0</Default></Field>"
  },
  {
    "list": "sensitivePeriods",
    "field": "Wards",
    "displayName": "Wards it applies to",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{0004c7bd-9960-5537-a21b-2ac96158248d}\" Name=\"Wards\" StaticName=\"Wards\" DisplayName=\"Wards it applies to\" Description=\"Blank: the whole council area (e.g. the pre-election period); a by-election names its ward.\" Type=\"LookupMulti\" Mult=\"TRUE\" List=\"Lists/MohWards\" ShowField=\"Title\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />",
    "lookupTarget": "wards"
  },
  {
    "list": "visitRequests",
    "field": "SubmissionKey",
    "displayName": "Submission key",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{021006c4-6acf-51d9-a091-64bb454d43c5}\" Name=\"SubmissionKey\" StaticName=\"SubmissionKey\" DisplayName=\"Submission key\" Description=\"Made by the form when the draft starts; the list refuses a second request with the same key.\" Type=\"Text\" MaxLength=\"36\" Required=\"TRUE\" Indexed=\"TRUE\" EnforceUniqueValues=\"TRUE\" />"
  },
  {
    "list": "visitRequests",
    "field": "ProposedEnd",
    "displayName": "Proposed end",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{a07e9b47-6df5-5f3d-a7d2-1b93551b7624}\" Name=\"ProposedEnd\" StaticName=\"ProposedEnd\" DisplayName=\"Proposed end\" Type=\"DateTime\" Format=\"DateTime\" Required=\"TRUE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "AlternativeStart",
    "displayName": "Alternative start",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{180fdcdd-7545-5af7-a9b8-03fdf918e366}\" Name=\"AlternativeStart\" StaticName=\"AlternativeStart\" DisplayName=\"Alternative start\" Type=\"DateTime\" Format=\"DateTime\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "AlternativeEnd",
    "displayName": "Alternative end",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{0a46b2ec-a49c-5236-ac66-a5c2d2f99f45}\" Name=\"AlternativeEnd\" StaticName=\"AlternativeEnd\" DisplayName=\"Alternative end\" Type=\"DateTime\" Format=\"DateTime\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "AttendingMembers",
    "displayName": "Other members attending",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{fd847949-af9c-5a0f-a9d2-c7bf2b73d767}\" Name=\"AttendingMembers\" StaticName=\"AttendingMembers\" DisplayName=\"Other members attending\" Type=\"LookupMulti\" Mult=\"TRUE\" List=\"Lists/MohMembers\" ShowField=\"Title\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />",
    "lookupTarget": "members"
  },
  {
    "list": "visitRequests",
    "field": "OtherAttendees",
    "displayName": "Attendees who are not councillors",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{ecaf00e3-ee3f-5c29-a1ed-81b6d15737a9}\" Name=\"OtherAttendees\" StaticName=\"OtherAttendees\" DisplayName=\"Attendees who are not councillors\" Description=\"Each as &quot;name | organisation&quot;, separated by semicolons.\" Type=\"Text\" MaxLength=\"255\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "IncludesNonCouncillors",
    "displayName": "Includes people who are not councillors",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{71a167c4-d651-5478-ad03-c0eaac7b9074}\" Name=\"IncludesNonCouncillors\" StaticName=\"IncludesNonCouncillors\" DisplayName=\"Includes people who are not councillors\" Type=\"Boolean\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\"><Default>0</Default></Field>"
  },
  {
    "list": "visitRequests",
    "field": "NeedsAdjustments",
    "displayName": "Someone attending needs adjustments",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{5eb3ed4f-3e4a-5b11-a3d8-b91826982623}\" Name=\"NeedsAdjustments\" StaticName=\"NeedsAdjustments\" DisplayName=\"Someone attending needs adjustments\" Description=\"The premises contact gets in touch to arrange them; no details of anyone’s needs are kept here.\" Type=\"Boolean\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\"><Default>0</Default></Field>"
  },
  {
    "list": "visitRequests",
    "field": "HealthAndSafetyAcknowledged",
    "displayName": "Will follow health and safety instructions",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{2cac8fab-15c6-51a6-a51b-91bb5a6f8e7c}\" Name=\"HealthAndSafetyAcknowledged\" StaticName=\"HealthAndSafetyAcknowledged\" DisplayName=\"Will follow health and safety instructions\" Type=\"Boolean\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\"><Default>0</Default></Field>"
  },
  {
    "list": "visitRequests",
    "field": "RoutedTo",
    "displayName": "Routed to (as entered)",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{8ba64d08-96d5-5099-ac21-49376d62ff7a}\" Name=\"RoutedTo\" StaticName=\"RoutedTo\" DisplayName=\"Routed to (as entered)\" Description=\"Display only: who decides is recomputed from premises, directorates and senior roles.\" Type=\"User\" List=\"UserInfo\" ShowField=\"ImnName\" UserSelectionMode=\"PeopleOnly\" UserSelectionScope=\"0\" Required=\"FALSE\" Indexed=\"TRUE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "RoutingNote",
    "displayName": "Why it was routed there",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{c07bf712-dd5b-5126-a1c0-2e33c1cb8b20}\" Name=\"RoutingNote\" StaticName=\"RoutingNote\" DisplayName=\"Why it was routed there\" Type=\"Text\" MaxLength=\"255\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "EscortOfficer",
    "displayName": "Condition: escort officer",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{59e2b5de-0956-531b-a577-322c04f68a33}\" Name=\"EscortOfficer\" StaticName=\"EscortOfficer\" DisplayName=\"Condition: escort officer\" Type=\"Text\" MaxLength=\"255\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "PPECondition",
    "displayName": "Condition: protective equipment",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{924c0cb2-de88-5a61-a424-c9622ae36a7f}\" Name=\"PPECondition\" StaticName=\"PPECondition\" DisplayName=\"Condition: protective equipment\" Type=\"Text\" MaxLength=\"255\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "AreasExcluded",
    "displayName": "Condition: areas excluded",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{d3e58e77-6170-5721-a32a-d8e30b72f2ab}\" Name=\"AreasExcluded\" StaticName=\"AreasExcluded\" DisplayName=\"Condition: areas excluded\" Type=\"Text\" MaxLength=\"255\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "TimeWindow",
    "displayName": "Condition: time window",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{2c4f4439-c891-5883-a424-c1520a29fcea}\" Name=\"TimeWindow\" StaticName=\"TimeWindow\" DisplayName=\"Condition: time window\" Type=\"Text\" MaxLength=\"255\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "HealthAndSafetyFinding",
    "displayName": "Health and safety finding",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{ac6aad0a-7400-5c9f-a929-24d83829104c}\" Name=\"HealthAndSafetyFinding\" StaticName=\"HealthAndSafetyFinding\" DisplayName=\"Health and safety finding\" Type=\"Choice\" Format=\"Dropdown\" FillInChoice=\"FALSE\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\"><CHOICES><CHOICE>No concerns</CHOICE><CHOICE>Concerns met by conditions</CHOICE><CHOICE>Concerns – decline</CHOICE></CHOICES></Field>"
  },
  {
    "list": "visitRequests",
    "field": "HealthAndSafetyNote",
    "displayName": "Health and safety note",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{b5867453-414c-53ba-a136-c1c90ee2884c}\" Name=\"HealthAndSafetyNote\" StaticName=\"HealthAndSafetyNote\" DisplayName=\"Health and safety note\" Type=\"Text\" MaxLength=\"255\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "SensitivityFinding",
    "displayName": "Sensitivity finding",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{80bfc980-c8d3-5c24-ab1d-4625107bc525}\" Name=\"SensitivityFinding\" StaticName=\"SensitivityFinding\" DisplayName=\"Sensitivity finding\" Type=\"Choice\" Format=\"Dropdown\" FillInChoice=\"FALSE\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\"><CHOICES><CHOICE>No concerns</CHOICE><CHOICE>Concerns met by conditions</CHOICE><CHOICE>Concerns – decline</CHOICE></CHOICES></Field>"
  },
  {
    "list": "visitRequests",
    "field": "SensitivityNote",
    "displayName": "Sensitivity note",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{7762236a-8a83-55b3-a44c-07a654029728}\" Name=\"SensitivityNote\" StaticName=\"SensitivityNote\" DisplayName=\"Sensitivity note\" Type=\"Text\" MaxLength=\"255\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "TimingFinding",
    "displayName": "Timing finding",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{57fb4fd0-c328-5c0c-a2d2-09c1769d794c}\" Name=\"TimingFinding\" StaticName=\"TimingFinding\" DisplayName=\"Timing finding\" Type=\"Choice\" Format=\"Dropdown\" FillInChoice=\"FALSE\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\"><CHOICES><CHOICE>No concerns</CHOICE><CHOICE>Concerns met by conditions</CHOICE><CHOICE>Concerns – decline</CHOICE></CHOICES></Field>"
  },
  {
    "list": "visitRequests",
    "field": "TimingNote",
    "displayName": "Timing note",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{b0815895-46ad-5b0a-a6e5-153377245982}\" Name=\"TimingNote\" StaticName=\"TimingNote\" DisplayName=\"Timing note\" Type=\"Text\" MaxLength=\"255\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "NeededForDuties",
    "displayName": "Needed for the member’s duties",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{c4d238c6-7d61-5bf4-a58d-ba0e602ed235}\" Name=\"NeededForDuties\" StaticName=\"NeededForDuties\" DisplayName=\"Needed for the member’s duties\" Type=\"Choice\" Format=\"Dropdown\" FillInChoice=\"FALSE\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\"><CHOICES><CHOICE>Yes</CHOICE><CHOICE>Partly</CHOICE><CHOICE>No</CHOICE></CHOICES></Field>"
  },
  {
    "list": "visitRequests",
    "field": "NewProposedStart",
    "displayName": "Other date proposed: start",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{427c8669-1a8f-5f7a-a5fd-5d23b1cafa0f}\" Name=\"NewProposedStart\" StaticName=\"NewProposedStart\" DisplayName=\"Other date proposed: start\" Type=\"DateTime\" Format=\"DateTime\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  },
  {
    "list": "visitRequests",
    "field": "NewProposedEnd",
    "displayName": "Other date proposed: end",
    "missingFrom": [
      "1.0.0.0"
    ],
    "schemaXml": "<Field ID=\"{3dcbe908-0eb0-5712-a9fc-dc17beb26711}\" Name=\"NewProposedEnd\" StaticName=\"NewProposedEnd\" DisplayName=\"Other date proposed: end\" Type=\"DateTime\" Format=\"DateTime\" Required=\"FALSE\" Indexed=\"FALSE\" EnforceUniqueValues=\"FALSE\" />"
  }
];
