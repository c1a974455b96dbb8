import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'HubAdministrationWebPartStrings';
import { formatText } from '../../../domain/shared/formatText';
import type { IUploadPreview } from './usePostcodeUpload';

/** What a chosen extract holds and what uploading it would change, in counts. */
export function PostcodeUploadSummary(props: { preview: IUploadPreview }): React.ReactElement {
  const { preview } = props;
  const { skipped, plan } = preview;
  const skips = [
    formatText(strings.PostcodesSkippedTerminated, skipped.terminated),
    formatText(strings.PostcodesSkippedOutside, skipped.outsideCouncil),
    ...(skipped.unreadable ? [formatText(strings.PostcodesSkippedUnreadable, skipped.unreadable)] : []),
    ...(skipped.duplicate ? [formatText(strings.PostcodesSkippedDuplicate, skipped.duplicate)] : [])
  ];
  return (
    <div>
      <Text block>{formatText(strings.PostcodesRead, preview.fileName, preview.rows, preview.format, preview.kept)}</Text>
      <Text block>{formatText(strings.PostcodesSkipped, skips.join('; '))}</Text>
      <Text block>{formatText(strings.PostcodesPlan, plan.add.length, plan.change.length, plan.remove.length, plan.unchanged)}</Text>
    </div>
  );
}
