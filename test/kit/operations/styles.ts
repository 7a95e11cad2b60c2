import { graphql } from '../gql/index.js';

// JOOR styles, inventory and linesheets.

export const AddStyle = graphql(`
  mutation KitAddStyle($number: String!) {
    addStyle(input: { styleNumber: $number, name: "Tee", wholesalePriceCents: 1500 }) {
      id
    }
  }
`);
export const CopyStyle = graphql(`
  mutation KitCopyStyle($id: ID!, $number: String!) {
    copyStyle(styleId: $id, styleNumber: $number) {
      id
    }
  }
`);
export const DeleteStyle = graphql(`
  mutation KitDeleteStyle($id: ID!) {
    deleteStyle(id: $id) {
      id
    }
  }
`);
export const EditStyle = graphql(`
  mutation KitEditStyle($id: ID!, $name: String!) {
    editStyle(input: { styleId: $id, name: $name }) {
      id
    }
  }
`);
export const SetStyleUpc = graphql(`
  mutation KitSetStyleUpc($id: ID!, $upc: String) {
    setStyleUpc(styleId: $id, upc: $upc) {
      id
    }
  }
`);
export const SetStyleDivision = graphql(`
  mutation KitSetStyleDivision($id: ID!, $divisionId: ID) {
    setStyleDivision(styleId: $id, divisionId: $divisionId) {
      id
    }
  }
`);
export const UploadStyleImage = graphql(`
  mutation KitUploadStyleImage($id: ID!, $data: String!) {
    uploadStyleImage(styleId: $id, contentType: "image/png", dataBase64: $data) {
      id
    }
  }
`);
export const RemoveStyleImage = graphql(`
  mutation KitRemoveStyleImage($id: ID!) {
    removeStyleImage(imageId: $id) {
      id
    }
  }
`);
export const StyleImages = graphql(`
  query KitStyleImages($id: ID!) {
    style(id: $id) {
      images {
        id
      }
    }
  }
`);
export const CreateStyleBadge = graphql(`
  mutation KitCreateStyleBadge($name: String!) {
    createStyleBadge(name: $name) {
      id
    }
  }
`);
export const AddStyleBadge = graphql(`
  mutation KitAddStyleBadge($styleId: ID!, $badgeId: ID!) {
    addStyleBadge(styleId: $styleId, badgeId: $badgeId) {
      id
    }
  }
`);
export const RemoveStyleBadge = graphql(`
  mutation KitRemoveStyleBadge($styleId: ID!, $badgeId: ID!) {
    removeStyleBadge(styleId: $styleId, badgeId: $badgeId) {
      id
    }
  }
`);
export const SetStyleInventory = graphql(`
  mutation KitSetStyleInventory($id: ID!, $available: Int!) {
    setStyleInventory(input: { styleId: $id, size: "M", colour: "Black", available: $available }) {
      id
    }
  }
`);
export const CreateLinesheet = graphql(`
  mutation KitCreateLinesheet($kind: LinesheetKind!, $styleIds: [ID!]!) {
    createLinesheet(input: { kind: $kind, name: "Spring", startShip: "2031-02-01", deliveryDates: ["2031-02-15"], styleIds: $styleIds }) {
      id
    }
  }
`);
export const SetLinesheetPrivacy = graphql(`
  mutation KitSetLinesheetPrivacy($id: ID!, $private: Boolean!) {
    setLinesheetPrivacy(id: $id, private: $private) {
      id
    }
  }
`);
export const ShareLinesheet = graphql(`
  mutation KitShareLinesheet($id: ID!) {
    shareLinesheet(id: $id) {
      id
    }
  }
`);
export const SetLinesheetIpadSync = graphql(`
  mutation KitSetLinesheetIpadSync($id: ID!, $on: Boolean!) {
    setLinesheetIpadSync(id: $id, syncToIpad: $on) {
      id
    }
  }
`);
export const SetLinesheetStyleBadge = graphql(`
  mutation KitSetLinesheetStyleBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {
    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) {
      id
    }
  }
`);
