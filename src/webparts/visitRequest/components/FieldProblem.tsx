import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';

/** A field's problem for controls that have no errorMessage of their own (choice groups, checkboxes). */
export function FieldProblem(props: { id: string; text: string | undefined }): React.ReactElement {
  const theme = useTheme();
  if (!props.text) return <></>;
  return <p id={props.id} style={{ margin: '4px 0 0', color: theme.semanticColors.errorText }}>{props.text}</p>;
}
