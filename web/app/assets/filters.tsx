import { useQuery } from '@apollo/client/react';
import { ErrorBox } from '../errors';
import { FILTER_OPTIONS, type LocationNode } from '../graphql/catalogue';

type Options = { categoryTree: Array<{ depth: number; category: { id: string; name: string } }>; locationRoots: LocationNode[] };

function flatten(nodes: LocationNode[], depth = 0): Array<{ id: string; name: string; depth: number }> {
  return nodes.flatMap((n) => [{ id: n.id, name: n.name, depth }, ...flatten(n.children ?? [], depth + 1)]);
}

const indent = (depth: number) => '\u00a0\u00a0'.repeat(depth);

/** Category and location pickers (each includes everything below the chosen entry). */
export function CatalogueFilters(props: {
  categoryId: string;
  locationId: string;
  onChange: (next: { categoryId?: string; locationId?: string }) => void;
  showCategory?: boolean;
}) {
  const { data, error } = useQuery<Options>(FILTER_OPTIONS, { fetchPolicy: 'cache-first' });
  return (
    <>
      <ErrorBox error={error} />
      {props.showCategory !== false && (
        <label>
          Category
          <select value={props.categoryId} onChange={(e) => props.onChange({ categoryId: e.target.value })} data-testid="filter-category">
            <option value="">Any category</option>
            {data?.categoryTree.map((c) => (
              <option key={c.category.id} value={c.category.id}>
                {indent(c.depth)}
                {c.category.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Location
        <select value={props.locationId} onChange={(e) => props.onChange({ locationId: e.target.value })} data-testid="filter-location">
          <option value="">Any location</option>
          {flatten(data?.locationRoots ?? []).map((l) => (
            <option key={l.id} value={l.id}>
              {indent(l.depth)}
              {l.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
