import { gql } from '@apollo/client';

export const PIN_FIELDS = gql`
  fragment PinFields on Pin {
    id viewerId x y width height color note label icon noticeId
    asset { id name internalCode state categoryIcon }
    location { id name }
  }
`;

export const PLANS = gql`
  query Plans {
    floorPlans(take: 200) { id name title location { id fullPath } viewers { id name } }
  }
`;

export const VIEWER = gql`
  ${PIN_FIELDS}
  query Viewer($id: ID!) {
    viewer(id: $id) {
      id name description
      floorPlan { id name width height imageUrl }
      pins { ...PinFields }
    }
  }
`;

export const SAVE_PIN = gql`
  ${PIN_FIELDS}
  mutation SavePin($input: SavePinInput!) {
    savePin(input: $input) { ...PinFields }
  }
`;

export const DELETE_PIN = gql`
  mutation DeletePin($id: ID!) { deletePin(id: $id) }
`;

export const PINS_CHANGED = gql`
  ${PIN_FIELDS}
  subscription PinsChanged($viewerId: ID!) {
    pinsChanged(viewerId: $viewerId) { kind viewerId pinId pin { ...PinFields } }
  }
`;

export type Pin = {
  __typename?: 'Pin';
  id: string;
  viewerId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  note: string;
  label: string;
  icon: string;
  noticeId: string | null;
  asset: { id: string; name: string; internalCode: string; state: string; categoryIcon: string } | null;
  location: { id: string; name: string } | null;
};

export type ViewerData = {
  viewer: {
    id: string;
    name: string;
    description: string;
    floorPlan: { id: string; name: string; width: number | null; height: number | null; imageUrl: string | null };
    pins: Pin[];
  };
};
