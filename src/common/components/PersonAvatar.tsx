import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { readableTextColour } from '../../domain/shared/colourContrast';

export interface IPersonAvatarProps {
  /** Initials shown when there is no photo or it fails to load. */
  initials: string;
  photoUrl?: string;
  /** Describes the photo for screen readers; leave blank when the name is shown beside it. */
  photoAlt?: string;
  /** #RRGGBB: the ring, and the initials' background (text colour is picked for contrast). */
  colour: string;
  /** Diameter in pixels. */
  size: number;
}

// One class per size and colour, made once: a page of results holds twenty avatars of the
// same two, and building the class on every render was a tenth of a search keystroke.
const circles = new Map<string, string>();

function circleClass(size: number, colour: string): string {
  const key = `${size} ${colour}`;
  let name = circles.get(key);
  if (name === undefined) {
    name = mergeStyles({
      width: size, height: size, minWidth: size, borderRadius: '50%', overflow: 'hidden',
      boxShadow: `0 0 0 3px ${colour}`, display: 'inline-flex', alignItems: 'center', justifyContent: 'center',
      background: colour, color: readableTextColour(colour), fontWeight: 600, fontSize: Math.round(size * 0.38),
      userSelect: 'none', margin: 3
    });
    circles.set(key, name);
  }
  return name;
}

/** A round photo, or initials on the given colour when there is no usable photo. */
export function PersonAvatar(props: IPersonAvatarProps): React.ReactElement {
  const { initials, photoUrl, photoAlt, colour, size } = props;
  const [photoFailed, setPhotoFailed] = React.useState(false);
  React.useEffect(() => setPhotoFailed(false), [photoUrl]);
  const circle = circleClass(size, colour);
  if (photoUrl && !photoFailed) {
    return (
      <span className={circle}>
        <img src={photoUrl} alt={photoAlt ?? ''} width={size} height={size} style={{ objectFit: 'cover' }}
          onError={() => setPhotoFailed(true)} />
      </span>
    );
  }
  return <span className={circle} aria-hidden={!photoAlt} role={photoAlt ? 'img' : undefined} aria-label={photoAlt}>{initials}</span>;
}
