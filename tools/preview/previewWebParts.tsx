import * as React from 'react';
import type { SPFI } from '@pnp/sp';
import { wireMemberDirectory } from '../../src/webparts/memberDirectory/wireMemberDirectory';
import { wireOfficerDirectory } from '../../src/webparts/officerDirectory/wireOfficerDirectory';
import { wireVisitRequest } from '../../src/webparts/visitRequest/wireVisitRequest';
import { wireHubAdministration } from '../../src/webparts/hubAdministration/wireHubAdministration';
import { GraphNotifier } from '../../src/data/notifications/GraphNotifier';
import { createFetchGraph } from './fetchGraphClient';
import { SAMPLE_MODERNGOV_SITE } from '../seed/councilFacts';
import { EMPTY_OFFICER_URL_STATE, encodeOfficerUrl } from '../../src/domain/officers/officerUrlState';
import { urlScopeFor } from '../../src/domain/shared/urlScope';

/**
 * The web parts on the preview page, each rendered by the same wiring function its
 * web-part class calls, with the properties its manifest preconfigures and a fixed
 * instance id (SharePoint gives each instance a GUID; its URL parameters are scoped by it).
 */
export interface IPreviewWebPart {
  id: string;
  /**
   * The web part's wiring (what its class's createElement() returns). A plain function, no
   * hooks: the bench calls it outside React, before rendering, as HubWebPart does.
   */
  Render: (props: IPreviewWebPartProps) => React.ReactElement;
}

export interface IPreviewWebPartProps {
  sp: SPFI;
  /** The site's absolute URL, as SPFx's pageContext gives it. */
  webUrl: string;
}

/** Graph on the emulator's origin, as the page's session (SPFx's msGraphClientFactory and aadTokenProviderFactory in SharePoint). */
function previewGraph(webUrl: string): ReturnType<typeof createFetchGraph> {
  return createFetchGraph(new URL(webUrl).origin);
}

const OFFICER_DIRECTORY_INSTANCE = 'b51e9f42-0000-4000-8000-000000000002';

export const PREVIEW_WEB_PARTS: IPreviewWebPart[] = [
  {
    id: 'member-directory',
    Render: ({ sp }) => wireMemberDirectory(sp, '3a7c21d0-0000-4000-8000-000000000001', {
      title: 'Councillors', defaultView: 'cards', pageSize: 24, modernGovSite: SAMPLE_MODERNGOV_SITE
    })
  },
  {
    id: 'officer-directory',
    Render: ({ sp, webUrl }) => wireOfficerDirectory(sp, OFFICER_DIRECTORY_INSTANCE, {
      title: 'Officers and liaison officers', defaultMode: 'liaison', pageSize: 20, reviewMonths: 12,
      // The fictional sample council's standard; a real council types its own (the product ships none).
      responseStandard: 'Bramblecombe (sample council): officers acknowledge a member\u2019s enquiry within 2 working days and reply in full within 10.'
    }, new GraphNotifier(async () => previewGraph(webUrl).client))
  },
  {
    id: 'visit-request',
    Render: ({ sp, webUrl }) => wireVisitRequest(sp, 'd4e8a613-0000-4000-8000-000000000003', {
      title: 'Visits to council premises and land', minimumNoticeWorkingDays: 5,
      // The sample council's Democratic Services Manager, a site user (a real council types its team's mailbox).
      democraticServicesEmail: 'bethan.morgan@bramblecombe.example',
      // The officer directory is on this same page: its address as its "Copy link" gives it.
      officerDirectoryUrl: `/${encodeOfficerUrl({ ...EMPTY_OFFICER_URL_STATE, mode: 'liaison' }, '', urlScopeFor(OFFICER_DIRECTORY_INSTANCE))}`
    }, new GraphNotifier(async () => previewGraph(webUrl).client))
  },
  {
    id: 'hub-administration',
    Render: ({ sp, webUrl }) => wireHubAdministration(sp, { title: 'Hub administration', siteUrl: '', modernGovSite: SAMPLE_MODERNGOV_SITE }, webUrl, previewGraph(webUrl).tokens)
  }
];
