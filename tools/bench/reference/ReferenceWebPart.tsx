import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { DetailsList, type IColumn } from '@fluentui/react/lib/DetailsList';
import { spfi, SPFx } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

/**
 * The bench's yardstick, never part of our package: the smallest useful SPFx web part with
 * PnPjs, a Fluent SearchBox and a DetailsList. The bench copies it into a throw-away copy
 * of the project and builds it with the same gulp ship rig, so our bundle sizes can be
 * read as ratios to what any directory web part on this stack costs.
 */
interface IRow {
  key: string;
  name: string;
}

const columns: IColumn[] = [{ key: 'name', name: 'Name', fieldName: 'name', minWidth: 120 }];

function ReferenceDirectory(props: { load: () => Promise<IRow[]> }): React.ReactElement {
  const [rows, setRows] = React.useState<IRow[]>([]);
  const [query, setQuery] = React.useState('');
  React.useEffect(() => {
    props.load().then(setRows, () => setRows([]));
  }, [props.load]);
  const shown = rows.filter(r => r.name.toLowerCase().indexOf(query.toLowerCase()) >= 0);
  return (
    <div>
      <SearchBox placeholder="Search" value={query} onChange={(_e, v) => setQuery(v ?? '')} />
      <DetailsList items={shown} columns={columns} />
    </div>
  );
}

export default class ReferenceWebPart extends BaseClientSideWebPart<Record<string, never>> {
  public render(): void {
    const sp = spfi().using(SPFx(this.context));
    // The yardstick stands alone (it is built outside our src/), so it names the Officers list's fixed URL itself.
    const officersUrl = `${this.context.pageContext.web.serverRelativeUrl.replace(/\/$/, '')}/Lists/MohOfficers`;
    const load = async (): Promise<IRow[]> => {
      const items: { Id: number; Title: string }[] = await sp.web.getList(officersUrl).items.select('Id', 'Title').top(100)();
      return items.map(i => ({ key: String(i.Id), name: i.Title }));
    };
    ReactDom.render(<ReferenceDirectory load={load} />, this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }
}
