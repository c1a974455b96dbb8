import * as React from 'react';
import { DefaultButton, type IButton } from '@fluentui/react/lib/Button';
import { Notice } from '../../../common/components/Notice';
import { CopyLinkButton } from '../../../common/components/CopyLinkButton';
import { formatText } from '../../../domain/shared/formatText';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import * as strings from 'MemberDirectoryWebPartStrings';
import type { IMemberEntry } from '../../../domain/members/directoryIndex';
import type { IOwnProfileChanges } from '../../../domain/members/types';
import type { IMemberDirectoryService, ISavedSelfDescription } from '../../../data/members/IMemberDirectoryService';
import { EditProfileForm } from './EditProfileForm';
import { MemberOwnWords, MemberProfileHeader, MemberRoles } from './MemberProfileDetails';

export interface IMemberProfilePanelProps {
  /** The requested profile; undefined with `isOpen` means the link named no such member. */
  entry: IMemberEntry | undefined;
  isOpen: boolean;
  currentUserId: number | undefined;
  service: IMemberDirectoryService;
  today: string;
  idPrefix: string;
  onDismiss: () => void;
  /** After the close animation: the place to return focus. */
  onDismissed: () => void;
  onSaved: (memberId: number, changes: IOwnProfileChanges, saved: ISavedSelfDescription) => void;
  onReload: () => Promise<void>;
  linkToProfile: (memberId: number) => string;
}

/**
 * A councillor's full profile. Only the councillor themselves sees "Edit my profile": it
 * edits their own self-description (SharePoint's "own items" security enforces that, and
 * the directory shows only items the member wrote; hiding the button just avoids a refusal).
 */
export function MemberProfilePanel(props: IMemberProfilePanelProps): React.ReactElement {
  const { entry } = props;
  const [editing, setEditing] = React.useState(false);
  const [savedMessage, setSavedMessage] = React.useState(false);
  const memberId = entry?.member.id;
  React.useEffect(() => { setEditing(false); setSavedMessage(false); }, [memberId]);

  // Focus follows the edit: into the form when it opens, back to the button when it closes.
  const editButton = React.useRef<IButton>(null);
  const [focusEditButton, setFocusEditButton] = React.useState(false);
  React.useEffect(() => {
    if (focusEditButton) { editButton.current?.focus(); setFocusEditButton(false); }
  }, [focusEditButton]);
  const stopEditing = (saved: boolean): void => {
    setEditing(false);
    setSavedMessage(saved);
    setFocusEditButton(true);
  };

  const isOwnProfile = !!entry && entry.isCurrent && props.currentUserId !== undefined
    && entry.member.accountId === props.currentUserId;

  return (
    <Panel isOpen={props.isOpen} type={PanelType.medium} isLightDismiss headerText={entry?.member.fullName}
      closeButtonAriaLabel={strings.CloseProfile} onDismiss={props.onDismiss} onDismissed={props.onDismissed}
      isFooterAtBottom={false}>
      {!entry && <Notice intent="warning">{strings.ProfileNotFound}</Notice>}
      {entry && (
        <>
          <MemberProfileHeader entry={entry} today={props.today} />
          <CopyLinkButton link={props.linkToProfile(entry.member.id)} strings={{
            copy: strings.CopyLink, copyLabel: formatText(strings.CopyProfileLinkLabel, entry.member.fullName),
            copied: strings.LinkCopied, copyRefused: strings.CopyRefused, linkLabel: strings.ProfileLinkLabel
          }} />
          <MemberRoles entry={entry} today={props.today} />
          {savedMessage && <Notice intent="success" role="status">{strings.Saved}</Notice>}
          {isOwnProfile && !editing && (
            <DefaultButton componentRef={editButton} iconProps={{ iconName: 'Edit' }} text={strings.EditMyProfile}
              onClick={() => { setEditing(true); setSavedMessage(false); }} styles={{ root: { marginTop: 16 } }} />
          )}
          {editing
            ? (
              // Keyed by version: after "Reload the latest version" the form restarts from it.
              <EditProfileForm key={entry.member.self?.etag ?? ''} member={entry.member} service={props.service} idPrefix={props.idPrefix}
                onCancel={() => stopEditing(false)} onReload={props.onReload}
                onSaved={(changes, saved) => {
                  props.onSaved(entry.member.id, changes, saved);
                  stopEditing(true);
                }} />
            )
            : entry.isCurrent && <MemberOwnWords entry={entry} />}
        </>
      )}
    </Panel>
  );
}
