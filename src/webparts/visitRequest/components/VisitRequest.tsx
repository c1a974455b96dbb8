import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'VisitRequestWebPartStrings';

export interface IVisitRequestProps {
  title: string;
}

export function VisitRequest(props: IVisitRequestProps): React.ReactElement {
  return (
    <section aria-label={props.title}>
      <Text as="h2" variant="xLarge">{props.title}</Text>
      <p>{strings.ComingSoon}</p>
    </section>
  );
}
