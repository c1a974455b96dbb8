import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import { wireMemberDirectory } from '../../src/webparts/memberDirectory/wireMemberDirectory';
import { OfficerDirectory } from '../../src/webparts/officerDirectory/components/OfficerDirectory';
import { VisitRequest } from '../../src/webparts/visitRequest/components/VisitRequest';

/**
 * The web parts on the preview page, each rendered by the same wiring function its
 * web-part class calls, with the properties its manifest preconfigures and a fixed
 * instance id (SharePoint gives each instance a GUID; its URL parameters are scoped by it).
 */
export interface IPreviewWebPart {
  id: string;
  Render: (props: { sp: SPFI }) => React.ReactElement;
}

export const PREVIEW_WEB_PARTS: IPreviewWebPart[] = [
  {
    id: 'member-directory',
    Render: ({ sp }) => wireMemberDirectory(sp, '3a7c21d0-0000-4000-8000-000000000001', {
      title: 'Councillors', defaultView: 'cards', pageSize: 24
    })
  },
  { id: 'officer-directory', Render: () => <OfficerDirectory title="Officers and liaison officers" /> },
  { id: 'visit-request', Render: () => <VisitRequest title="Visits to council premises and land" /> }
];
