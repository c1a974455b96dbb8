import * as React from 'react';
import type { IPostcodeUploadOutcome, IPostcodeUploadService, IUploadProgress } from '../../../data/postcodes/IPostcodeUploadService';
import { toHubDataError, type DataFailureKind } from '../../../data/hubDataError';
import { MAX_EXTRACT_BYTES, readPostcodeExtract, type ExtractFormat, type ExtractProblem, type IExtractSkips } from '../../../domain/postcodes/readPostcodeExtract';
import { planPostcodeUpload, planSize, type IPostcodeUploadPlan } from '../../../domain/postcodes/planPostcodeUpload';

/** What the file and the list come to, before anything is written. */
export interface IUploadPreview {
  fileName: string;
  format: ExtractFormat;
  rows: number;
  kept: number;
  skipped: IExtractSkips;
  plan: IPostcodeUploadPlan;
}

export type PostcodeUploadState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; problem: ExtractProblem; missingColumns?: string[] }
  | { kind: 'failed'; failure: DataFailureKind; message: string }
  | { kind: 'ready'; preview: IUploadPreview }
  | { kind: 'writing'; preview: IUploadPreview; progress: IUploadProgress }
  | { kind: 'done'; preview: IUploadPreview; outcome: IPostcodeUploadOutcome };

/** The part of a chosen File the upload reads (a File in the browser; anything alike in tests). */
export interface IChosenFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/**
 * Reads the chosen extract against the list as it is now and shows the plan; nothing is
 * written until `upload`. Each choice reads the list afresh, so choosing the same file after a
 * run that stopped part-way plans exactly what is left.
 */
export function usePostcodeUpload(service: IPostcodeUploadService): {
  state: PostcodeUploadState; choose(file: IChosenFile | undefined): void; upload(): void;
} {
  const [state, setState] = React.useState<PostcodeUploadState>({ kind: 'idle' });
  const alive = React.useRef(true);
  React.useEffect(() => () => { alive.current = false; }, []);

  const choose = React.useCallback((file: IChosenFile | undefined) => {
    if (!file) return;
    // Refused before it is read: the whole UK directory is over a gigabyte.
    if (file.size > MAX_EXTRACT_BYTES) {
      setState({ kind: 'refused', fileName: file.name, problem: 'tooBig' });
      return;
    }
    setState({ kind: 'reading', fileName: file.name });
    (async (): Promise<void> => {
      const [text, context] = await Promise.all([file.text(), service.loadContext()]);
      if (!alive.current) return;
      const read = readPostcodeExtract(text, context.wards);
      if (!read.ok) {
        setState({ kind: 'refused', fileName: file.name, problem: read.problem, missingColumns: read.missingColumns });
        return;
      }
      setState({ kind: 'ready', preview: {
        fileName: file.name, format: read.format, rows: read.rows, kept: read.records.length, skipped: read.skipped,
        plan: planPostcodeUpload(context.stored, read.records)
      } });
    })().catch((error: unknown) => {
      const failure = toHubDataError(error);
      if (alive.current) setState({ kind: 'failed', failure: failure.kind, message: failure.message });
    });
  }, [service]);

  const upload = React.useCallback(() => {
    if (state.kind !== 'ready' || planSize(state.preview.plan) === 0) return;
    const preview = state.preview;
    setState({ kind: 'writing', preview, progress: { done: 0, total: planSize(preview.plan) } });
    service.applyPlan(preview.plan, progress => { if (alive.current) setState({ kind: 'writing', preview, progress }); })
      .then(outcome => { if (alive.current) setState({ kind: 'done', preview, outcome }); })
      .catch((error: unknown) => {
        const failure = toHubDataError(error);
        if (alive.current) setState({ kind: 'failed', failure: failure.kind, message: failure.message });
      });
  }, [service, state]);

  return { state, choose, upload };
}
