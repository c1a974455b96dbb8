import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import { MemberDirectory } from '../../src/webparts/memberDirectory/components/MemberDirectory';
import { OfficerDirectory } from '../../src/webparts/officerDirectory/components/OfficerDirectory';
import { VisitRequest } from '../../src/webparts/visitRequest/components/VisitRequest';
import { SpMemberDirectoryService } from '../../src/data/members/SpMemberDirectoryService';
import { REFINER_KEYS } from '../../src/domain/members/refiners';
import { HubAdministration } from '../../src/webparts/hubAdministration/components/HubAdministration';
import { SpSiteSetupService } from '../../src/data/siteSetup';
import { DEFAULT_GROUP_NAMES } from '../../src/domain/siteSetup';

/**
 * The web parts on the preview page, wired as their web-part classes wire them in
 * SharePoint: real services over the one PnPjs factory, created once per page.
 */
export interface IPreviewWebPart {
  id: string;
  Render: (props: IPreviewWebPartProps) => React.ReactElement;
}

export interface IPreviewWebPartProps {
  sp: SPFI;
  /** The site's absolute URL, as SPFx's pageContext gives it. */
  webUrl: string;
}

function PreviewMemberDirectory(props: { sp: SPFI }): React.ReactElement {
  const service = React.useMemo(() => new SpMemberDirectoryService(props.sp), [props.sp]);
  return <MemberDirectory title="Councillors" service={service} defaultView="cards" pageSize={24} refiners={[...REFINER_KEYS]} />;
}

function PreviewHubAdministration(props: IPreviewWebPartProps): React.ReactElement {
  const service = React.useMemo(() => new SpSiteSetupService(props.sp, props.webUrl), [props.sp, props.webUrl]);
  return <HubAdministration title="Hub administration" service={service} groupNames={DEFAULT_GROUP_NAMES} />;
}

export const PREVIEW_WEB_PARTS: IPreviewWebPart[] = [
  { id: 'member-directory', Render: PreviewMemberDirectory },
  { id: 'officer-directory', Render: () => <OfficerDirectory title="Officers and liaison officers" /> },
  { id: 'visit-request', Render: () => <VisitRequest title="Visits to council premises and land" /> },
  { id: 'hub-administration', Render: PreviewHubAdministration }
];
