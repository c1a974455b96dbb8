import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'HubAdministrationWebPartStrings';
import type { IPostcodeUploadService } from '../../../data/postcodes/IPostcodeUploadService';
import { planSize } from '../../../domain/postcodes/planPostcodeUpload';
import type { ExtractProblem } from '../../../domain/postcodes/readPostcodeExtract';
import { formatText } from '../../../domain/shared/formatText';
import { PostcodeUploadSummary } from './PostcodeUploadSummary';
import { usePostcodeUpload, type PostcodeUploadState } from './usePostcodeUpload';

const PROBLEM_TEXT: Record<ExtractProblem, string> = {
  tooBig: strings.PostcodesTooBig,
  empty: strings.PostcodesEmpty,
  notCsv: strings.PostcodesNotCsv,
  missingColumns: strings.PostcodesMissingColumns,
  noWardCodes: strings.PostcodesNoWardCodes
};

/** The one line a screen reader hears as the upload moves on. */
function statusText(state: PostcodeUploadState): string {
  switch (state.kind) {
    case 'idle': return '';
    case 'reading': return formatText(strings.PostcodesReading, state.fileName);
    case 'refused': return formatText(PROBLEM_TEXT[state.problem], state.fileName, (state.missingColumns ?? []).join(', '));
    case 'failed':
      if (state.failure === 'listsMissing') return strings.PostcodesListMissing;
      if (state.failure === 'forbidden') return strings.PostcodesForbidden;
      return formatText(strings.PostcodesFailed, state.message);
    case 'ready': return planSize(state.preview.plan) === 0 ? strings.PostcodesNothingToDo : strings.PostcodesReady;
    case 'writing': return formatText(strings.PostcodesWriting, state.progress.done, state.progress.total);
    case 'done':
      return state.outcome.failed === 0
        ? formatText(strings.PostcodesDone, state.outcome.written)
        : formatText(strings.PostcodesStopped, state.outcome.written, state.outcome.failed, state.outcome.firstError ?? '');
  }
}

function messageType(state: PostcodeUploadState): MessageBarType {
  if (state.kind === 'refused' || state.kind === 'failed') return MessageBarType.error;
  if (state.kind === 'done') return state.outcome.failed === 0 ? MessageBarType.success : MessageBarType.warning;
  return MessageBarType.info;
}

/**
 * Democratic Services' upload of the council's ONS Postcode Directory extract, which the member
 * directory's "Who represents this address?" looks postcodes up in.
 */
export function PostcodeUpload(props: { service: IPostcodeUploadService }): React.ReactElement {
  const { state, choose, upload } = usePostcodeUpload(props.service);
  const inputId = React.useRef(getId('postcodeFile')).current;
  const headingId = `${inputId}-heading`;
  const busy = state.kind === 'reading' || state.kind === 'writing';
  const preview = state.kind === 'ready' || state.kind === 'writing' || state.kind === 'done' ? state.preview : undefined;
  const status = statusText(state);
  return (
    <section aria-labelledby={headingId}>
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h3" id={headingId} variant="large" block>{strings.PostcodesHeading}</Text>
        <Text block>{strings.PostcodesIntro}</Text>
        <div>
          <label htmlFor={inputId}><Text styles={{ root: { fontWeight: 600 } }}>{strings.PostcodesFileLabel}</Text></label>
          <br />
          <input id={inputId} type="file" accept=".csv,text/csv" disabled={busy}
            onChange={e => { choose(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
        </div>
        {preview && <PostcodeUploadSummary preview={preview} />}
        {state.kind === 'ready' && planSize(state.preview.plan) > 0 && (
          <PrimaryButton text={formatText(strings.PostcodesUpload, planSize(state.preview.plan))} onClick={upload}
            styles={{ root: { alignSelf: 'flex-start' } }} />
        )}
        {state.kind === 'writing' && (
          <ProgressIndicator label={strings.PostcodesProgressLabel} percentComplete={state.progress.total ? state.progress.done / state.progress.total : 0}
            description={formatText(strings.PostcodesWriting, state.progress.done, state.progress.total)} />
        )}
        <div role="status" aria-live="polite">
          {status && <MessageBar messageBarType={messageType(state)} isMultiline>{status}</MessageBar>}
        </div>
      </Stack>
    </section>
  );
}
