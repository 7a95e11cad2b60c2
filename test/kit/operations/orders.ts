import { graphql } from '../gql/index.js';

// JOOR orders, invoices and events.

export const CreateOrder = graphql(`
  mutation KitCreateOrder($connectionId: ID!, $linesheetId: ID!) {
    createOrder(input: { connectionId: $connectionId, linesheetId: $linesheetId }) {
      id
    }
  }
`);
export const SetOrderLine = graphql(`
  mutation KitSetOrderLine($orderId: ID!, $styleId: ID!) {
    setOrderLine(input: { orderId: $orderId, styleId: $styleId, size: "M", colour: "Red", quantity: 2 }) {
      id
    }
  }
`);
export const SubmitOrder = graphql(`
  mutation KitSubmitOrder($id: ID!) {
    submitOrder(id: $id) {
      id
    }
  }
`);
export const ApproveOrder = graphql(`
  mutation KitApproveOrder($id: ID!) {
    approveOrder(id: $id) {
      id
    }
  }
`);
export const ShipOrder = graphql(`
  mutation KitShipOrder($id: ID!) {
    shipOrder(id: $id) {
      id
    }
  }
`);
export const ForceExportOrder = graphql(`
  mutation KitForceExportOrder($id: ID!) {
    forceExportOrder(id: $id) {
      id
    }
  }
`);
export const MarkOrderExported = graphql(`
  mutation KitMarkOrderExported($id: ID!) {
    markOrderExported(id: $id) {
      id
    }
  }
`);
export const MergeOrders = graphql(`
  mutation KitMergeOrders($target: ID!, $source: ID!) {
    mergeOrders(targetOrderId: $target, sourceOrderId: $source) {
      id
    }
  }
`);
export const SetRetailerOrderRestrictions = graphql(`
  mutation KitSetRetailerOrderRestrictions($id: ID!, $minimum: Cents) {
    setRetailerOrderRestrictions(input: { connectionId: $id, minimumOrderCents: $minimum }) {
      id
    }
  }
`);
export const AddClient = graphql(`
  mutation KitAddClient($name: String!) {
    addClient(retailerName: $name) {
      id
    }
  }
`);
export const SaveEvent = graphql(`
  mutation KitSaveEvent($name: String!) {
    saveEvent(input: { name: $name, startsOn: "2031-03-01", endsOn: "2031-03-02" }) {
      id
    }
  }
`);
export const InvoiceOrder = graphql(`
  mutation KitInvoiceOrder($id: ID!) {
    invoiceOrder(orderId: $id) {
      id
      number
    }
  }
`);
export const Invoices = graphql(`
  query KitInvoices {
    invoices(first: 10) {
      nodes {
        id
        number
        amountCents
      }
    }
  }
`);
export const AssignOrderToNewRetailer = graphql(`
  mutation KitAssignOrderToNewRetailer($id: ID!, $name: String!) {
    assignOrderToNewRetailer(orderId: $id, retailerName: $name) {
      id
    }
  }
`);
export const SetOrderDiscount = graphql(`
  mutation KitSetOrderDiscount($id: ID!, $percent: Int!) {
    setOrderDiscount(orderId: $id, percent: $percent) {
      id
    }
  }
`);
export const SetOrderPoNumber = graphql(`
  mutation KitSetOrderPoNumber($id: ID!, $po: String!) {
    setOrderPoNumber(orderId: $id, poNumber: $po) {
      id
    }
  }
`);
export const CancelOrderStyle = graphql(`
  mutation KitCancelOrderStyle($id: ID!, $styleId: ID!) {
    cancelOrderStyle(input: { orderId: $id, styleId: $styleId }) {
      id
    }
  }
`);
export const Orders = graphql(`
  query KitOrders {
    orders(first: 10) {
      totalCount
      nodes {
        id
      }
    }
  }
`);
export const Order = graphql(`
  query KitOrder($id: ID!) {
    order(id: $id) {
      id
      status
    }
  }
`);
export const SetOrderDates = graphql(`
  mutation KitSetOrderDates($id: ID!) {
    setOrderDates(input: { orderId: $id, startShip: "2031-02-03" }) {
      id
    }
  }
`);
