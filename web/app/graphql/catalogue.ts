import { gql } from '@apollo/client';

export const FILTER_OPTIONS = gql`
  query FilterOptions {
    categoryTree { depth category { id name } }
    locationRoots { id name children { id name children { id name } } }
  }
`;

export const SEARCH_ASSETS = gql`
  query SearchAssets($q: String!, $categoryId: ID, $locationId: ID, $limit: Int!) {
    searchAssets(q: $q, categoryId: $categoryId, locationId: $locationId, includeDescendants: true, limit: $limit) {
      id name internalCode state
      category { id name icon }
      location { id name fullPath }
    }
  }
`;

export const ASSET = gql`
  query Asset($id: ID!) {
    asset(id: $id) {
      id name internalCode serialNumber reference description state purchaseDate cost epc
      category { id name }
      model { id name brand { id name } }
      location { id fullPath }
      parent { id name }
      components { id name state }
      pins { id viewerId label }
    }
  }
`;

export const ASSET_WORK_ORDERS = gql`
  query AssetWorkOrders($id: ID!) {
    asset(id: $id) { id workOrders(openOnly: true, first: 10) { id code status priority shortDescription scheduledStart } }
  }
`;

export type AssetRow = {
  id: string;
  name: string;
  internalCode: string;
  state: string;
  category: { id: string; name: string; icon: string } | null;
  location: { id: string; name: string; fullPath: string } | null;
};

export type LocationNode = { id: string; name: string; children?: LocationNode[] };
