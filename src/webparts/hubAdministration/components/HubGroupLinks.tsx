import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import * as strings from 'HubAdministrationWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { IHubGroupStatus } from '../../../domain/siteSetup';

// WCAG 2.2 target size: links one under another need room between them.
const groupList = mergeStyles({ selectors: { li: { margin: '12px 0' } } });

export interface IHubGroupLinksProps {
  groups: readonly IHubGroupStatus[];
  membersUrl(groupId: number): string;
}

/** The Hub's groups with a way into SharePoint's own membership page: membership stays the owner's job. */
export function HubGroupLinks(props: IHubGroupLinksProps): React.ReactElement {
  return (
    <section aria-labelledby="moh-admin-groups">
      <Text as="h3" variant="large" id="moh-admin-groups" block>{strings.GroupsHeading}</Text>
      <Text as="p" block>{strings.GroupsIntro}</Text>
      <ul className={groupList}>
        {props.groups.map(g => (
          <li key={g.group}>
            {g.id === undefined
              ? formatText(strings.GroupNotCreated, g.title)
              : <Link href={props.membersUrl(g.id)} target="_blank" rel="noopener noreferrer">{formatText(strings.GroupMembersLink, g.title)}</Link>}
          </li>
        ))}
      </ul>
    </section>
  );
}
