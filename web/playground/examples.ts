// The tabs a new visitor starts with.
export const EXAMPLE_TABS = [
  {
    query: `# Who am I, and what may I do?
query Me {
  me { id username isStaff isSuperuser permissions }
}
`,
  },
  {
    query: `# Assets whose name, code, serial number or description contains "pump".
query SearchAssets($q: String!, $categoryId: ID, $locationId: ID) {
  searchAssets(q: $q, categoryId: $categoryId, locationId: $locationId, includeDescendants: true, limit: 20) {
    id
    name
    internalCode
    state
    category { name }
    location { fullPath }
  }
}
`,
    variables: JSON.stringify({ q: 'pump' }, null, 2),
  },
  {
    query: `# Places a pin (no id) or moves one (with its id). Coordinates are plan pixels.
mutation SavePin($input: SavePinInput!) {
  savePin(input: $input) {
    id viewerId x y width height color note label icon
    asset { id name }
  }
}
`,
    variables: JSON.stringify({ input: { viewerId: '1', assetId: '1', x: 120, y: 80, color: '#1E88E5', note: 'North wall' } }, null, 2),
  },
  {
    query: `# Open work orders, soonest first; pass pageInfo.endCursor as "after" for the next page.
query WorkOrders($after: String) {
  workOrders(first: 20, after: $after, filter: { status: [PENDING, SCHEDULED, IN_PROGRESS] }) {
    edges {
      node {
        id code status priority shortDescription scheduledStart
        location { name }
        technician { username }
      }
    }
    pageInfo { endCursor hasNextPage }
  }
}
`,
  },
  {
    query: `# Live updates: pins saved or deleted on a viewer (over WebSocket).
subscription PinsChanged($viewerId: ID!) {
  pinsChanged(viewerId: $viewerId) {
    kind pinId
    pin { id x y label color }
  }
}
`,
    variables: JSON.stringify({ viewerId: '1' }, null, 2),
  },
];
