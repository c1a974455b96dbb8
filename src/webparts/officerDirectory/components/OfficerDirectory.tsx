import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'OfficerDirectoryWebPartStrings';

export interface IOfficerDirectoryProps {
  title: string;
}

export function OfficerDirectory(props: IOfficerDirectoryProps): React.ReactElement {
  return (
    <section aria-label={props.title}>
      <Text as="h2" variant="xLarge">{props.title}</Text>
      <p>{strings.ComingSoon}</p>
    </section>
  );
}
