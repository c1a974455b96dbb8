import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { getSP, type ISpContext } from '../../src/data/sp';
import { PREVIEW_WEB_PARTS } from './previewWebParts';
import { registerPreviewIcons } from './previewIcons';

/**
 * The local preview page: a stand-in for a SharePoint page with one section holding the
 * three web parts, each rendered with its real components and real services (PnPjs via
 * the same factory as production) against the emulator on this origin. The "signed in
 * as" bar sits above the page, clearly outside the web parts.
 */

interface IPreviewUser {
  id: number;
  title: string;
  email: string;
  groups: string[];
  isSiteAdmin?: boolean;
}

const USER_COOKIE = 'moh-user';
const webUrl = `${window.location.origin}/sites/hub`;

const css = mergeStyleSets({
  previewBar: {
    background: '#201f1e', color: '#fff', padding: '8px 24px', display: 'flex', alignItems: 'center',
    gap: 16, flexWrap: 'wrap', fontSize: 14
  },
  previewLabel: { fontWeight: 600 },
  switcher: { minWidth: 320, selectors: { '.ms-Label': { color: '#fff' } } },
  suiteBar: { background: '#1f5fa8', color: '#fff', padding: '0 24px', height: 48, display: 'flex', alignItems: 'center', fontWeight: 600, fontSize: 16 },
  pageTitle: { maxWidth: 1204, margin: '24px auto 8px', padding: '0 24px', fontSize: 32, fontWeight: 600 },
  section: { maxWidth: 1204, margin: '0 auto', padding: '0 24px 48px', display: 'flex', flexDirection: 'column', gap: 32 },
  webPart: { background: '#fff', padding: 20, boxShadow: '0 1.6px 3.6px rgba(0,0,0,.13), 0 .3px .9px rgba(0,0,0,.11)' }
});

async function readJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...(init?.headers ?? {}) } });
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

function switchUser(id: number): void {
  document.cookie = `${USER_COOKIE}=${id}; path=/; SameSite=Lax`;
  window.location.reload();
}

function userOptions(users: IPreviewUser[]): IDropdownOption[] {
  const order = ['Democratic Services', 'Hub Directors', 'Hub Members', 'Hub Officers'];
  const options: IDropdownOption[] = [];
  const owners = users.filter(u => u.isSiteAdmin);
  if (owners.length) {
    options.push({ key: 'h-owners', text: 'Site owners', itemType: 1 });
    for (const u of owners) options.push({ key: u.id, text: u.title });
  }
  for (const group of order) {
    // Officers run to hundreds; a handful is enough to try the officer's view.
    const inGroup = users.filter(u => u.groups[0] === group || (group === 'Hub Directors' && u.groups.includes(group)));
    const shown = group === 'Hub Officers' ? inGroup.slice(0, 12) : inGroup;
    if (!shown.length) continue;
    options.push({ key: `h-${group}`, text: group, itemType: 1 });
    for (const u of shown) if (!options.some(o => o.key === u.id)) options.push({ key: u.id, text: u.title });
  }
  return options;
}

function PreviewBar(props: { users: IPreviewUser[]; me: IPreviewUser | undefined }): React.ReactElement {
  return (
    <header className={css.previewBar} aria-label="Local preview controls">
      <span className={css.previewLabel}>Member–Officer Hub · local preview on sample data (not SharePoint)</span>
      <Dropdown
        className={css.switcher}
        label="Signed in as"
        options={userOptions(props.users)}
        selectedKey={props.me?.id}
        onChange={(_e, option) => option && switchUser(Number(option.key))}
      />
    </header>
  );
}

function PreviewPage(props: { context: ISpContext; users: IPreviewUser[]; me: IPreviewUser | undefined }): React.ReactElement {
  const sp = getSP(props.context);
  return (
    <ThemeProvider>
      <PreviewBar users={props.users} me={props.me} />
      <div className={css.suiteBar} role="banner">Bramblecombe District Council intranet</div>
      <main>
        <h1 className={css.pageTitle}>Members and officers</h1>
        <div className={css.section}>
          {PREVIEW_WEB_PARTS.map(({ id, Render }) => (
            <div key={id} className={css.webPart} data-webpart={id}>
              <Render sp={sp} webUrl={props.context.pageContext.web.absoluteUrl} />
            </div>
          ))}
        </div>
      </main>
    </ThemeProvider>
  );
}

async function boot(): Promise<void> {
  const root = document.getElementById('root');
  try {
    // SharePoint embeds the request digest in the page; the preview fetches it once the same way.
    const info = await readJson<{ FormDigestValue: string; FormDigestTimeoutSeconds: number }>(
      `${webUrl}/_api/contextinfo`, { method: 'POST' });
    const context: ISpContext = {
      pageContext: {
        web: { absoluteUrl: webUrl },
        legacyPageContext: { formDigestValue: info.FormDigestValue, formDigestTimeoutSeconds: info.FormDigestTimeoutSeconds }
      }
    };
    const usersBody = await readJson<IPreviewUser[] | { value: IPreviewUser[] }>('/_emulator/users');
    const users = Array.isArray(usersBody) ? usersBody : usersBody.value;
    const current = await readJson<{ Id: number }>(`${webUrl}/_api/web/currentUser`);
    const me = users.find(u => u.id === current.Id);
    ReactDom.render(<PreviewPage context={context} users={users} me={me} />, root);
  } catch (e) {
    ReactDom.render(
      <MessageBar messageBarType={MessageBarType.error}>
        The preview could not reach the local SharePoint emulator: {(e as Error).message}
      </MessageBar>, root);
  }
}

registerPreviewIcons();
boot().catch(() => undefined);
