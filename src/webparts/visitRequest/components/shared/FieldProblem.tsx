import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';

/** A field's problem for controls that have no errorMessage of their own (choice groups, checkboxes). */
export function FieldProblem(props: { id: string; text: string | undefined }): React.ReactElement {
  const theme = useTheme();
  if (!props.text) return <></>;
  return <p id={props.id} style={{ margin: '4px 0 0', color: theme.semanticColors.errorText }}>{props.text}</p>;
}

/**
 * Every problem in one list under the form's message, so none is missed, including those
 * that belong to no single field (the whole form, all attendees together).
 */
export function ProblemList(props: { problems: Record<string, string | undefined> }): React.ReactElement {
  const messages = Array.from(new Set(Object.values(props.problems).filter((m): m is string => !!m)));
  if (!messages.length) return <></>;
  return <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>{messages.map(m => <li key={m}>{m}</li>)}</ul>;
}
