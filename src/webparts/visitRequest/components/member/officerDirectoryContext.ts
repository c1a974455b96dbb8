import * as React from 'react';

/**
 * The officer directory as the page editor gave it (web part property), for links to whom
 * to ask; blank = names without links. A context, so the wiring sets it once and only the
 * screens that link to the directory read it.
 */
export const OfficerDirectoryContext = React.createContext<string | undefined>(undefined);
