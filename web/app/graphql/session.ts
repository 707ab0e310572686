import { gql } from '@apollo/client';

export const ME = gql`
  query Me {
    me { id username displayName email isStaff isSuperuser lastLogin permissions groups { id name } }
  }
`;

export const LOGOUT = gql`
  mutation Logout { logout }
`;
