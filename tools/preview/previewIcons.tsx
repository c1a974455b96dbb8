import * as React from 'react';
import { registerIcons } from '@fluentui/react/lib/Styling';
import * as Mdl2 from '@fluentui/react-icons-mdl2';

/**
 * SharePoint pages load Fluent's MDL2 icon font from Microsoft's CDN, which the preview
 * cannot reach; the same icons as SVG components stand in, under the same names.
 */
export function registerPreviewIcons(): void {
  const icons: Record<string, React.ReactElement> = {};
  for (const [exportName, Icon] of Object.entries(Mdl2)) {
    if (!exportName.endsWith('Icon') || typeof Icon !== 'function' && typeof Icon !== 'object') continue;
    icons[exportName.slice(0, -'Icon'.length)] = React.createElement(Icon as React.ComponentType);
  }
  // Brand icons such as TeamsLogo are in SharePoint's font but not in the SVG set.
  icons.TeamsLogo = icons.TeamsLogo ?? icons.Chat;
  registerIcons({ icons });
}
