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
  /**
   * A search is still being typed: a photo not seen loading before in this page is not asked
   * for yet (initials instead), as the next key may show someone else here. It is asked for
   * once this is false again; a photo already showing stays.
   */
  deferPhoto?: boolean;
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

// Photos that failed to load in this page: a search brings the same councillor back many
// times, and each new card would otherwise ask for the broken photo again and swap it for
// initials a round trip later (a second re-render after the keystroke's own).
const failedPhotos = new Set<string>();
const loadedPhotos = new Set<string>();

/** A round photo, or initials on the given colour when there is no usable photo. */
export function PersonAvatar(props: IPersonAvatarProps): React.ReactElement {
  const { initials, photoUrl, photoAlt, colour, size } = props;
  const [failedUrl, setFailedUrl] = React.useState<string | undefined>(undefined);
  const requested = React.useRef<string | undefined>(undefined);
  const circle = circleClass(size, colour);
  const usable = !!photoUrl && photoUrl !== failedUrl && !failedPhotos.has(photoUrl);
  if (photoUrl && usable && (!props.deferPhoto || loadedPhotos.has(photoUrl) || requested.current === photoUrl)) {
    requested.current = photoUrl;
    const failed = (): void => {
      failedPhotos.add(photoUrl);
      setFailedUrl(photoUrl);
    };
    return (
      <span className={circle}>
        <img src={photoUrl} alt={photoAlt ?? ''} width={size} height={size} style={{ objectFit: 'cover' }}
          onLoad={() => loadedPhotos.add(photoUrl)} onError={failed} />
      </span>
    );
  }
  return <span className={circle} aria-hidden={!photoAlt} role={photoAlt ? 'img' : undefined} aria-label={photoAlt}>{initials}</span>;
}
