import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'HubAdministrationWebPartStrings';
import type { IMemberImportService } from '../../../data/members/IMemberImportService';
import type { HubDataError } from '../../../data/hubDataError';
import { formatText } from '../../../domain/shared/formatText';
import { describeOutcome, describeRefusal } from './describeImport';
import { ImportPlanView } from './ImportPlanView';
import { useModernGovImport, type ImportView } from './useModernGovImport';

export interface IModernGovImportProps {
  service: IMemberImportService;
  /** The council's ModernGov site from the web part's settings; photos and register links need it. */
  modernGovSite?: string;
}

function loadFailure(error: HubDataError): string {
  // The list is there but lacks the 1.1.0.0 columns: SharePoint refused the $select (400).
  if (error.kind === 'listsMissing' && error.status === 400) return strings.ImportColumnsMissing;
  if (error.kind === 'forbidden') return strings.ForbiddenMessage;
  if (error.kind === 'network') return strings.NetworkMessage;
  return formatText(strings.UnknownMessage, error.message);
}

/** What the import is doing, in the live region screen readers hear. */
function statusText(view: ImportView): string {
  if (view.kind === 'reading') return strings.ImportReading;
  if (view.kind === 'applying') return formatText(strings.ImportApplying, view.written, view.total);
  return '';
}

/**
 * Import councillors from the council's ModernGov site: Democratic Services save its
 * GetCouncillorsByWard answer and choose the file; a browser cannot call another site's web
 * service, so the file is the way in. Nothing is written until they tick and apply.
 */
export function ModernGovImport(props: IModernGovImportProps): React.ReactElement {
  const { view, chosen, outcome, chooseFile, toggle, tickAll, apply } = useModernGovImport(props.service, props.modernGovSite);
  const busy = view.kind === 'reading' || view.kind === 'applying';
  return (
    <section aria-labelledby="moh-import">
      <Text as="h3" variant="large" id="moh-import" block>{strings.ImportHeading}</Text>
      <Text as="p" block>{strings.ImportIntro}</Text>
      {!props.modernGovSite && <Text as="p" block>{strings.ImportNoSiteNote}</Text>}
      <p>
        <label htmlFor="moh-import-file" style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>{strings.ImportFileLabel}</label>
        <input id="moh-import-file" type="file" accept=".xml,text/xml,application/xml" disabled={busy}
          onChange={e => chooseFile(e.currentTarget.files?.[0])} />
      </p>
      <div role="status" aria-live="polite">
        {statusText(view) && <MessageBar>{statusText(view)}</MessageBar>}
        {outcome && !busy && (
          <MessageBar messageBarType={outcome.error === undefined ? MessageBarType.success : MessageBarType.warning} isMultiline>
            {describeOutcome(outcome)}
          </MessageBar>
        )}
      </div>
      {view.kind === 'refused' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>{`${describeRefusal(view.problem)} ${strings.ImportNothingWritten}`}</MessageBar>
      )}
      {view.kind === 'failed' && <MessageBar messageBarType={MessageBarType.error} isMultiline>{loadFailure(view.error)}</MessageBar>}
      {view.kind === 'planned' && <ImportPlanView plan={view.plan} chosen={chosen} onToggle={toggle} onTickAll={tickAll} onApply={apply} />}
    </section>
  );
}
