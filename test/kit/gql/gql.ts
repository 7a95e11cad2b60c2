/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      me {\n        personId\n        name\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n        query AuthMe {\n          me {\n            name\n            email\n            account {\n              id\n              name\n              wholesaleEnabled\n            }\n            user {\n              status\n            }\n            permissions {\n              fullAccess\n              permissions\n            }\n            accounts {\n              name\n            }\n          }\n        }\n      ": typeof types.AuthMeDocument,
    "\n        mutation AuthSignUp($input: SignUpInput!) {\n          signUp(input: $input) {\n            email\n          }\n        }\n      ": typeof types.AuthSignUpDocument,
    "\n        mutation AuthVerifyEmail($input: VerifyEmailInput!) {\n          verifyEmail(input: $input) {\n            token\n            me {\n              user {\n                permissions {\n                  fullAccess\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.AuthVerifyEmailDocument,
    "\n          mutation AuthLogout {\n            logout\n          }\n        ": typeof types.AuthLogoutDocument,
    "\n        query AuthMe2 {\n          me {\n            name\n          }\n        }\n      ": typeof types.AuthMe2Document,
    "\n            query AuthMe2 {\n              me {\n                name\n              }\n            }\n          ": typeof types.AuthMe2Document,
    "\n              query AuthMe2 {\n                me {\n                  name\n                }\n              }\n            ": typeof types.AuthMe2Document,
    "\n        mutation AuthInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      ": typeof types.AuthInviteUserDocument,
    "\n        query AuthInvitation($t: String!) {\n          invitation(token: $t) {\n            hasLogin\n          }\n        }\n      ": typeof types.AuthInvitationDocument,
    "\n        mutation AuthAcceptInvite($input: AcceptInviteInput!) {\n          acceptInvite(input: $input) {\n            token\n          }\n        }\n      ": typeof types.AuthAcceptInviteDocument,
    "\n        query AuthMe3 {\n          me {\n            accounts {\n              id\n              name\n            }\n            permissions {\n              fullAccess\n            }\n          }\n        }\n      ": typeof types.AuthMe3Document,
    "\n        mutation AuthSwitchAccount($id: ID!) {\n          switchAccount(accountId: $id) {\n            account {\n              name\n            }\n            permissions {\n              fullAccess\n            }\n          }\n        }\n      ": typeof types.AuthSwitchAccountDocument,
    "\n            query AuthAccount {\n              account {\n                name\n              }\n            }\n          ": typeof types.AuthAccountDocument,
    "\n  mutation AtCommitInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n": typeof types.AtCommitInviteDocument,
    "\n  mutation AtCommitAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n  }\n": typeof types.AtCommitAcceptDocument,
    "\n  mutation AtCommitSet($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n": typeof types.AtCommitSetDocument,
    "\n  mutation AtCommitDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n": typeof types.AtCommitDeleteDocument,
    "\n  query AtCommitAudit {\n    auditLog(first: 100) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        target {\n          id\n        }\n        invite {\n          id\n          status\n        }\n        after\n      }\n    }\n  }\n": typeof types.AtCommitAuditDocument,
    "\n        mutation AtCommitDeleteUser($me: ID!, $email: String!) {\n          leave: deleteUser(userId: $me) {\n            status\n          }\n          invite: inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      ": typeof types.AtCommitDeleteUserDocument,
    "\n        query AtCommitUser($id: ID!) {\n          user(id: $id) {\n            status\n          }\n        }\n      ": typeof types.AtCommitUserDocument,
    "\n        query AtCommitInvites {\n          invites {\n            nodes {\n              email\n            }\n          }\n        }\n      ": typeof types.AtCommitInvitesDocument,
    "\n        query AtCommitInvites2 {\n          invites(status: REVOKED) {\n            nodes {\n              id\n              revokedBy {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.AtCommitInvites2Document,
    "\n        mutation AtCommitResendInvite($id: ID!) {\n          resendInvite(inviteId: $id) {\n            id\n          }\n        }\n      ": typeof types.AtCommitResendInviteDocument,
    "\n        query AtCommitInvitation($t: String!) {\n          invitation(token: $t) {\n            invitedByName\n          }\n        }\n      ": typeof types.AtCommitInvitationDocument,
    "\n  query BackupSnapshot {\n    users {\n      nodes {\n        id\n        name\n        email\n        status\n        permissions {\n          permissions\n        }\n      }\n    }\n    invites {\n      nodes {\n        email\n        status\n      }\n    }\n    auditLog(first: 100) {\n      nodes {\n        action\n        subjectId\n      }\n    }\n  }\n": typeof types.BackupSnapshotDocument,
    "\n        mutation BackupInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      ": typeof types.BackupInviteUserDocument,
    "\n        mutation BackupUpdateAccount {\n          updateAccount(input: { name: \"Backed Up Co\" }) {\n            name\n          }\n        }\n      ": typeof types.BackupUpdateAccountDocument,
    "\n        query CatalogPermissionCatalog {\n          permissionCatalog {\n            key\n            name\n            description\n            seedDescription\n            category\n            kind\n            grants\n            removes\n            narrows\n            source\n          }\n          __type(name: \"PermissionKey\") {\n            enumValues {\n              name\n            }\n          }\n        }\n      ": typeof types.CatalogPermissionCatalogDocument,
    "\n  mutation CliLogin($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      me {\n        permissions {\n          permissions\n        }\n        can(capability: MANAGE_USERS)\n      }\n    }\n  }\n": typeof types.CliLoginDocument,
    "\n            query CliMe {\n              me {\n                name\n              }\n            }\n          ": typeof types.CliMeDocument,
    "\n  mutation CrashUpdate($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n": typeof types.CrashUpdateDocument,
    "\n          mutation CrashInviteMember($email: String!) {\n            inviteUser(input: { email: $email, permissions: [OVERVIEW] }) {\n              id\n            }\n          }\n        ": typeof types.CrashInviteMemberDocument,
    "\n            mutation CrashInvite($email: String!) {\n              inviteUser(input: { email: $email }) {\n                id\n              }\n            }\n          ": typeof types.CrashInviteDocument,
    "\n              mutation CrashDeleteUser($id: ID!) {\n                deleteUser(userId: $id) {\n                  id\n                }\n              }\n            ": typeof types.CrashDeleteUserDocument,
    "\n              query CrashUserCount {\n                users {\n                  totalCount\n                }\n              }\n            ": typeof types.CrashUserCountDocument,
    "\n            query CrashMe {\n              me {\n                email\n              }\n            }\n          ": typeof types.CrashMeDocument,
    "\n        query CrashUsers {\n          users {\n            nodes {\n              id\n              permissions {\n                permissions\n              }\n            }\n          }\n        }\n      ": typeof types.CrashUsersDocument,
    "\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n": typeof types.HarnessSignUpDocument,
    "\n  mutation HarnessVerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.HarnessVerifyEmailDocument,
    "\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n": typeof types.HarnessInviteUserDocument,
    "\n  mutation HarnessAcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.HarnessAcceptInviteDocument,
    "\n  mutation IdentitySignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n": typeof types.IdentitySignUpDocument,
    "\n  mutation IdentityVerify($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      token\n      me {\n        name\n        email\n        account {\n          name\n        }\n      }\n    }\n  }\n": typeof types.IdentityVerifyDocument,
    "\n  mutation IdentityLogin($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n": typeof types.IdentityLoginDocument,
    "\n  mutation IdentityResetRequest($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n      message\n    }\n  }\n": typeof types.IdentityResetRequestDocument,
    "\n  mutation IdentityReset($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, password: $password })\n  }\n": typeof types.IdentityResetDocument,
    "\n  mutation IdentityAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        email\n        account {\n          id\n        }\n      }\n    }\n  }\n": typeof types.IdentityAcceptDocument,
    "\n        mutation IdentityInviteUser($email: String!) {\n          inviteUser(input: { email: $email, name: \"Bob\" }) {\n            id\n          }\n        }\n      ": typeof types.IdentityInviteUserDocument,
    "\n        query IdentityInvitation($token: String!) {\n          invitation(token: $token) {\n            hasLogin\n          }\n        }\n      ": typeof types.IdentityInvitationDocument,
    "\n        mutation IdentityInviteUser2($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      ": typeof types.IdentityInviteUser2Document,
    "\n            query IdentityMe {\n              me {\n                name\n              }\n            }\n          ": typeof types.IdentityMeDocument,
    "\n        query IdentityAuditLog {\n          auditLog(first: 5) {\n            nodes {\n              action\n              after\n            }\n          }\n        }\n      ": typeof types.IdentityAuditLogDocument,
    "\n              query IdentityMe {\n                me {\n                  name\n                }\n              }\n            ": typeof types.IdentityMeDocument,
    "\n        query IdentityAuditLog2 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              target {\n                email\n              }\n              after\n            }\n          }\n        }\n      ": typeof types.IdentityAuditLog2Document,
    "\n    mutation IdentityChangePassword($current: String!, $new: String!) {\n      changePassword(input: { currentPassword: $current, newPassword: $new })\n    }\n  ": typeof types.IdentityChangePasswordDocument,
    "\n    mutation IdentityChangeEmail($email: String!, $password: String!) {\n      changeEmail(input: { newEmail: $email, password: $password }) {\n        email\n        message\n      }\n    }\n  ": typeof types.IdentityChangeEmailDocument,
    "\n    mutation IdentityConfirm($token: String!) {\n      confirmEmailChange(token: $token)\n    }\n  ": typeof types.IdentityConfirmDocument,
    "\n        query IdentityAuditLog3 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              before\n              after\n            }\n          }\n        }\n      ": typeof types.IdentityAuditLog3Document,
    "\n    query IdentitySessions {\n      me {\n        sessions {\n          id\n          userAgent\n          current\n          lastSeenAt\n          account {\n            name\n          }\n        }\n      }\n    }\n  ": typeof types.IdentitySessionsDocument,
    "\n          mutation IdentityEndSession($id: ID!) {\n            endSession(id: $id)\n          }\n        ": typeof types.IdentityEndSessionDocument,
    "\n        query IdentityMe {\n          me {\n            name\n          }\n        }\n      ": typeof types.IdentityMeDocument,
    "\n            mutation IdentityEndSession($id: ID!) {\n              endSession(id: $id)\n            }\n          ": typeof types.IdentityEndSessionDocument,
    "\n          mutation IdentityEndOtherSessions {\n            endOtherSessions\n          }\n        ": typeof types.IdentityEndOtherSessionsDocument,
    "\n        query IdentityAuditLog4 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              after\n            }\n          }\n        }\n      ": typeof types.IdentityAuditLog4Document,
    "\n      mutation IdentityCreate($name: String!) {\n        createAccount(name: $name) {\n          account {\n            id\n            name\n          }\n          permissions {\n            fullAccess\n          }\n          accounts {\n            name\n          }\n        }\n      }\n    ": typeof types.IdentityCreateDocument,
    "\n        query IdentityMe2 {\n          me {\n            account {\n              id\n            }\n          }\n        }\n      ": typeof types.IdentityMe2Document,
    "\n        query IdentityAuditLog5 {\n          auditLog(first: 1) {\n            nodes {\n              action\n            }\n          }\n        }\n      ": typeof types.IdentityAuditLog5Document,
    "\n  mutation InstancesSet($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n": typeof types.InstancesSetDocument,
    "\n          query InstancesUsers {\n            users {\n              nodes {\n                id\n                permissions {\n                  fullAccess\n                }\n              }\n            }\n          }\n        ": typeof types.InstancesUsersDocument,
    "\n      mutation InstancesSignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          email\n        }\n      }\n    ": typeof types.InstancesSignUpDocument,
    "\n      mutation InstancesVerify($input: VerifyEmailInput!) {\n        verifyEmail(input: $input) {\n          token\n        }\n      }\n    ": typeof types.InstancesVerifyDocument,
    "\n        mutation InstancesInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      ": typeof types.InstancesInviteUserDocument,
    "\n        query InstancesAuditLog {\n          auditLog {\n            nodes {\n              action\n            }\n          }\n        }\n      ": typeof types.InstancesAuditLogDocument,
    "\n        mutation InstancesLogout {\n          logout\n        }\n      ": typeof types.InstancesLogoutDocument,
    "\n        query InstancesMe {\n          me {\n            name\n          }\n        }\n      ": typeof types.InstancesMeDocument,
    "\n        mutation InstancesLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      ": typeof types.InstancesLoginDocument,
    "\n  query InventoryAuditLog($subjectType: AuditSubjectType) {\n    auditLog(first: 20, subjectType: $subjectType) {\n      nodes {\n        action\n        subjectType\n        subjectId\n        actor {\n          name\n        }\n        before\n        after\n      }\n    }\n  }\n": typeof types.InventoryAuditLogDocument,
    "\n  query BillingSyncBilling {\n    account {\n      id\n      name\n      createdAt\n      billing {\n        plan\n        billingEmail\n        cardLast4\n        monthlyPriceCents\n        renewsAt\n      }\n    }\n  }\n": typeof types.BillingSyncBillingDocument,
    "\n  mutation BillingSyncUpdateBilling($input: UpdateBillingInput!) {\n    updateBilling(input: $input) {\n      plan\n      billingEmail\n      cardLast4\n      monthlyPriceCents\n      renewsAt\n    }\n  }\n": typeof types.BillingSyncUpdateBillingDocument,
    "\n  mutation BillingSyncRunSync {\n    runSync {\n      id\n      startedBy {\n        id\n        name\n      }\n      variantCount\n      warehouseCount\n      startedAt\n      finishedAt\n    }\n  }\n": typeof types.BillingSyncRunSyncDocument,
    "\n  query BillingSyncSyncRuns($first: Int, $after: String) {\n    syncRuns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        startedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.BillingSyncSyncRunsDocument,
    "\n  query BillingSyncAuditLog($type: AuditSubjectType) {\n    auditLog(subjectType: $type) {\n      totalCount\n      nodes {\n        action\n        actor {\n          id\n        }\n        subjectId\n        before\n        after\n      }\n    }\n  }\n": typeof types.BillingSyncAuditLogDocument,
    "\n        query BillingSyncAccount {\n          account {\n            name\n            billing {\n              plan\n            }\n          }\n        }\n      ": typeof types.BillingSyncAccountDocument,
    "\n        mutation BillingSyncCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            id\n          }\n        }\n      ": typeof types.BillingSyncCreateProductDocument,
    "\n        mutation BillingSyncCreateWarehouse {\n          createWarehouse(name: \"Main\") {\n            id\n          }\n        }\n      ": typeof types.BillingSyncCreateWarehouseDocument,
    "\n  mutation InventoryCatalogCreate($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      name\n      category\n      variants {\n        id\n        sku\n        costCents\n        priceCents\n        marginPercent\n      }\n    }\n  }\n": typeof types.InventoryCatalogCreateDocument,
    "\n        query InventoryCatalogUser($id: ID!) {\n          user(id: $id) {\n            id\n          }\n        }\n      ": typeof types.InventoryCatalogUserDocument,
    "\n        query InventoryCatalogProducts {\n          products {\n            totalCount\n          }\n        }\n      ": typeof types.InventoryCatalogProductsDocument,
    "\n      query InventoryCatalogFind($category: String) {\n        products(category: $category) {\n          totalCount\n          nodes {\n            id\n            name\n            category\n            variants {\n              id\n              sku\n              title\n              priceCents\n              product {\n                name\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.InventoryCatalogFindDocument,
    "\n            query InventoryCatalogVariant($id: ID!) {\n              variant(id: $id) {\n                sku\n              }\n            }\n          ": typeof types.InventoryCatalogVariantDocument,
    "\n        query InventoryCatalogVariant2($id: ID!) {\n          variant(id: $id) {\n            sku\n            costCents\n            marginPercent\n            stock {\n              onHand\n            }\n            forecastMonthlyUnits\n          }\n        }\n      ": typeof types.InventoryCatalogVariant2Document,
    "\n  mutation OpenToBuySetBudget($input: SetBudgetInput!) {\n    setBudget(input: $input) {\n      id\n      month\n      category\n      amountCents\n    }\n  }\n": typeof types.OpenToBuySetBudgetDocument,
    "\n  query OpenToBuyOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) {\n      month\n      category\n      budgetCents\n      committedCents\n      remainingCents\n    }\n  }\n": typeof types.OpenToBuyOpenToBuyDocument,
    "\n  query OpenToBuyAudit {\n    auditLog(subjectType: Budget) {\n      totalCount\n      nodes {\n        action\n        subjectId\n        before\n        after\n      }\n    }\n  }\n": typeof types.OpenToBuyAuditDocument,
    "\n      mutation OpenToBuyCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    ": typeof types.OpenToBuyCreateProductDocument,
    "\n      mutation OpenToBuyCreateVendor {\n        createVendor(input: { name: \"Mill\", leadTimeDays: 14 }) {\n          id\n        }\n      }\n    ": typeof types.OpenToBuyCreateVendorDocument,
    "\n      mutation OpenToBuyCreateWarehouse($name: String!) {\n        createWarehouse(name: $name) {\n          id\n        }\n      }\n    ": typeof types.OpenToBuyCreateWarehouseDocument,
    "\n      mutation PurchasingCreateWarehouse {\n        createWarehouse(name: \"Main\") {\n          id\n        }\n      }\n    ": typeof types.PurchasingCreateWarehouseDocument,
    "\n      mutation PurchasingCreateVendor($input: CreateVendorInput!) {\n        createVendor(input: $input) {\n          id\n        }\n      }\n    ": typeof types.PurchasingCreateVendorDocument,
    "\n      mutation PurchasingCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    ": typeof types.PurchasingCreateProductDocument,
    "\n  fragment PurchasingOrder on StockOrder {\n    id\n    status\n    expectedMonth\n    totalCents\n    placedAt\n    receivedAt\n    emailedAt\n    vendor {\n      id\n    }\n    warehouse {\n      id\n    }\n    createdBy {\n      id\n    }\n    lines {\n      variant {\n        id\n        sku\n      }\n      quantity\n      unitCostCents\n      totalCents\n    }\n  }\n": typeof types.PurchasingOrderFragmentDoc,
    "\n  mutation PurchasingCreate($input: CreateStockOrderInput!) {\n    createStockOrder(input: $input) {\n      ...PurchasingOrder\n    }\n  }\n": typeof types.PurchasingCreateDocument,
    "\n  mutation PurchasingSetLine($input: SetStockOrderLineInput!) {\n    setStockOrderLine(input: $input) {\n      ...PurchasingOrder\n    }\n  }\n": typeof types.PurchasingSetLineDocument,
    "\n  mutation PurchasingPlace($id: ID!) {\n    placeStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n": typeof types.PurchasingPlaceDocument,
    "\n  mutation PurchasingReceive($id: ID!) {\n    receiveStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n": typeof types.PurchasingReceiveDocument,
    "\n  mutation PurchasingSend($id: ID!) {\n    sendStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n": typeof types.PurchasingSendDocument,
    "\n  mutation PurchasingSetEmail($input: SetVendorEmailInput!) {\n    setVendorEmail(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.PurchasingSetEmailDocument,
    "\n  mutation PurchasingImport($csv: String!) {\n    importStockOrders(csv: $csv) {\n      stockOrders {\n        ...PurchasingOrder\n      }\n      stockOrderCount\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.PurchasingImportDocument,
    "\n  query PurchasingOrderById($id: ID!) {\n    stockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n": typeof types.PurchasingOrderByIdDocument,
    "\n  query PurchasingCount {\n    stockOrders {\n      totalCount\n    }\n  }\n": typeof types.PurchasingCountDocument,
    "\n      query PurchasingVariant($id: ID!) {\n        variant(id: $id) {\n          stock {\n            warehouse {\n              id\n            }\n            onHand\n          }\n        }\n      }\n    ": typeof types.PurchasingVariantDocument,
    "\n      query PurchasingAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n            after\n          }\n        }\n      }\n    ": typeof types.PurchasingAuditLogDocument,
    "\n      mutation PurchasingSetStockLevel($input: SetStockLevelInput!) {\n        setStockLevel(input: $input) {\n          id\n        }\n      }\n    ": typeof types.PurchasingSetStockLevelDocument,
    "\n        query PurchasingStockOrders {\n          stockOrders(status: DRAFT) {\n            totalCount\n            nodes {\n              id\n              status\n            }\n          }\n        }\n      ": typeof types.PurchasingStockOrdersDocument,
    "\n        mutation PurchasingCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            variants {\n              id\n            }\n          }\n        }\n      ": typeof types.PurchasingCreateProductDocument,
    "\n          mutation PurchasingImportStockOrders($csv: String!) {\n            importStockOrders(csv: $csv) {\n              stockOrders {\n                id\n              }\n              errors {\n                row\n              }\n            }\n          }\n        ": typeof types.PurchasingImportStockOrdersDocument,
    "\n      mutation PurchasingPlaceId($id: ID!) {\n        placeStockOrder(id: $id) {\n          id\n        }\n      }\n    ": typeof types.PurchasingPlaceIdDocument,
    "\n      mutation PurchasingReceiveId($id: ID!) {\n        receiveStockOrder(id: $id) {\n          id\n        }\n      }\n    ": typeof types.PurchasingReceiveIdDocument,
    "\n      mutation PurchasingSendId($id: ID!) {\n        sendStockOrder(id: $id) {\n          id\n        }\n      }\n    ": typeof types.PurchasingSendIdDocument,
    "\n        mutation PurchasingCreateVendor2 {\n          createVendor(input: { name: \"Threadco\", leadTimeDays: 10 }) {\n            id\n          }\n        }\n      ": typeof types.PurchasingCreateVendor2Document,
    "\n        query PurchasingVendors {\n          vendors {\n            id\n            email\n          }\n        }\n      ": typeof types.PurchasingVendorsDocument,
    "\n          query PurchasingAuditLog2($id: ID!) {\n            auditLog(subjectId: $id) {\n              nodes {\n                action\n                subjectType\n                after\n              }\n            }\n          }\n        ": typeof types.PurchasingAuditLog2Document,
    "\n          query PurchasingAuditLog3($id: ID!) {\n            auditLog(subjectId: $id, first: 1) {\n              nodes {\n                action\n                after\n              }\n            }\n          }\n        ": typeof types.PurchasingAuditLog3Document,
    "\n        mutation PurchasingImportStockOrders($csv: String!) {\n          importStockOrders(csv: $csv) {\n            stockOrders {\n              id\n            }\n            errors {\n              row\n            }\n          }\n        }\n      ": typeof types.PurchasingImportStockOrdersDocument,
    "\n          mutation PurchasingImportStockOrders2($csv: String!) {\n            importStockOrders(csv: $csv) {\n              stockOrderCount\n              errors {\n                row\n              }\n            }\n          }\n        ": typeof types.PurchasingImportStockOrders2Document,
    "\n            query PurchasingAuditLog4 {\n              auditLog(subjectType: StockOrder, first: 100) {\n                totalCount\n                nodes {\n                  action\n                }\n              }\n            }\n          ": typeof types.PurchasingAuditLog4Document,
    "\n  query ReportsKpis($days: Int, $categories: [String!], $warehouseIds: [ID!]) {\n    inventoryKpis(days: $days, categories: $categories, warehouseIds: $warehouseIds) {\n      category\n      unitsSold\n      unitsOnHand\n      sellThroughPercent\n      inventoryTurnover\n      stockValueCents\n    }\n  }\n": typeof types.ReportsKpisDocument,
    "\n  fragment ReportsPresetFields on ReportPreset {\n    id\n    name\n    shared\n    filters {\n      categories\n      warehouseIds\n      days\n    }\n    owner {\n      id\n      name\n    }\n  }\n": typeof types.ReportsPresetFieldsFragmentDoc,
    "\n  query ReportsPresets {\n    reportPresets {\n      ...ReportsPresetFields\n    }\n  }\n": typeof types.ReportsPresetsDocument,
    "\n  mutation ReportsSave($input: SaveReportPresetInput!) {\n    saveReportPreset(input: $input) {\n      ...ReportsPresetFields\n    }\n  }\n": typeof types.ReportsSaveDocument,
    "\n  mutation ReportsSaveShared($input: SaveReportPresetInput!) {\n    saveSharedReportPreset(input: $input) {\n      ...ReportsPresetFields\n    }\n  }\n": typeof types.ReportsSaveSharedDocument,
    "\n  mutation ReportsDelete($id: ID!) {\n    deleteReportPreset(id: $id) {\n      id\n    }\n  }\n": typeof types.ReportsDeleteDocument,
    "\n  mutation ReportsDeleteShared($id: ID!) {\n    deleteSharedReportPreset(id: $id) {\n      id\n    }\n  }\n": typeof types.ReportsDeleteSharedDocument,
    "\n  query ReportsAudit {\n    auditLog(subjectType: ReportPreset) {\n      totalCount\n      nodes {\n        action\n        subjectId\n        before\n        after\n      }\n    }\n  }\n": typeof types.ReportsAuditDocument,
    "\n  mutation ReportsSetStock($input: SetStockLevelInput!) {\n    setStockLevel(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportsSetStockDocument,
    "\n  mutation ReportsRecordSales($input: RecordSalesInput!) {\n    recordSales(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportsRecordSalesDocument,
    "\n      mutation ReportsCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    ": typeof types.ReportsCreateProductDocument,
    "\n        mutation ReportsCreateWarehouse($name: String!) {\n          createWarehouse(name: $name) {\n            id\n          }\n        }\n      ": typeof types.ReportsCreateWarehouseDocument,
    "\n          mutation ReportsCreateWarehouse2 {\n            createWarehouse(name: \"Theirs\") {\n              id\n            }\n          }\n        ": typeof types.ReportsCreateWarehouse2Document,
    "\n        mutation WholesaleCreateWarehouse {\n          createWarehouse(name: \"Main\") {\n            id\n          }\n        }\n      ": typeof types.WholesaleCreateWarehouseDocument,
    "\n      mutation WholesaleCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    ": typeof types.WholesaleCreateProductDocument,
    "\n  fragment WholesaleOrderFields on WholesaleOrder {\n    id\n    customerName\n    status\n    totalCents\n    confirmedAt\n    warehouse {\n      id\n    }\n    createdBy {\n      id\n    }\n    lines {\n      variant {\n        sku\n      }\n      quantity\n      unitPriceCents\n      totalCents\n    }\n  }\n": typeof types.WholesaleOrderFieldsFragmentDoc,
    "\n  mutation WholesaleCreate($input: CreateWholesaleOrderInput!) {\n    createWholesaleOrder(input: $input) {\n      ...WholesaleOrderFields\n    }\n  }\n": typeof types.WholesaleCreateDocument,
    "\n  mutation WholesaleConfirm($id: ID!) {\n    confirmWholesaleOrder(id: $id) {\n      ...WholesaleOrderFields\n    }\n  }\n": typeof types.WholesaleConfirmDocument,
    "\n  query WholesaleList {\n    wholesaleOrders {\n      totalCount\n      nodes {\n        ...WholesaleOrderFields\n      }\n    }\n  }\n": typeof types.WholesaleListDocument,
    "\n      mutation WholesaleUpdateAccount($on: Boolean!) {\n        updateAccount(input: { wholesaleEnabled: $on }) {\n          wholesaleEnabled\n        }\n      }\n    ": typeof types.WholesaleUpdateAccountDocument,
    "\n      mutation WholesaleSetStockLevel($input: SetStockLevelInput!) {\n        setStockLevel(input: $input) {\n          id\n        }\n      }\n    ": typeof types.WholesaleSetStockLevelDocument,
    "\n      query WholesaleVariant($id: ID!) {\n        variant(id: $id) {\n          stock {\n            onHand\n          }\n        }\n      }\n    ": typeof types.WholesaleVariantDocument,
    "\n        query WholesaleAuditLog($id: ID!) {\n          auditLog(subjectId: $id) {\n            nodes {\n              action\n            }\n          }\n        }\n      ": typeof types.WholesaleAuditLogDocument,
    "\n            query WholesaleWholesaleOrder($id: ID!) {\n              wholesaleOrder(id: $id) {\n                status\n              }\n            }\n          ": typeof types.WholesaleWholesaleOrderDocument,
    "\n        mutation WholesaleUpdateAccount2 {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            id\n          }\n        }\n      ": typeof types.WholesaleUpdateAccount2Document,
    "\n            query WholesaleWholesaleOrder2($id: ID!) {\n              wholesaleOrder(id: $id) {\n                id\n              }\n            }\n          ": typeof types.WholesaleWholesaleOrder2Document,
    "\n        mutation WholesaleCreateProduct2 {\n          createProduct(\n            input: { name: \"Theirs\", category: \"Shirts\", variants: [{ sku: \"WH-A\", title: \"A\", costCents: 1, priceCents: 2 }] }\n          ) {\n            variants {\n              id\n            }\n          }\n        }\n      ": typeof types.WholesaleCreateProduct2Document,
    "\n        mutation WholesaleCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            variants {\n              id\n            }\n          }\n        }\n      ": typeof types.WholesaleCreateProductDocument,
    "\n                mutation WholesaleCreateWholesaleOrder($input: CreateWholesaleOrderInput!) {\n                  createWholesaleOrder(input: $input) {\n                    id\n                  }\n                }\n              ": typeof types.WholesaleCreateWholesaleOrderDocument,
    "\n            mutation WholesaleConfirmWholesaleOrder($id: ID!) {\n              confirmWholesaleOrder(id: $id) {\n                id\n              }\n            }\n          ": typeof types.WholesaleConfirmWholesaleOrderDocument,
    "\n        query WholesaleVariant($id: ID!) {\n          variant(id: $id) {\n            stock {\n              onHand\n            }\n          }\n        }\n      ": typeof types.WholesaleVariantDocument,
    "\n  mutation InvitesInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      status\n      expiresAt\n      sentCount\n    }\n  }\n": typeof types.InvitesInviteDocument,
    "\n  query InvitesList($status: InviteStatus) {\n    invites(status: $status) {\n      totalCount\n      nodes {\n        id\n        email\n        status\n        sentCount\n        acceptedBy {\n          name\n        }\n        revokedBy {\n          name\n        }\n      }\n    }\n  }\n": typeof types.InvitesListDocument,
    "\n  mutation InvitesAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        user {\n          id\n        }\n        permissions {\n          permissions\n        }\n      }\n    }\n  }\n": typeof types.InvitesAcceptDocument,
    "\n  mutation InvitesResend($id: ID!) {\n    resendInvite(inviteId: $id) {\n      status\n      sentCount\n      expiresAt\n    }\n  }\n": typeof types.InvitesResendDocument,
    "\n  mutation InvitesRevoke($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      status\n    }\n  }\n": typeof types.InvitesRevokeDocument,
    "\n  mutation InvitesDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      status\n    }\n  }\n": typeof types.InvitesDeleteUserDocument,
    "\n  query InvitesUser($id: ID!) {\n    user(id: $id) {\n      status\n      deletedAt\n    }\n  }\n": typeof types.InvitesUserDocument,
    "\n  query InvitesActiveUsers($after: String) {\n    users(first: 2, status: ACTIVE, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": typeof types.InvitesActiveUsersDocument,
    "\n  query InvitesDeletedUsers {\n    users(status: DELETED) {\n      nodes {\n        status\n      }\n    }\n  }\n": typeof types.InvitesDeletedUsersDocument,
    "\n  fragment BrandSettingsFields on BrandSettings {\n    legalName\n    website\n    contactEmail\n    about\n    multipleDivisionsPerOrder\n    inventoryVisibility\n    inventoryDisplay\n  }\n": typeof types.BrandSettingsFieldsFragmentDoc,
    "\n  query BrandSettings {\n    brandSettings {\n      ...BrandSettingsFields\n      paymentAccount\n    }\n  }\n": typeof types.BrandSettingsDocument,
    "\n  mutation BrandUpdateInfo($input: BrandInformationInput!) {\n    updateBrandInformation(input: $input) {\n      ...BrandSettingsFields\n    }\n  }\n": typeof types.BrandUpdateInfoDocument,
    "\n  mutation BrandUpdateDivisions($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      ...BrandSettingsFields\n    }\n  }\n": typeof types.BrandUpdateDivisionsDocument,
    "\n  mutation BrandUpdateInventory($input: InventorySettingsInput!) {\n    updateInventorySettings(input: $input) {\n      ...BrandSettingsFields\n    }\n  }\n": typeof types.BrandUpdateInventoryDocument,
    "\n  mutation BrandConnect($id: String) {\n    connectPaymentAccount(stripeAccountId: $id) {\n      paymentAccount\n    }\n  }\n": typeof types.BrandConnectDocument,
    "\n      query BrandAuditLog($id: ID!) {\n        auditLog(subjectId: $id, first: 100) {\n          nodes {\n            action\n            before\n            after\n          }\n        }\n      }\n    ": typeof types.BrandAuditLogDocument,
    "\n        query BrandAuditLog2 {\n          auditLog {\n            totalCount\n          }\n        }\n      ": typeof types.BrandAuditLog2Document,
    "\n              query BrandAuditLog3($id: ID!) {\n                auditLog(subjectId: $id) {\n                  nodes {\n                    action\n                    before\n                    after\n                  }\n                }\n              }\n            ": typeof types.BrandAuditLog3Document,
    "\n        query BrandEverything {\n          brandSettings {\n            ...BrandSettingsFields\n          }\n          companyNumbers {\n            id\n          }\n          customerGroups {\n            id\n          }\n          discountOptions {\n            id\n          }\n          divisions {\n            id\n          }\n        }\n      ": typeof types.BrandEverythingDocument,
    "\n  mutation ConnectionsConnect($name: String!, $regionId: ID) {\n    connectRetailer(retailerName: $name, regionId: $regionId) {\n      id\n    }\n  }\n": typeof types.ConnectionsConnectDocument,
    "\n  query ConnectionsList {\n    connections(first: 50) {\n      totalCount\n      nodes {\n        retailerName\n      }\n    }\n  }\n": typeof types.ConnectionsListDocument,
    "\n  query ConnectionsOne($id: ID!) {\n    connection(id: $id) {\n      retailerName\n      buyers\n    }\n  }\n": typeof types.ConnectionsOneDocument,
    "\n  mutation ConnectionsBuyers($id: ID!, $buyers: [String!]!) {\n    editConnectionBuyers(connectionId: $id, buyers: $buyers) {\n      buyers\n    }\n  }\n": typeof types.ConnectionsBuyersDocument,
    "\n  mutation ConnectionsBudget($id: ID!, $cents: Cents) {\n    editConnectionBudget(connectionId: $id, budgetCents: $cents) {\n      budgetCents\n    }\n  }\n": typeof types.ConnectionsBudgetDocument,
    "\n  mutation ConnectionsRemove($id: ID!) {\n    removeConnection(id: $id) {\n      status\n    }\n  }\n": typeof types.ConnectionsRemoveDocument,
    "\n  mutation ConnectionsSetRegions($userId: ID!, $regionIds: [ID!]!) {\n    setUserRegions(userId: $userId, regionIds: $regionIds) {\n      regions {\n        name\n      }\n    }\n  }\n": typeof types.ConnectionsSetRegionsDocument,
    "\n  mutation ConnectionsPermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n": typeof types.ConnectionsPermissionsDocument,
    "\n          mutation ConnectionsCreateRegion($name: String!) {\n            createRegion(name: $name) {\n              id\n            }\n          }\n        ": typeof types.ConnectionsCreateRegionDocument,
    "\n        mutation ConnectionsEditConnectionCurrencies($id: ID!) {\n          editConnectionCurrencies(connectionId: $id, currencies: [\"euro\"]) {\n            id\n          }\n        }\n      ": typeof types.ConnectionsEditConnectionCurrenciesDocument,
    "\n        mutation ConnectionsEditConnectionDoors($id: ID!, $doors: [String!]!) {\n          editConnectionDoors(connectionId: $id, doors: $doors) {\n            id\n          }\n        }\n      ": typeof types.ConnectionsEditConnectionDoorsDocument,
    "\n      query ConnectionsLog($id: ID) {\n        auditLog(first: 100, subjectId: $id) {\n          nodes {\n            action\n            subjectId\n            after\n          }\n        }\n      }\n    ": typeof types.ConnectionsLogDocument,
    "\n      mutation ConnectionsMove($id: ID!, $regionId: ID) {\n        setConnectionRegion(connectionId: $id, regionId: $regionId) {\n          region {\n            name\n          }\n        }\n      }\n    ": typeof types.ConnectionsMoveDocument,
    "\n        mutation ConnectionsDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      ": typeof types.ConnectionsDeleteUserDocument,
    "\n      query ConnectionsUsers {\n        users(first: 100) {\n          nodes {\n            name\n            regions {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.ConnectionsUsersDocument,
    "\n  mutation LinesheetsAddStyle($input: AddStyleInput!) {\n    addStyle(input: $input) {\n      id\n    }\n  }\n": typeof types.LinesheetsAddStyleDocument,
    "\n  fragment LinesheetsSheet on Linesheet {\n    id\n    kind\n    name\n    owner {\n      id\n    }\n    startShip\n    deliveryDates\n    private\n    syncToIpad\n    sharedAt\n    archivedAt\n    styles {\n      style {\n        id\n      }\n      badge {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LinesheetsSheetFragmentDoc,
    "\n  mutation LinesheetsCreate($input: CreateLinesheetInput!) {\n    createLinesheet(input: $input) {\n      ...LinesheetsSheet\n    }\n  }\n": typeof types.LinesheetsCreateDocument,
    "\n  mutation LinesheetsUpdate($input: UpdateLinesheetInput!) {\n    updateLinesheet(input: $input) {\n      ...LinesheetsSheet\n    }\n  }\n": typeof types.LinesheetsUpdateDocument,
    "\n  mutation LinesheetsArchive($id: ID!) {\n    archiveLinesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n": typeof types.LinesheetsArchiveDocument,
    "\n  mutation LinesheetsDelete($id: ID!) {\n    deleteLinesheet(id: $id) {\n      id\n    }\n  }\n": typeof types.LinesheetsDeleteDocument,
    "\n  mutation LinesheetsPrivacy($id: ID!, $private: Boolean!) {\n    setLinesheetPrivacy(id: $id, private: $private) {\n      ...LinesheetsSheet\n    }\n  }\n": typeof types.LinesheetsPrivacyDocument,
    "\n  mutation LinesheetsShare($id: ID!) {\n    shareLinesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n": typeof types.LinesheetsShareDocument,
    "\n  mutation LinesheetsSync($id: ID!, $syncToIpad: Boolean!) {\n    setLinesheetIpadSync(id: $id, syncToIpad: $syncToIpad) {\n      ...LinesheetsSheet\n    }\n  }\n": typeof types.LinesheetsSyncDocument,
    "\n  mutation LinesheetsBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) {\n      ...LinesheetsSheet\n    }\n  }\n": typeof types.LinesheetsBadgeDocument,
    "\n  mutation LinesheetsCreateBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.LinesheetsCreateBadgeDocument,
    "\n  query LinesheetsById($id: ID!) {\n    linesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n": typeof types.LinesheetsByIdDocument,
    "\n  query LinesheetsList($includeArchived: Boolean) {\n    linesheets(first: 100, includeArchived: $includeArchived) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.LinesheetsListDocument,
    "\n      query LinesheetsAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n          }\n        }\n      }\n    ": typeof types.LinesheetsAuditLogDocument,
    "\n        mutation LinesheetsDeleteStyle($id: ID!) {\n          deleteStyle(id: $id) {\n            id\n          }\n        }\n      ": typeof types.LinesheetsDeleteStyleDocument,
    "\n          query LinesheetsLinesheets {\n            linesheets(first: 100) {\n              nodes {\n                ...LinesheetsSheet\n                owner {\n                  name\n                }\n                styles {\n                  style {\n                    styleNumber\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.LinesheetsLinesheetsDocument,
    "\n  fragment OrderDiscountsMoney on Order {\n    status\n    subtotalCents\n    retailerDiscountPercent\n    retailerDiscountCents\n    discountPercent\n    orderDiscountCents\n    totalCents\n  }\n": typeof types.OrderDiscountsMoneyFragmentDoc,
    "\n  query OrderDiscountsRead($id: ID!) {\n    order(id: $id) {\n      ...OrderDiscountsMoney\n    }\n  }\n": typeof types.OrderDiscountsReadDocument,
    "\n  mutation OrderDiscountsRetailerDiscount($id: ID!, $percent: Int) {\n    editConnectionDiscount(connectionId: $id, discountPercent: $percent) {\n      discountPercent\n    }\n  }\n": typeof types.OrderDiscountsRetailerDiscountDocument,
    "\n  mutation OrderDiscountsSetDiscount($orderId: ID!, $percent: Int, $optionId: ID) {\n    setOrderDiscount(orderId: $orderId, percent: $percent, discountOptionId: $optionId) {\n      ...OrderDiscountsMoney\n    }\n  }\n": typeof types.OrderDiscountsSetDiscountDocument,
    "\n  mutation OrderDiscountsOption($input: SaveDiscountOptionInput!) {\n    saveDiscountOption(input: $input) {\n      id\n      percent\n    }\n  }\n": typeof types.OrderDiscountsOptionDocument,
    "\n  mutation OrderDiscountsInvoice($orderId: ID!) {\n    invoiceOrder(orderId: $orderId) {\n      amountCents\n    }\n  }\n": typeof types.OrderDiscountsInvoiceDocument,
    "\n      query OrderDiscountsAudit($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n            after\n          }\n        }\n      }\n    ": typeof types.OrderDiscountsAuditDocument,
    "\n      mutation OrderDiscountsLine($input: SetOrderLineInput!) {\n        setOrderLine(input: $input) {\n          id\n        }\n      }\n    ": typeof types.OrderDiscountsLineDocument,
    "\n      mutation OrderDiscountsTotals($orderId: ID!) {\n        setOrderDiscount(orderId: $orderId, percent: 50) {\n          retailerDiscountCents\n          orderDiscountCents\n          totalCents\n        }\n      }\n    ": typeof types.OrderDiscountsTotalsDocument,
    "\n  mutation OrderDivisionsSetting($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      multipleDivisionsPerOrder\n    }\n  }\n": typeof types.OrderDivisionsSettingDocument,
    "\n  fragment OrderFixturesOrder on Order {\n    id\n    status\n    poNumber\n    generatedPoNumber\n    startShip\n    deliveryDate\n    discountPercent\n    subtotalCents\n    retailerDiscountPercent\n    retailerDiscountCents\n    orderDiscountCents\n    totalCents\n    mergedIntoId\n    exportRequestedAt\n    exportedAt\n    submittedAt\n    createdBy {\n      id\n      name\n    }\n    connection {\n      id\n      retailerName\n    }\n    linesheet {\n      id\n      name\n      startShip\n      deliveryDates\n    }\n    lines {\n      id\n      style {\n        id\n        styleNumber\n        name\n      }\n      size\n      colour\n      quantity\n      unitPriceCents\n      discountPercent\n      totalCents\n      cancelled\n    }\n  }\n": typeof types.OrderFixturesOrderFragmentDoc,
    "\n  query OrderFixturesOrderById($id: ID!) {\n    order(id: $id) {\n      ...OrderFixturesOrder\n    }\n  }\n": typeof types.OrderFixturesOrderByIdDocument,
    "\n  mutation OrderFixturesCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n": typeof types.OrderFixturesCreateDocument,
    "\n  mutation OrderFixturesSetLine($input: SetOrderLineInput!) {\n    setOrderLine(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n": typeof types.OrderFixturesSetLineDocument,
    "\n  mutation OrderFixturesSetDates($input: SetOrderDatesInput!) {\n    setOrderDates(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n": typeof types.OrderFixturesSetDatesDocument,
    "\n  mutation OrderFixturesSetDiscount($orderId: ID!, $percent: Int!) {\n    setOrderDiscount(orderId: $orderId, percent: $percent) {\n      ...OrderFixturesOrder\n    }\n  }\n": typeof types.OrderFixturesSetDiscountDocument,
    "\n  mutation OrderFixturesSetPo($orderId: ID!, $poNumber: String!) {\n    setOrderPoNumber(orderId: $orderId, poNumber: $poNumber) {\n      ...OrderFixturesOrder\n    }\n  }\n": typeof types.OrderFixturesSetPoDocument,
    "\n  mutation OrderFixturesCancelStyle($input: CancelOrderStyleInput!) {\n    cancelOrderStyle(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n": typeof types.OrderFixturesCancelStyleDocument,
    "\n  mutation OrderFixturesMerge($target: ID!, $source: ID!) {\n    mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n      ...OrderFixturesOrder\n    }\n  }\n": typeof types.OrderFixturesMergeDocument,
    "\n    mutation OrderFixturesSubmitOrder($id: ID!) {\n      submitOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  ": typeof types.OrderFixturesSubmitOrderDocument,
    "\n    mutation OrderFixturesApproveOrder($id: ID!) {\n      approveOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  ": typeof types.OrderFixturesApproveOrderDocument,
    "\n    mutation OrderFixturesShipOrder($id: ID!) {\n      shipOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  ": typeof types.OrderFixturesShipOrderDocument,
    "\n    mutation OrderFixturesForceExportOrder($id: ID!) {\n      forceExportOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  ": typeof types.OrderFixturesForceExportOrderDocument,
    "\n    mutation OrderFixturesMarkOrderExported($id: ID!) {\n      markOrderExported(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  ": typeof types.OrderFixturesMarkOrderExportedDocument,
    "\n                mutation OrderPathsTestRemoveConnection($id: ID!) {\n                  removeConnection(id: $id) {\n                    id\n                  }\n                }\n              ": typeof types.OrderPathsTestRemoveConnectionDocument,
    "\n                mutation OrderPathsTestArchiveLinesheet($id: ID!) {\n                  archiveLinesheet(id: $id) {\n                    id\n                  }\n                }\n              ": typeof types.OrderPathsTestArchiveLinesheetDocument,
    "\n          mutation OrderPathsDivisionSettings($on: Boolean!) {\n            updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n              multipleDivisionsPerOrder\n            }\n          }\n        ": typeof types.OrderPathsDivisionSettingsDocument,
    "\n          mutation OrderPathsDeleteStyle($id: ID!) {\n            deleteStyle(id: $id) {\n              id\n            }\n          }\n        ": typeof types.OrderPathsDeleteStyleDocument,
    "\n            mutation OrderPathsRemoveConnection($id: ID!) {\n              removeConnection(id: $id) {\n                id\n              }\n            }\n          ": typeof types.OrderPathsRemoveConnectionDocument,
    "\n            mutation OrderPathsArchiveLinesheet($id: ID!) {\n              archiveLinesheet(id: $id) {\n                id\n              }\n            }\n          ": typeof types.OrderPathsArchiveLinesheetDocument,
    "\n            mutation OrderPathsAssignToNewRetailer($id: ID!) {\n              assignOrderToNewRetailer(orderId: $id, retailerName: \"Newcomer\") {\n                id\n                minimumOrderCents\n              }\n            }\n          ": typeof types.OrderPathsAssignToNewRetailerDocument,
    "\n            mutation OrderPathsInvoice($id: ID!) {\n              invoiceOrder(orderId: $id) {\n                amountCents\n              }\n            }\n          ": typeof types.OrderPathsInvoiceDocument,
    "\n      mutation OrderRulesAdd($name: String!) {\n        addClient(retailerName: $name) {\n          id\n          status\n        }\n      }\n    ": typeof types.OrderRulesAddDocument,
    "\n      mutation OrderRulesConnect($name: String!) {\n        connectRetailer(retailerName: $name) {\n          id\n          status\n        }\n      }\n    ": typeof types.OrderRulesConnectDocument,
    "\n      mutation OrderRulesAssign($id: ID!, $name: String!) {\n        assignOrderToNewRetailer(orderId: $id, retailerName: $name) {\n          id\n          status\n        }\n      }\n    ": typeof types.OrderRulesAssignDocument,
    "\n      mutation OrderRulesSave($input: SaveEventInput!) {\n        saveEvent(input: $input) {\n          id\n          name\n        }\n      }\n    ": typeof types.OrderRulesSaveDocument,
    "\n            query OrderRulesEvents {\n              events {\n                id\n                name\n              }\n            }\n          ": typeof types.OrderRulesEventsDocument,
    "\n  query OrdersAudit($id: ID!) {\n    auditLog(subjectId: $id) {\n      nodes {\n        action\n        before\n        after\n      }\n    }\n  }\n": typeof types.OrdersAuditDocument,
    "\n      mutation OrdersDates($input: SetOrderDatesInput!) {\n        setOrderDates(input: $input) {\n          id\n        }\n      }\n    ": typeof types.OrdersDatesDocument,
    "\n      mutation OrdersLine($input: SetOrderLineInput!) {\n        setOrderLine(input: $input) {\n          lines {\n            totalCents\n          }\n        }\n      }\n    ": typeof types.OrdersLineDocument,
    "\n      mutation OrdersTotal($orderId: ID!) {\n        setOrderDiscount(orderId: $orderId, percent: 50) {\n          totalCents\n          lines {\n            totalCents\n          }\n        }\n      }\n    ": typeof types.OrdersTotalDocument,
    "\n      query OrdersList($status: OrderStatus) {\n        orders(first: 100, status: $status) {\n          totalCount\n          nodes {\n            id\n            status\n          }\n        }\n      }\n    ": typeof types.OrdersListDocument,
    "\n      mutation OrdersSet($input: SetRetailerOrderRestrictionsInput!) {\n        setRetailerOrderRestrictions(input: $input) {\n          id\n          minimumOrderCents\n          retailerMayEditOrders\n        }\n      }\n    ": typeof types.OrdersSetDocument,
    "\n      mutation OrdersAdd($name: String!) {\n        addClient(retailerName: $name) {\n          id\n          retailerName\n          status\n        }\n      }\n    ": typeof types.OrdersAddDocument,
    "\n    mutation OrdersInvoice($orderId: ID!) {\n      invoiceOrder(orderId: $orderId) {\n        id\n        number\n        amountCents\n        order {\n          id\n        }\n        connection {\n          id\n        }\n        issuedBy {\n          id\n        }\n      }\n    }\n  ": typeof types.OrdersInvoiceDocument,
    "\n    query OrdersInvoices {\n      invoices(first: 100) {\n        totalCount\n        nodes {\n          id\n          number\n          amountCents\n          order {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.OrdersInvoicesDocument,
    "\n    mutation OrdersSave($input: SaveEventInput!) {\n      saveEvent(input: $input) {\n        id\n        name\n        startsOn\n        endsOn\n        location\n      }\n    }\n  ": typeof types.OrdersSaveDocument,
    "\n          query OrdersEvents {\n            events {\n              id\n              name\n            }\n          }\n        ": typeof types.OrdersEventsDocument,
    "\n            query OrdersOrder($id: ID!) {\n              order(id: $id) {\n                id\n              }\n            }\n          ": typeof types.OrdersOrderDocument,
    "\n            mutation OrdersInvoiceOrder($id: ID!) {\n              invoiceOrder(orderId: $id) {\n                id\n              }\n            }\n          ": typeof types.OrdersInvoiceOrderDocument,
    "\n      mutation OrdersCreate($input: CreateOrderInput!) {\n        createOrder(input: $input) {\n          id\n        }\n      }\n    ": typeof types.OrdersCreateDocument,
    "\n          query OrdersOrders {\n            orders(first: 100) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.OrdersOrdersDocument,
    "\n      mutation OrdersCreate2($input: CreateOrderInput!) {\n        createOrder(input: $input) {\n          id\n          linesheet {\n            name\n          }\n        }\n      }\n    ": typeof types.OrdersCreate2Document,
    "\n          mutation OrdersInvoiceOrder($id: ID!) {\n            invoiceOrder(orderId: $id) {\n              id\n            }\n          }\n        ": typeof types.OrdersInvoiceOrderDocument,
    "\n        query OrdersOrders2 {\n          orders(first: 100) {\n            nodes {\n              id\n            }\n          }\n          invoices(first: 100) {\n            nodes {\n              order {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.OrdersOrders2Document,
    "\n          query OrdersTypename {\n            __typename\n          }\n        ": typeof types.OrdersTypenameDocument,
    "\n      mutation OrdersSubmitId($id: ID!) {\n        submitOrder(id: $id) {\n          id\n        }\n      }\n    ": typeof types.OrdersSubmitIdDocument,
    "\n      mutation OrdersMergeId($target: ID!, $source: ID!) {\n        mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n          id\n        }\n      }\n    ": typeof types.OrdersMergeIdDocument,
    "\n      query OrdersList2($first: Int) {\n        orders(first: $first) {\n          nodes {\n            id\n            status\n            poNumber\n            subtotalCents\n            retailerDiscountPercent\n            retailerDiscountCents\n            orderDiscountCents\n            totalCents\n            createdBy {\n              name\n            }\n            connection {\n              id\n              retailerName\n            }\n            linesheet {\n              id\n              name\n            }\n            lines {\n              id\n              quantity\n              totalCents\n              style {\n                id\n                styleNumber\n                name\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.OrdersList2Document,
    "\n        query OrdersTypename {\n          __typename\n        }\n      ": typeof types.OrdersTypenameDocument,
    "\n  fragment StylesStyle on Style {\n    id\n    styleNumber\n    name\n    description\n    wholesalePriceCents\n    upc\n    deletedAt\n    division {\n      id\n      name\n    }\n    images {\n      id\n      url\n      contentType\n    }\n    badges {\n      id\n      name\n    }\n    inventory {\n      size\n      colour\n      available\n    }\n  }\n": typeof types.StylesStyleFragmentDoc,
    "\n  mutation StylesAdd($input: AddStyleInput!) {\n    addStyle(input: $input) {\n      ...StylesStyle\n    }\n  }\n": typeof types.StylesAddDocument,
    "\n  mutation StylesCopy($styleId: ID!, $styleNumber: String!) {\n    copyStyle(styleId: $styleId, styleNumber: $styleNumber) {\n      ...StylesStyle\n    }\n  }\n": typeof types.StylesCopyDocument,
    "\n  mutation StylesDelete($id: ID!) {\n    deleteStyle(id: $id) {\n      ...StylesStyle\n    }\n  }\n": typeof types.StylesDeleteDocument,
    "\n  mutation StylesEdit($input: EditStyleInput!) {\n    editStyle(input: $input) {\n      ...StylesStyle\n    }\n  }\n": typeof types.StylesEditDocument,
    "\n  mutation StylesSetUpc($styleId: ID!, $upc: String) {\n    setStyleUpc(styleId: $styleId, upc: $upc) {\n      ...StylesStyle\n    }\n  }\n": typeof types.StylesSetUpcDocument,
    "\n  mutation StylesSetDivision($styleId: ID!, $divisionId: ID) {\n    setStyleDivision(styleId: $styleId, divisionId: $divisionId) {\n      ...StylesStyle\n    }\n  }\n": typeof types.StylesSetDivisionDocument,
    "\n  mutation StylesUpload($styleId: ID!, $contentType: String!, $dataBase64: String!) {\n    uploadStyleImage(styleId: $styleId, contentType: $contentType, dataBase64: $dataBase64) {\n      id\n      url\n      contentType\n    }\n  }\n": typeof types.StylesUploadDocument,
    "\n  mutation StylesRemoveImage($imageId: ID!) {\n    removeStyleImage(imageId: $imageId) {\n      ...StylesStyle\n    }\n  }\n": typeof types.StylesRemoveImageDocument,
    "\n  mutation StylesCreateBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.StylesCreateBadgeDocument,
    "\n  mutation StylesAddBadge($styleId: ID!, $badgeId: ID!) {\n    addStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      ...StylesStyle\n    }\n  }\n": typeof types.StylesAddBadgeDocument,
    "\n  mutation StylesRemoveBadge($styleId: ID!, $badgeId: ID!) {\n    removeStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      ...StylesStyle\n    }\n  }\n": typeof types.StylesRemoveBadgeDocument,
    "\n  mutation StylesSetInventory($input: SetStyleInventoryInput!) {\n    setStyleInventory(input: $input) {\n      ...StylesStyle\n    }\n  }\n": typeof types.StylesSetInventoryDocument,
    "\n  query StylesById($id: ID!) {\n    style(id: $id) {\n      ...StylesStyle\n    }\n  }\n": typeof types.StylesByIdDocument,
    "\n  query StylesStyles($includeDeleted: Boolean) {\n    styles(first: 100, includeDeleted: $includeDeleted) {\n      totalCount\n      nodes {\n        id\n        styleNumber\n      }\n    }\n  }\n": typeof types.StylesStylesDocument,
    "\n      query StylesAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n          }\n        }\n      }\n    ": typeof types.StylesAuditLogDocument,
    "\n        query StylesStyleBadges {\n          styleBadges {\n            id\n            name\n          }\n        }\n      ": typeof types.StylesStyleBadgesDocument,
    "\n          query StylesStyleBadges {\n            styleBadges {\n              id\n              name\n            }\n          }\n        ": typeof types.StylesStyleBadgesDocument,
    "\n            query StylesStyleBadges2 {\n              styleBadges {\n                id\n              }\n            }\n          ": typeof types.StylesStyleBadges2Document,
    "\n          query StylesStylesRead {\n            styles(first: 100) {\n              nodes {\n                ...StylesStyle\n              }\n            }\n          }\n        ": typeof types.StylesStylesReadDocument,
    "\n        mutation JourneyInviteUser($email: String!) {\n          inviteUser(input: { email: $email, name: \"Bob Buyer\" }) {\n            id\n            status\n            permissions\n            expiresAt\n          }\n        }\n      ": typeof types.JourneyInviteUserDocument,
    "\n        query JourneyInvitation($token: String!) {\n          invitation(token: $token) {\n            email\n            name\n            invitedByName\n            hasLogin\n            accountName\n          }\n        }\n      ": typeof types.JourneyInvitationDocument,
    "\n        mutation JourneyAcceptInvite($token: String!, $password: String!) {\n          acceptInvite(input: { token: $token, password: $password }) {\n            token\n            me {\n              name\n              user {\n                id\n              }\n              permissions {\n                fullAccess\n              }\n            }\n          }\n        }\n      ": typeof types.JourneyAcceptInviteDocument,
    "\n        mutation JourneyUpdateUserPermissions($id: ID!) {\n          updateUserPermissions(input: { userId: $id, permissions: [REPLENISHMENT, RESTRICT_DELETE_STYLES] }) {\n            permissions {\n              fullAccess\n              permissions\n              capabilities\n            }\n          }\n        }\n      ": typeof types.JourneyUpdateUserPermissionsDocument,
    "\n        query JourneyMe {\n          me {\n            permissions {\n              permissions\n            }\n          }\n        }\n      ": typeof types.JourneyMeDocument,
    "\n        query JourneyAuditLog {\n          auditLog(first: 1) {\n            nodes {\n              action\n              actor {\n                name\n              }\n              target {\n                name\n              }\n              before\n              after\n              at\n            }\n          }\n        }\n      ": typeof types.JourneyAuditLogDocument,
    "\n        mutation JourneyDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            status\n            deletedAt\n            deletedBy {\n              name\n            }\n          }\n        }\n      ": typeof types.JourneyDeleteUserDocument,
    "\n            query JourneyMe2 {\n              me {\n                name\n              }\n            }\n          ": typeof types.JourneyMe2Document,
    "\n        mutation JourneyLogin($email: String!, $password: String!) {\n          login(input: { email: $email, password: $password }) {\n            token\n          }\n        }\n      ": typeof types.JourneyLoginDocument,
    "\n        query JourneyAuditLog2 {\n          auditLog {\n            nodes {\n              action\n              actor {\n                name\n                email\n                status\n              }\n              target {\n                name\n                email\n                status\n              }\n            }\n          }\n        }\n      ": typeof types.JourneyAuditLog2Document,
    "\n  mutation KitCreateWarehouse($name: String!) {\n    createWarehouse(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.KitCreateWarehouseDocument,
    "\n  mutation KitCreateVendor($input: CreateVendorInput!) {\n    createVendor(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.KitCreateVendorDocument,
    "\n  mutation KitCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      variants {\n        id\n        sku\n      }\n    }\n  }\n": typeof types.KitCreateProductDocument,
    "\n  mutation KitSetStockLevel($input: SetStockLevelInput!) {\n    setStockLevel(input: $input) {\n      id\n    }\n  }\n": typeof types.KitSetStockLevelDocument,
    "\n  mutation KitRecordSales($input: RecordSalesInput!) {\n    recordSales(input: $input) {\n      id\n    }\n  }\n": typeof types.KitRecordSalesDocument,
    "\n  mutation KitUpdateVariant($input: UpdateVariantInput!) {\n    updateVariant(input: $input) {\n      id\n      costCents\n    }\n  }\n": typeof types.KitUpdateVariantDocument,
    "\n  mutation KitEnableWholesale {\n    updateAccount(input: { wholesaleEnabled: true }) {\n      wholesaleEnabled\n    }\n  }\n": typeof types.KitEnableWholesaleDocument,
    "\n  mutation KitUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      name\n      coverDays\n      overstockCoverDays\n    }\n  }\n": typeof types.KitUpdateAccountDocument,
    "\n  query KitProducts {\n    products(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        category\n        variants {\n          id\n          sku\n          title\n          priceCents\n        }\n      }\n    }\n  }\n": typeof types.KitProductsDocument,
    "\n  query KitVariant($id: ID!) {\n    variant(id: $id) {\n      id\n      sku\n    }\n  }\n": typeof types.KitVariantDocument,
    "\n  query KitReplenishment {\n    replenishment {\n      variant {\n        sku\n      }\n      warehouse {\n        name\n      }\n      onHand\n      onOrder\n      dailyForecast\n      forecastSource\n      daysOfCover\n      suggestedQuantity\n    }\n  }\n": typeof types.KitReplenishmentDocument,
    "\n  query KitCompareWarehouses {\n    compareWarehouses {\n      variant {\n        sku\n      }\n      warehouses {\n        warehouse {\n          name\n        }\n        onHand\n        dailyForecast\n      }\n    }\n  }\n": typeof types.KitCompareWarehousesDocument,
    "\n  mutation KitSetForecast($input: SetForecastInput!) {\n    setForecast(input: $input) {\n      id\n    }\n  }\n": typeof types.KitSetForecastDocument,
    "\n  query KitOverview {\n    overview {\n      stockUnits\n      stockValueCents\n      retailValueCents\n      variantsOutOfStock\n      overstockValueCents\n      unitsSoldLast28Days\n    }\n  }\n": typeof types.KitOverviewDocument,
    "\n  query KitOverstock {\n    overstock {\n      variant {\n        sku\n      }\n      onHand\n      excessUnits\n      excessValueCents\n    }\n  }\n": typeof types.KitOverstockDocument,
    "\n  query KitWarehouses {\n    warehouses {\n      id\n      name\n    }\n  }\n": typeof types.KitWarehousesDocument,
    "\n  query KitVendorNames {\n    vendors {\n      id\n      name\n      leadTimeDays\n    }\n  }\n": typeof types.KitVendorNamesDocument,
    "\n  query KitVendors {\n    vendors {\n      id\n      name\n      email\n    }\n  }\n": typeof types.KitVendorsDocument,
    "\n  mutation KitCreateStockOrder($input: CreateStockOrderInput!) {\n    createStockOrder(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.KitCreateStockOrderDocument,
    "\n  mutation KitSetStockOrderLine($input: SetStockOrderLineInput!) {\n    setStockOrderLine(input: $input) {\n      id\n      totalCents\n    }\n  }\n": typeof types.KitSetStockOrderLineDocument,
    "\n  mutation KitPlaceStockOrder($id: ID!) {\n    placeStockOrder(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.KitPlaceStockOrderDocument,
    "\n  mutation KitReceiveStockOrder($id: ID!) {\n    receiveStockOrder(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.KitReceiveStockOrderDocument,
    "\n  mutation KitSendStockOrder($id: ID!) {\n    sendStockOrder(id: $id) {\n      id\n      emailedAt\n    }\n  }\n": typeof types.KitSendStockOrderDocument,
    "\n  query KitStockOrder($id: ID!) {\n    stockOrder(id: $id) {\n      id\n      status\n      totalCents\n      lines {\n        quantity\n        variant {\n          sku\n        }\n      }\n    }\n  }\n": typeof types.KitStockOrderDocument,
    "\n  query KitVariantDetails($id: ID!) {\n    variant(id: $id) {\n      sku\n      costCents\n      marginPercent\n      forecastMonthlyUnits\n      stock {\n        onHand\n      }\n    }\n  }\n": typeof types.KitVariantDetailsDocument,
    "\n  query KitStockOrders {\n    stockOrders(first: 5) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": typeof types.KitStockOrdersDocument,
    "\n  mutation KitSetVendorEmail($input: SetVendorEmailInput!) {\n    setVendorEmail(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.KitSetVendorEmailDocument,
    "\n  mutation KitImportStockOrders($csv: String!) {\n    importStockOrders(csv: $csv) {\n      errors {\n        row\n        column\n        message\n      }\n      stockOrders {\n        id\n      }\n    }\n  }\n": typeof types.KitImportStockOrdersDocument,
    "\n  mutation KitCreateWholesaleOrder($input: CreateWholesaleOrderInput!) {\n    createWholesaleOrder(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.KitCreateWholesaleOrderDocument,
    "\n  mutation KitConfirmWholesaleOrder($id: ID!) {\n    confirmWholesaleOrder(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.KitConfirmWholesaleOrderDocument,
    "\n  query KitWholesaleOrder($id: ID!) {\n    wholesaleOrder(id: $id) {\n      id\n      status\n      totalCents\n      lines {\n        quantity\n      }\n    }\n  }\n": typeof types.KitWholesaleOrderDocument,
    "\n  query KitWholesaleOrders {\n    wholesaleOrders(first: 5) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.KitWholesaleOrdersDocument,
    "\n  mutation KitSetBudget($input: SetBudgetInput!) {\n    setBudget(input: $input) {\n      id\n      amountCents\n    }\n  }\n": typeof types.KitSetBudgetDocument,
    "\n  query KitOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) {\n      month\n      category\n      budgetCents\n      committedCents\n      remainingCents\n    }\n  }\n": typeof types.KitOpenToBuyDocument,
    "\n  query KitInventoryKpis {\n    inventoryKpis {\n      category\n      unitsSold\n      sellThroughPercent\n      inventoryTurnover\n    }\n  }\n": typeof types.KitInventoryKpisDocument,
    "\n  query KitReportPresets {\n    reportPresets {\n      id\n      name\n      shared\n    }\n  }\n": typeof types.KitReportPresetsDocument,
    "\n  mutation KitSaveReportPreset($input: SaveReportPresetInput!) {\n    saveReportPreset(input: $input) {\n      id\n      shared\n    }\n  }\n": typeof types.KitSaveReportPresetDocument,
    "\n  mutation KitDeleteReportPreset($id: ID!) {\n    deleteReportPreset(id: $id) {\n      id\n    }\n  }\n": typeof types.KitDeleteReportPresetDocument,
    "\n  mutation KitSaveSharedReportPreset($input: SaveReportPresetInput!) {\n    saveSharedReportPreset(input: $input) {\n      id\n      shared\n    }\n  }\n": typeof types.KitSaveSharedReportPresetDocument,
    "\n  mutation KitDeleteSharedReportPreset($id: ID!) {\n    deleteSharedReportPreset(id: $id) {\n      id\n    }\n  }\n": typeof types.KitDeleteSharedReportPresetDocument,
    "\n  query KitAccountBilling {\n    account {\n      name\n      billing {\n        plan\n        billingEmail\n        monthlyPriceCents\n      }\n    }\n  }\n": typeof types.KitAccountBillingDocument,
    "\n  mutation KitUpdateBilling($input: UpdateBillingInput!) {\n    updateBilling(input: $input) {\n      plan\n      cardLast4\n    }\n  }\n": typeof types.KitUpdateBillingDocument,
    "\n  mutation KitRunSync {\n    runSync {\n      id\n      startedBy {\n        name\n      }\n      variantCount\n    }\n  }\n": typeof types.KitRunSyncDocument,
    "\n  query KitSyncRuns {\n    syncRuns(first: 5) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.KitSyncRunsDocument,
    "\n  query KitMyCapability($capability: Capability!) {\n    me {\n      can(capability: $capability)\n      explain(capability: $capability) {\n        allowed\n        reason\n        grantedBy\n        restrictedBy\n      }\n    }\n  }\n": typeof types.KitMyCapabilityDocument,
    "\n  query KitUserCapability($id: ID!, $capability: Capability!) {\n    user(id: $id) {\n      can(capability: $capability)\n      explain(capability: $capability) {\n        allowed\n        reason\n        grantedBy\n      }\n    }\n  }\n": typeof types.KitUserCapabilityDocument,
    "\n  query KitCatalogGuards {\n    permissionCatalog {\n      key\n      guards\n    }\n  }\n": typeof types.KitCatalogGuardsDocument,
    "\n  mutation KitInviteNobody($email: String!) {\n    inviteUser(input: { email: $email, permissions: [] }) {\n      id\n    }\n  }\n": typeof types.KitInviteNobodyDocument,
    "\n  mutation KitResendInvite($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n    }\n  }\n": typeof types.KitResendInviteDocument,
    "\n  mutation KitRevokeInvite($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n    }\n  }\n": typeof types.KitRevokeInviteDocument,
    "\n  mutation KitRestrictUser($id: ID!) {\n    updateUserPermissions(input: { userId: $id, permissions: [RESTRICT_DELETE_STYLES] }) {\n      id\n    }\n  }\n": typeof types.KitRestrictUserDocument,
    "\n  mutation KitDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n": typeof types.KitDeleteUserDocument,
    "\n  query KitInvites {\n    invites(first: 5) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": typeof types.KitInvitesDocument,
    "\n  query KitAuditLog {\n    auditLog(first: 5) {\n      nodes {\n        action\n      }\n    }\n  }\n": typeof types.KitAuditLogDocument,
    "\n  query KitUserDetails($id: ID!) {\n    user(id: $id) {\n      name\n      permissions {\n        fullAccess\n      }\n      can(capability: OVERVIEW)\n      explain(capability: OVERVIEW) {\n        allowed\n      }\n      regions {\n        name\n      }\n    }\n  }\n": typeof types.KitUserDetailsDocument,
    "\n  mutation KitCreateRegion($name: String!) {\n    createRegion(name: $name) {\n      id\n    }\n  }\n": typeof types.KitCreateRegionDocument,
    "\n  mutation KitSetUserRegions($userId: ID!, $regionIds: [ID!]!) {\n    setUserRegions(userId: $userId, regionIds: $regionIds) {\n      id\n    }\n  }\n": typeof types.KitSetUserRegionsDocument,
    "\n  mutation KitSetConnectionRegion($connectionId: ID!, $regionId: ID) {\n    setConnectionRegion(connectionId: $connectionId, regionId: $regionId) {\n      id\n    }\n  }\n": typeof types.KitSetConnectionRegionDocument,
    "\n  mutation KitConnectRetailer($name: String!) {\n    connectRetailer(retailerName: $name) {\n      id\n    }\n  }\n": typeof types.KitConnectRetailerDocument,
    "\n  mutation KitRemoveConnection($id: ID!) {\n    removeConnection(id: $id) {\n      status\n    }\n  }\n": typeof types.KitRemoveConnectionDocument,
    "\n  mutation KitAssignCompanyNumber($connectionId: ID!, $id: ID) {\n    assignCompanyNumber(connectionId: $connectionId, companyNumberId: $id) {\n      companyNumber\n    }\n  }\n": typeof types.KitAssignCompanyNumberDocument,
    "\n  mutation KitAssignCustomerGroup($connectionId: ID!, $id: ID) {\n    assignCustomerGroup(connectionId: $connectionId, customerGroupId: $id) {\n      customerGroup\n    }\n  }\n": typeof types.KitAssignCustomerGroupDocument,
    "\n  mutation KitEditBillingShipping($id: ID!) {\n    editConnectionBillingShipping(connectionId: $id, billingAddress: \"1 Main St\", shippingAddress: \"2 Dock Rd\") {\n      id\n    }\n  }\n": typeof types.KitEditBillingShippingDocument,
    "\n  mutation KitEditBudget($id: ID!) {\n    editConnectionBudget(connectionId: $id, budgetCents: 100000) {\n      id\n    }\n  }\n": typeof types.KitEditBudgetDocument,
    "\n  mutation KitEditBuyers($id: ID!) {\n    editConnectionBuyers(connectionId: $id, buyers: [\"Bea\"]) {\n      id\n    }\n  }\n": typeof types.KitEditBuyersDocument,
    "\n  mutation KitEditCurrencies($id: ID!) {\n    editConnectionCurrencies(connectionId: $id, currencies: [\"EUR\"]) {\n      id\n    }\n  }\n": typeof types.KitEditCurrenciesDocument,
    "\n  mutation KitEditCustomerCode($id: ID!) {\n    editConnectionCustomerCode(connectionId: $id, customerCode: \"C-1\") {\n      id\n    }\n  }\n": typeof types.KitEditCustomerCodeDocument,
    "\n  mutation KitEditDiscount($id: ID!) {\n    editConnectionDiscount(connectionId: $id, discountPercent: 5) {\n      id\n    }\n  }\n": typeof types.KitEditDiscountDocument,
    "\n  mutation KitEditDoors($id: ID!) {\n    editConnectionDoors(connectionId: $id, doors: [\"Main door\"]) {\n      id\n    }\n  }\n": typeof types.KitEditDoorsDocument,
    "\n  mutation KitEditPaymentMethods($id: ID!) {\n    editConnectionPaymentMethods(connectionId: $id, paymentMethods: [\"Card\"]) {\n      id\n    }\n  }\n": typeof types.KitEditPaymentMethodsDocument,
    "\n  mutation KitEditSalesReps($id: ID!) {\n    editConnectionSalesReps(connectionId: $id, salesReps: [\"Sam\"]) {\n      id\n    }\n  }\n": typeof types.KitEditSalesRepsDocument,
    "\n  mutation KitEditShippingMethods($id: ID!) {\n    editConnectionShippingMethods(connectionId: $id, shippingMethods: [\"Ground\"]) {\n      id\n    }\n  }\n": typeof types.KitEditShippingMethodsDocument,
    "\n  mutation KitEditWarehouses($id: ID!) {\n    editConnectionWarehouses(connectionId: $id, warehouses: [\"NJ\"]) {\n      id\n    }\n  }\n": typeof types.KitEditWarehousesDocument,
    "\n  query KitBrandSettings {\n    brandSettings {\n      legalName\n      paymentAccount\n    }\n  }\n": typeof types.KitBrandSettingsDocument,
    "\n  mutation KitUpdateBrandInformation($about: String!) {\n    updateBrandInformation(input: { about: $about }) {\n      legalName\n    }\n  }\n": typeof types.KitUpdateBrandInformationDocument,
    "\n  mutation KitUpdateDivisionSettings($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      legalName\n    }\n  }\n": typeof types.KitUpdateDivisionSettingsDocument,
    "\n  mutation KitUpdateInventorySettings($visibility: InventoryVisibility!) {\n    updateInventorySettings(input: { visibility: $visibility }) {\n      legalName\n    }\n  }\n": typeof types.KitUpdateInventorySettingsDocument,
    "\n  mutation KitConnectPaymentAccount($id: String) {\n    connectPaymentAccount(stripeAccountId: $id) {\n      legalName\n    }\n  }\n": typeof types.KitConnectPaymentAccountDocument,
    "\n  mutation KitSaveCompanyNumber($number: String!) {\n    saveCompanyNumber(input: { label: \"VAT\", number: $number }) {\n      id\n    }\n  }\n": typeof types.KitSaveCompanyNumberDocument,
    "\n  mutation KitSaveCustomerGroup($name: String!) {\n    saveCustomerGroup(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.KitSaveCustomerGroupDocument,
    "\n  mutation KitSaveDiscountOption($name: String!) {\n    saveDiscountOption(input: { name: $name, percent: 10 }) {\n      id\n    }\n  }\n": typeof types.KitSaveDiscountOptionDocument,
    "\n  mutation KitSaveDivision($name: String!) {\n    saveDivision(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.KitSaveDivisionDocument,
    "\n  query KitConnections {\n    connections(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.KitConnectionsDocument,
    "\n  query KitConnection($id: ID!) {\n    connection(id: $id) {\n      id\n      retailerName\n    }\n  }\n": typeof types.KitConnectionDocument,
    "\n  mutation KitCreateOrder($connectionId: ID!, $linesheetId: ID!) {\n    createOrder(input: { connectionId: $connectionId, linesheetId: $linesheetId }) {\n      id\n    }\n  }\n": typeof types.KitCreateOrderDocument,
    "\n  mutation KitSetOrderLine($orderId: ID!, $styleId: ID!) {\n    setOrderLine(input: { orderId: $orderId, styleId: $styleId, size: \"M\", colour: \"Red\", quantity: 2 }) {\n      id\n    }\n  }\n": typeof types.KitSetOrderLineDocument,
    "\n  mutation KitSubmitOrder($id: ID!) {\n    submitOrder(id: $id) {\n      id\n    }\n  }\n": typeof types.KitSubmitOrderDocument,
    "\n  mutation KitApproveOrder($id: ID!) {\n    approveOrder(id: $id) {\n      id\n    }\n  }\n": typeof types.KitApproveOrderDocument,
    "\n  mutation KitShipOrder($id: ID!) {\n    shipOrder(id: $id) {\n      id\n    }\n  }\n": typeof types.KitShipOrderDocument,
    "\n  mutation KitForceExportOrder($id: ID!) {\n    forceExportOrder(id: $id) {\n      id\n    }\n  }\n": typeof types.KitForceExportOrderDocument,
    "\n  mutation KitMarkOrderExported($id: ID!) {\n    markOrderExported(id: $id) {\n      id\n    }\n  }\n": typeof types.KitMarkOrderExportedDocument,
    "\n  mutation KitMergeOrders($target: ID!, $source: ID!) {\n    mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n      id\n    }\n  }\n": typeof types.KitMergeOrdersDocument,
    "\n  mutation KitSetRetailerOrderRestrictions($id: ID!, $minimum: Cents) {\n    setRetailerOrderRestrictions(input: { connectionId: $id, minimumOrderCents: $minimum }) {\n      id\n    }\n  }\n": typeof types.KitSetRetailerOrderRestrictionsDocument,
    "\n  mutation KitAddClient($name: String!) {\n    addClient(retailerName: $name) {\n      id\n    }\n  }\n": typeof types.KitAddClientDocument,
    "\n  mutation KitSaveEvent($name: String!) {\n    saveEvent(input: { name: $name, startsOn: \"2031-03-01\", endsOn: \"2031-03-02\" }) {\n      id\n    }\n  }\n": typeof types.KitSaveEventDocument,
    "\n  mutation KitInvoiceOrder($id: ID!) {\n    invoiceOrder(orderId: $id) {\n      id\n      number\n    }\n  }\n": typeof types.KitInvoiceOrderDocument,
    "\n  query KitInvoices {\n    invoices(first: 10) {\n      nodes {\n        id\n        number\n        amountCents\n      }\n    }\n  }\n": typeof types.KitInvoicesDocument,
    "\n  mutation KitAssignOrderToNewRetailer($id: ID!, $name: String!) {\n    assignOrderToNewRetailer(orderId: $id, retailerName: $name) {\n      id\n    }\n  }\n": typeof types.KitAssignOrderToNewRetailerDocument,
    "\n  mutation KitSetOrderDiscount($id: ID!, $percent: Int!) {\n    setOrderDiscount(orderId: $id, percent: $percent) {\n      id\n    }\n  }\n": typeof types.KitSetOrderDiscountDocument,
    "\n  mutation KitSetOrderPoNumber($id: ID!, $po: String!) {\n    setOrderPoNumber(orderId: $id, poNumber: $po) {\n      id\n    }\n  }\n": typeof types.KitSetOrderPoNumberDocument,
    "\n  mutation KitCancelOrderStyle($id: ID!, $styleId: ID!) {\n    cancelOrderStyle(input: { orderId: $id, styleId: $styleId }) {\n      id\n    }\n  }\n": typeof types.KitCancelOrderStyleDocument,
    "\n  query KitOrders {\n    orders(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.KitOrdersDocument,
    "\n  query KitOrder($id: ID!) {\n    order(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.KitOrderDocument,
    "\n  mutation KitSetOrderDates($id: ID!) {\n    setOrderDates(input: { orderId: $id, startShip: \"2031-02-03\" }) {\n      id\n    }\n  }\n": typeof types.KitSetOrderDatesDocument,
    "\n  mutation KitAddStyle($number: String!) {\n    addStyle(input: { styleNumber: $number, name: \"Tee\", wholesalePriceCents: 1500 }) {\n      id\n    }\n  }\n": typeof types.KitAddStyleDocument,
    "\n  mutation KitCopyStyle($id: ID!, $number: String!) {\n    copyStyle(styleId: $id, styleNumber: $number) {\n      id\n    }\n  }\n": typeof types.KitCopyStyleDocument,
    "\n  mutation KitDeleteStyle($id: ID!) {\n    deleteStyle(id: $id) {\n      id\n    }\n  }\n": typeof types.KitDeleteStyleDocument,
    "\n  mutation KitEditStyle($id: ID!, $name: String!) {\n    editStyle(input: { styleId: $id, name: $name }) {\n      id\n    }\n  }\n": typeof types.KitEditStyleDocument,
    "\n  mutation KitSetStyleUpc($id: ID!, $upc: String) {\n    setStyleUpc(styleId: $id, upc: $upc) {\n      id\n    }\n  }\n": typeof types.KitSetStyleUpcDocument,
    "\n  mutation KitSetStyleDivision($id: ID!, $divisionId: ID) {\n    setStyleDivision(styleId: $id, divisionId: $divisionId) {\n      id\n    }\n  }\n": typeof types.KitSetStyleDivisionDocument,
    "\n  mutation KitUploadStyleImage($id: ID!, $data: String!) {\n    uploadStyleImage(styleId: $id, contentType: \"image/png\", dataBase64: $data) {\n      id\n    }\n  }\n": typeof types.KitUploadStyleImageDocument,
    "\n  mutation KitRemoveStyleImage($id: ID!) {\n    removeStyleImage(imageId: $id) {\n      id\n    }\n  }\n": typeof types.KitRemoveStyleImageDocument,
    "\n  query KitStyleImages($id: ID!) {\n    style(id: $id) {\n      images {\n        id\n      }\n    }\n  }\n": typeof types.KitStyleImagesDocument,
    "\n  mutation KitCreateStyleBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n    }\n  }\n": typeof types.KitCreateStyleBadgeDocument,
    "\n  mutation KitAddStyleBadge($styleId: ID!, $badgeId: ID!) {\n    addStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n": typeof types.KitAddStyleBadgeDocument,
    "\n  mutation KitRemoveStyleBadge($styleId: ID!, $badgeId: ID!) {\n    removeStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n": typeof types.KitRemoveStyleBadgeDocument,
    "\n  mutation KitSetStyleInventory($id: ID!, $available: Int!) {\n    setStyleInventory(input: { styleId: $id, size: \"M\", colour: \"Black\", available: $available }) {\n      id\n    }\n  }\n": typeof types.KitSetStyleInventoryDocument,
    "\n  mutation KitCreateLinesheet($kind: LinesheetKind!, $styleIds: [ID!]!) {\n    createLinesheet(input: { kind: $kind, name: \"Spring\", startShip: \"2031-02-01\", deliveryDates: [\"2031-02-15\"], styleIds: $styleIds }) {\n      id\n    }\n  }\n": typeof types.KitCreateLinesheetDocument,
    "\n  mutation KitSetLinesheetPrivacy($id: ID!, $private: Boolean!) {\n    setLinesheetPrivacy(id: $id, private: $private) {\n      id\n    }\n  }\n": typeof types.KitSetLinesheetPrivacyDocument,
    "\n  mutation KitShareLinesheet($id: ID!) {\n    shareLinesheet(id: $id) {\n      id\n    }\n  }\n": typeof types.KitShareLinesheetDocument,
    "\n  mutation KitSetLinesheetIpadSync($id: ID!, $on: Boolean!) {\n    setLinesheetIpadSync(id: $id, syncToIpad: $on) {\n      id\n    }\n  }\n": typeof types.KitSetLinesheetIpadSyncDocument,
    "\n  mutation KitSetLinesheetStyleBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n": typeof types.KitSetLinesheetStyleBadgeDocument,
    "\n  mutation LiveSetPermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n": typeof types.LiveSetPermissionsDocument,
    "\n  mutation LiveInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n": typeof types.LiveInviteDocument,
    "\n  mutation LiveResend($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n    }\n  }\n": typeof types.LiveResendDocument,
    "\n  mutation LiveRevoke($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n    }\n  }\n": typeof types.LiveRevokeDocument,
    "\n  mutation LiveAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LiveAcceptDocument,
    "\n  mutation LiveDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n": typeof types.LiveDeleteDocument,
    "\n  mutation LiveLogout {\n    logout\n  }\n": typeof types.LiveLogoutDocument,
    "\n  mutation LiveUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      wholesaleEnabled\n    }\n  }\n": typeof types.LiveUpdateAccountDocument,
    "\n  mutation LiveSwitch($id: ID!) {\n    switchAccount(accountId: $id) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.LiveSwitchDocument,
    "\n  query LiveUserCapabilities($id: ID!) {\n    user(id: $id) {\n      permissions {\n        capabilities\n        permissions\n      }\n    }\n  }\n": typeof types.LiveUserCapabilitiesDocument,
    "\n  query LiveMyCapabilities {\n    me {\n      permissions {\n        capabilities\n        permissions\n      }\n    }\n  }\n": typeof types.LiveMyCapabilitiesDocument,
    "\n        query LiveAuditLog {\n          auditLog(first: 1) {\n            nodes {\n              id\n              action\n            }\n          }\n        }\n      ": typeof types.LiveAuditLogDocument,
    "\n        mutation LiveLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      ": typeof types.LiveLoginDocument,
    "\n  mutation MailInvite($email: String!) {\n    inviteUser(input: { email: $email }) {\n      id\n    }\n  }\n": typeof types.MailInviteDocument,
    "\n        mutation MailUpdateAccount($name: String!) {\n          updateAccount(input: { name: $name }) {\n            name\n          }\n        }\n      ": typeof types.MailUpdateAccountDocument,
    "\n  mutation PermissionRulesInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n      permissions\n      sentCount\n      expiresAt\n    }\n  }\n": typeof types.PermissionRulesInviteUserDocument,
    "\n  mutation PermissionRulesResendInvite($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n      status\n      sentCount\n      expiresAt\n    }\n  }\n": typeof types.PermissionRulesResendInviteDocument,
    "\n  mutation PermissionRulesRevokeInvite($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PermissionRulesRevokeInviteDocument,
    "\n  mutation PermissionRulesUpdatePermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n      permissions {\n        fullAccess\n        permissions\n        capabilities\n      }\n    }\n  }\n": typeof types.PermissionRulesUpdatePermissionsDocument,
    "\n  mutation PermissionRulesDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PermissionRulesDeleteUserDocument,
    "\n  query PermissionRulesInvites {\n    invites {\n      totalCount\n      nodes {\n        id\n        email\n        status\n        permissions\n        sentCount\n        expiresAt\n      }\n    }\n  }\n": typeof types.PermissionRulesInvitesDocument,
    "\n  query PermissionRulesAuditLog($first: Int) {\n    auditLog(first: $first) {\n      totalCount\n      nodes {\n        action\n        actor {\n          id\n        }\n        target {\n          id\n        }\n        invite {\n          id\n        }\n        before\n        after\n        at\n      }\n    }\n  }\n": typeof types.PermissionRulesAuditLogDocument,
    "\n  query PermissionRulesMyPermissions {\n    me {\n      permissions {\n        fullAccess\n        permissions\n        capabilities\n        decisions {\n          capability\n          allowed\n          reason\n          grantedBy\n          restrictedBy\n          feature\n          requires\n        }\n      }\n    }\n  }\n": typeof types.PermissionRulesMyPermissionsDocument,
    "\n      mutation PermissionRulesAcceptInvite($input: AcceptInviteInput!) {\n        acceptInvite(input: $input) {\n          token\n          me {\n            user {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.PermissionRulesAcceptInviteDocument,
    "\n      query PermissionRulesUser($id: ID!) {\n        user(id: $id) {\n          id\n          status\n          permissions {\n            fullAccess\n            permissions\n            narrowings\n          }\n        }\n      }\n    ": typeof types.PermissionRulesUserDocument,
    "\n              query PermissionRulesMe {\n                me {\n                  name\n                }\n              }\n            ": typeof types.PermissionRulesMeDocument,
    "\n        mutation PermissionRulesUpdateAccount {\n          updateAccount(input: { wholesaleEnabled: false }) {\n            wholesaleEnabled\n          }\n        }\n      ": typeof types.PermissionRulesUpdateAccountDocument,
    "\n        mutation PermissionRulesUpdateAccount2 {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            wholesaleEnabled\n          }\n        }\n      ": typeof types.PermissionRulesUpdateAccount2Document,
    "\n        mutation PermissionRulesUpdateAccount3 {\n          updateAccount(input: {}) {\n            name\n            wholesaleEnabled\n          }\n        }\n      ": typeof types.PermissionRulesUpdateAccount3Document,
    "\n          query PermissionRulesPermissionCatalog {\n            permissionCatalog {\n              key\n              kind\n            }\n          }\n        ": typeof types.PermissionRulesPermissionCatalogDocument,
    "\n            query PermissionRulesMe {\n              me {\n                name\n              }\n            }\n          ": typeof types.PermissionRulesMeDocument,
    "\n        query PermissionRulesAuditLog2($id: ID!) {\n          auditLog(targetId: $id) {\n            nodes {\n              action\n            }\n          }\n        }\n      ": typeof types.PermissionRulesAuditLog2Document,
    "\n  mutation SmtpInvite($email: String!) {\n    inviteUser(input: { email: $email, name: \"Eve Email\" }) {\n      id\n    }\n  }\n": typeof types.SmtpInviteDocument,
    "\n  query SmtpDelivery {\n    invites {\n      nodes {\n        email\n        delivery {\n          status\n          attempts\n          lastError\n          nextAttemptAt\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.SmtpDeliveryDocument,
    "\n    query StatementsUsers {\n      users(first: 100) {\n        totalCount\n        nodes {\n          id\n          name\n          email\n          status\n          joinedAt\n          deletedBy {\n            name\n          }\n          permissions {\n            fullAccess\n            permissions\n            capabilities\n          }\n        }\n      }\n    }\n  ": typeof types.StatementsUsersDocument,
    "\n    query StatementsAudit {\n      auditLog(first: 100) {\n        nodes {\n          action\n          actor {\n            name\n            email\n          }\n          target {\n            name\n          }\n          invite {\n            email\n            invitedBy {\n              name\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.StatementsAuditDocument,
    "\n    query StatementsAuditFive {\n      auditLog(first: 5) {\n        nodes {\n          action\n          actor {\n            name\n            email\n          }\n          target {\n            name\n          }\n          invite {\n            email\n            invitedBy {\n              name\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.StatementsAuditFiveDocument,
    "\n          query StatementsUsers2 {\n            users {\n              totalCount\n            }\n          }\n        ": typeof types.StatementsUsers2Document,
    "\n    query StatementsOrders($first: Int) {\n      stockOrders(first: $first) {\n        nodes {\n          status\n          totalCents\n          createdBy {\n            name\n            email\n          }\n          vendor {\n            name\n            email\n          }\n          warehouse {\n            name\n          }\n          lines {\n            quantity\n            variant {\n              sku\n              costCents\n              product {\n                name\n                category\n                vendor {\n                  name\n                }\n              }\n              stock {\n                onHand\n                warehouse {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.StatementsOrdersDocument,
    "\n      mutation SweepsAddStyle {\n        addStyle(input: { name: \"Victim Tee\", styleNumber: \"V-1\", wholesalePriceCents: 1000 }) {\n          id\n        }\n      }\n    ": typeof types.SweepsAddStyleDocument,
    "\n      mutation SweepsCreateLinesheet($styleIds: [ID!]!) {\n        createLinesheet(\n          input: { kind: ADMIN, name: \"Victim Spring\", startShip: \"2030-01-01\", deliveryDates: [\"2030-01-01\"], styleIds: $styleIds }\n        ) {\n          id\n        }\n      }\n    ": typeof types.SweepsCreateLinesheetDocument,
    "\n      mutation SweepsUpdateAccount {\n        updateAccount(input: { wholesaleEnabled: true }) {\n          id\n        }\n      }\n    ": typeof types.SweepsUpdateAccountDocument,
    "\n        mutation SweepsCreateAccount {\n          createAccount(name: \"Sam's Own\") {\n            account {\n              id\n            }\n          }\n        }\n      ": typeof types.SweepsCreateAccountDocument,
    "\n        mutation SweepsUpdateAccount {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            id\n          }\n        }\n      ": typeof types.SweepsUpdateAccountDocument,
    "\n      mutation SweepsLogin($email: String!) {\n        login(input: { email: $email, password: \"correct horse battery\" }) {\n          token\n        }\n      }\n    ": typeof types.SweepsLoginDocument,
    "\n        mutation SweepsLogout {\n          logout\n        }\n      ": typeof types.SweepsLogoutDocument,
    "\n        mutation SweepsDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      ": typeof types.SweepsDeleteUserDocument,
    "\n              mutation SweepsUpdateUserPermissions($id: ID!, $to: [PermissionKey!]!) {\n                updateUserPermissions(input: { userId: $id, permissions: $to }) {\n                  permissions {\n                    permissions\n                  }\n                }\n              }\n            ": typeof types.SweepsUpdateUserPermissionsDocument,
    "\n              mutation SweepsDeleteUser2($id: ID!) {\n                deleteUser(userId: $id) {\n                  status\n                }\n              }\n            ": typeof types.SweepsDeleteUser2Document,
    "\n  mutation TenancyLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TenancyLoginDocument,
    "\n  mutation TenancyInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n": typeof types.TenancyInviteDocument,
    "\n  mutation TenancyAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        personId\n        account {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TenancyAcceptDocument,
    "\n  mutation TenancySwitch($id: ID!) {\n    switchAccount(accountId: $id) {\n      account {\n        id\n      }\n      permissions {\n        fullAccess\n        permissions\n      }\n    }\n  }\n": typeof types.TenancySwitchDocument,
    "\n  mutation TenancyDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.TenancyDeleteDocument,
    "\n  query TenancyMe {\n    me {\n      personId\n      account {\n        id\n      }\n      accounts {\n        id\n      }\n      permissions {\n        fullAccess\n        permissions\n      }\n    }\n  }\n": typeof types.TenancyMeDocument,
    "\n  query TenancyAccountState {\n    account {\n      id\n      name\n      wholesaleEnabled\n    }\n    users(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        status\n        deletedAt\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n    invites(first: 100) {\n      totalCount\n      nodes {\n        id\n        email\n        name\n        status\n        permissions\n        sentCount\n        expiresAt\n        lastSentAt\n        revokedAt\n        acceptedAt\n      }\n    }\n    auditLog(first: 100) {\n      totalCount\n      nodes {\n        id\n        action\n        before\n        after\n        at\n        actor {\n          id\n          name\n          email\n        }\n        target {\n          id\n          name\n          email\n        }\n        invite {\n          id\n          email\n        }\n      }\n    }\n  }\n": typeof types.TenancyAccountStateDocument,
    "\n          query TenancyQuery($id: ID!) {\n            user(id: $id) {\n              id\n              name\n              email\n              status\n            }\n          }\n        ": typeof types.TenancyQueryDocument,
    "\n          query TenancyUser($id: ID!) {\n            user(id: $id) {\n              name\n            }\n          }\n        ": typeof types.TenancyUserDocument,
    "\n        mutation TenancyMutation($input: UpdateUserPermissionsInput!) {\n          updateUserPermissions(input: $input) {\n            id\n            permissions {\n              permissions\n            }\n          }\n        }\n      ": typeof types.TenancyMutationDocument,
    "\n        mutation TenancyMutation2($id: ID!) {\n          resendInvite(inviteId: $id) {\n            id\n            email\n            status\n          }\n        }\n      ": typeof types.TenancyMutation2Document,
    "\n        mutation TenancyMutation3($id: ID!) {\n          revokeInvite(inviteId: $id) {\n            id\n            email\n            status\n          }\n        }\n      ": typeof types.TenancyMutation3Document,
    "\n            query TenancyAuditLog($targetId: ID!) {\n              auditLog(targetId: $targetId) {\n                totalCount\n                nodes {\n                  id\n                }\n              }\n            }\n          ": typeof types.TenancyAuditLogDocument,
    "\n          query TenancyUsers {\n            users(first: 1) {\n              nodes {\n                id\n              }\n              pageInfo {\n                endCursor\n                hasNextPage\n              }\n            }\n          }\n        ": typeof types.TenancyUsersDocument,
    "\n          query TenancyUsers2($after: String) {\n            users(first: 100, after: $after) {\n              nodes {\n                id\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        ": typeof types.TenancyUsers2Document,
    "\n          query TenancyInvitation($token: String!) {\n            invitation(token: $token) {\n              email\n              name\n            }\n          }\n        ": typeof types.TenancyInvitationDocument,
    "\n        query TenancyInvitation2($token: String!) {\n          invitation(token: $token) {\n            email\n            hasLogin\n          }\n        }\n      ": typeof types.TenancyInvitation2Document,
    "\n        query TenancyMe2 {\n          me {\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      ": typeof types.TenancyMe2Document,
    "\n        mutation TenancySignUp($input: SignUpInput!) {\n          signUp(input: $input) {\n            email\n          }\n        }\n      ": typeof types.TenancySignUpDocument,
    "\n        query TenancyInvites {\n          invites {\n            totalCount\n          }\n        }\n      ": typeof types.TenancyInvitesDocument,
    "\n        query TenancyUsers3 {\n          users {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.TenancyUsers3Document,
    "\n            query TenancyInvites {\n              invites {\n                totalCount\n              }\n            }\n          ": typeof types.TenancyInvitesDocument,
    "\n        mutation TenancyUpdateUserPermissions($input: UpdateUserPermissionsInput!) {\n          updateUserPermissions(input: $input) {\n            id\n          }\n        }\n      ": typeof types.TenancyUpdateUserPermissionsDocument,
    "\n    mutation VocabularyInvite($input: InviteUserInput!) {\n      inviteUser(input: $input) {\n        id\n      }\n    }\n  ": typeof types.VocabularyInviteDocument,
    "\n        query VocabularyInvites {\n          invites {\n            totalCount\n          }\n        }\n      ": typeof types.VocabularyInvitesDocument,
    "\n        mutation VocabularyUpdateAccount {\n          updateAccount(input: { name: \"X\" }) {\n            id\n          }\n        }\n      ": typeof types.VocabularyUpdateAccountDocument,
    "\n        mutation VocabularySelfEdit($id: ID!) {\n          updateUserPermissions(input: { userId: $id, permissions: [OVERVIEW] }) {\n            id\n          }\n        }\n      ": typeof types.VocabularySelfEditDocument,
    "\n        mutation VocabularyDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      ": typeof types.VocabularyDeleteUserDocument,
};
const documents: Documents = {
    "\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      me {\n        personId\n        name\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AuthLoginDocument,
    "\n        query AuthMe {\n          me {\n            name\n            email\n            account {\n              id\n              name\n              wholesaleEnabled\n            }\n            user {\n              status\n            }\n            permissions {\n              fullAccess\n              permissions\n            }\n            accounts {\n              name\n            }\n          }\n        }\n      ": types.AuthMeDocument,
    "\n        mutation AuthSignUp($input: SignUpInput!) {\n          signUp(input: $input) {\n            email\n          }\n        }\n      ": types.AuthSignUpDocument,
    "\n        mutation AuthVerifyEmail($input: VerifyEmailInput!) {\n          verifyEmail(input: $input) {\n            token\n            me {\n              user {\n                permissions {\n                  fullAccess\n                }\n              }\n            }\n          }\n        }\n      ": types.AuthVerifyEmailDocument,
    "\n          mutation AuthLogout {\n            logout\n          }\n        ": types.AuthLogoutDocument,
    "\n        query AuthMe2 {\n          me {\n            name\n          }\n        }\n      ": types.AuthMe2Document,
    "\n            query AuthMe2 {\n              me {\n                name\n              }\n            }\n          ": types.AuthMe2Document,
    "\n              query AuthMe2 {\n                me {\n                  name\n                }\n              }\n            ": types.AuthMe2Document,
    "\n        mutation AuthInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      ": types.AuthInviteUserDocument,
    "\n        query AuthInvitation($t: String!) {\n          invitation(token: $t) {\n            hasLogin\n          }\n        }\n      ": types.AuthInvitationDocument,
    "\n        mutation AuthAcceptInvite($input: AcceptInviteInput!) {\n          acceptInvite(input: $input) {\n            token\n          }\n        }\n      ": types.AuthAcceptInviteDocument,
    "\n        query AuthMe3 {\n          me {\n            accounts {\n              id\n              name\n            }\n            permissions {\n              fullAccess\n            }\n          }\n        }\n      ": types.AuthMe3Document,
    "\n        mutation AuthSwitchAccount($id: ID!) {\n          switchAccount(accountId: $id) {\n            account {\n              name\n            }\n            permissions {\n              fullAccess\n            }\n          }\n        }\n      ": types.AuthSwitchAccountDocument,
    "\n            query AuthAccount {\n              account {\n                name\n              }\n            }\n          ": types.AuthAccountDocument,
    "\n  mutation AtCommitInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n": types.AtCommitInviteDocument,
    "\n  mutation AtCommitAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n  }\n": types.AtCommitAcceptDocument,
    "\n  mutation AtCommitSet($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n": types.AtCommitSetDocument,
    "\n  mutation AtCommitDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n": types.AtCommitDeleteDocument,
    "\n  query AtCommitAudit {\n    auditLog(first: 100) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        target {\n          id\n        }\n        invite {\n          id\n          status\n        }\n        after\n      }\n    }\n  }\n": types.AtCommitAuditDocument,
    "\n        mutation AtCommitDeleteUser($me: ID!, $email: String!) {\n          leave: deleteUser(userId: $me) {\n            status\n          }\n          invite: inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      ": types.AtCommitDeleteUserDocument,
    "\n        query AtCommitUser($id: ID!) {\n          user(id: $id) {\n            status\n          }\n        }\n      ": types.AtCommitUserDocument,
    "\n        query AtCommitInvites {\n          invites {\n            nodes {\n              email\n            }\n          }\n        }\n      ": types.AtCommitInvitesDocument,
    "\n        query AtCommitInvites2 {\n          invites(status: REVOKED) {\n            nodes {\n              id\n              revokedBy {\n                id\n              }\n            }\n          }\n        }\n      ": types.AtCommitInvites2Document,
    "\n        mutation AtCommitResendInvite($id: ID!) {\n          resendInvite(inviteId: $id) {\n            id\n          }\n        }\n      ": types.AtCommitResendInviteDocument,
    "\n        query AtCommitInvitation($t: String!) {\n          invitation(token: $t) {\n            invitedByName\n          }\n        }\n      ": types.AtCommitInvitationDocument,
    "\n  query BackupSnapshot {\n    users {\n      nodes {\n        id\n        name\n        email\n        status\n        permissions {\n          permissions\n        }\n      }\n    }\n    invites {\n      nodes {\n        email\n        status\n      }\n    }\n    auditLog(first: 100) {\n      nodes {\n        action\n        subjectId\n      }\n    }\n  }\n": types.BackupSnapshotDocument,
    "\n        mutation BackupInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      ": types.BackupInviteUserDocument,
    "\n        mutation BackupUpdateAccount {\n          updateAccount(input: { name: \"Backed Up Co\" }) {\n            name\n          }\n        }\n      ": types.BackupUpdateAccountDocument,
    "\n        query CatalogPermissionCatalog {\n          permissionCatalog {\n            key\n            name\n            description\n            seedDescription\n            category\n            kind\n            grants\n            removes\n            narrows\n            source\n          }\n          __type(name: \"PermissionKey\") {\n            enumValues {\n              name\n            }\n          }\n        }\n      ": types.CatalogPermissionCatalogDocument,
    "\n  mutation CliLogin($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      me {\n        permissions {\n          permissions\n        }\n        can(capability: MANAGE_USERS)\n      }\n    }\n  }\n": types.CliLoginDocument,
    "\n            query CliMe {\n              me {\n                name\n              }\n            }\n          ": types.CliMeDocument,
    "\n  mutation CrashUpdate($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n": types.CrashUpdateDocument,
    "\n          mutation CrashInviteMember($email: String!) {\n            inviteUser(input: { email: $email, permissions: [OVERVIEW] }) {\n              id\n            }\n          }\n        ": types.CrashInviteMemberDocument,
    "\n            mutation CrashInvite($email: String!) {\n              inviteUser(input: { email: $email }) {\n                id\n              }\n            }\n          ": types.CrashInviteDocument,
    "\n              mutation CrashDeleteUser($id: ID!) {\n                deleteUser(userId: $id) {\n                  id\n                }\n              }\n            ": types.CrashDeleteUserDocument,
    "\n              query CrashUserCount {\n                users {\n                  totalCount\n                }\n              }\n            ": types.CrashUserCountDocument,
    "\n            query CrashMe {\n              me {\n                email\n              }\n            }\n          ": types.CrashMeDocument,
    "\n        query CrashUsers {\n          users {\n            nodes {\n              id\n              permissions {\n                permissions\n              }\n            }\n          }\n        }\n      ": types.CrashUsersDocument,
    "\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n": types.HarnessSignUpDocument,
    "\n  mutation HarnessVerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.HarnessVerifyEmailDocument,
    "\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n": types.HarnessInviteUserDocument,
    "\n  mutation HarnessAcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.HarnessAcceptInviteDocument,
    "\n  mutation IdentitySignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n": types.IdentitySignUpDocument,
    "\n  mutation IdentityVerify($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      token\n      me {\n        name\n        email\n        account {\n          name\n        }\n      }\n    }\n  }\n": types.IdentityVerifyDocument,
    "\n  mutation IdentityLogin($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n": types.IdentityLoginDocument,
    "\n  mutation IdentityResetRequest($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n      message\n    }\n  }\n": types.IdentityResetRequestDocument,
    "\n  mutation IdentityReset($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, password: $password })\n  }\n": types.IdentityResetDocument,
    "\n  mutation IdentityAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        email\n        account {\n          id\n        }\n      }\n    }\n  }\n": types.IdentityAcceptDocument,
    "\n        mutation IdentityInviteUser($email: String!) {\n          inviteUser(input: { email: $email, name: \"Bob\" }) {\n            id\n          }\n        }\n      ": types.IdentityInviteUserDocument,
    "\n        query IdentityInvitation($token: String!) {\n          invitation(token: $token) {\n            hasLogin\n          }\n        }\n      ": types.IdentityInvitationDocument,
    "\n        mutation IdentityInviteUser2($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      ": types.IdentityInviteUser2Document,
    "\n            query IdentityMe {\n              me {\n                name\n              }\n            }\n          ": types.IdentityMeDocument,
    "\n        query IdentityAuditLog {\n          auditLog(first: 5) {\n            nodes {\n              action\n              after\n            }\n          }\n        }\n      ": types.IdentityAuditLogDocument,
    "\n              query IdentityMe {\n                me {\n                  name\n                }\n              }\n            ": types.IdentityMeDocument,
    "\n        query IdentityAuditLog2 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              target {\n                email\n              }\n              after\n            }\n          }\n        }\n      ": types.IdentityAuditLog2Document,
    "\n    mutation IdentityChangePassword($current: String!, $new: String!) {\n      changePassword(input: { currentPassword: $current, newPassword: $new })\n    }\n  ": types.IdentityChangePasswordDocument,
    "\n    mutation IdentityChangeEmail($email: String!, $password: String!) {\n      changeEmail(input: { newEmail: $email, password: $password }) {\n        email\n        message\n      }\n    }\n  ": types.IdentityChangeEmailDocument,
    "\n    mutation IdentityConfirm($token: String!) {\n      confirmEmailChange(token: $token)\n    }\n  ": types.IdentityConfirmDocument,
    "\n        query IdentityAuditLog3 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              before\n              after\n            }\n          }\n        }\n      ": types.IdentityAuditLog3Document,
    "\n    query IdentitySessions {\n      me {\n        sessions {\n          id\n          userAgent\n          current\n          lastSeenAt\n          account {\n            name\n          }\n        }\n      }\n    }\n  ": types.IdentitySessionsDocument,
    "\n          mutation IdentityEndSession($id: ID!) {\n            endSession(id: $id)\n          }\n        ": types.IdentityEndSessionDocument,
    "\n        query IdentityMe {\n          me {\n            name\n          }\n        }\n      ": types.IdentityMeDocument,
    "\n            mutation IdentityEndSession($id: ID!) {\n              endSession(id: $id)\n            }\n          ": types.IdentityEndSessionDocument,
    "\n          mutation IdentityEndOtherSessions {\n            endOtherSessions\n          }\n        ": types.IdentityEndOtherSessionsDocument,
    "\n        query IdentityAuditLog4 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              after\n            }\n          }\n        }\n      ": types.IdentityAuditLog4Document,
    "\n      mutation IdentityCreate($name: String!) {\n        createAccount(name: $name) {\n          account {\n            id\n            name\n          }\n          permissions {\n            fullAccess\n          }\n          accounts {\n            name\n          }\n        }\n      }\n    ": types.IdentityCreateDocument,
    "\n        query IdentityMe2 {\n          me {\n            account {\n              id\n            }\n          }\n        }\n      ": types.IdentityMe2Document,
    "\n        query IdentityAuditLog5 {\n          auditLog(first: 1) {\n            nodes {\n              action\n            }\n          }\n        }\n      ": types.IdentityAuditLog5Document,
    "\n  mutation InstancesSet($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n": types.InstancesSetDocument,
    "\n          query InstancesUsers {\n            users {\n              nodes {\n                id\n                permissions {\n                  fullAccess\n                }\n              }\n            }\n          }\n        ": types.InstancesUsersDocument,
    "\n      mutation InstancesSignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          email\n        }\n      }\n    ": types.InstancesSignUpDocument,
    "\n      mutation InstancesVerify($input: VerifyEmailInput!) {\n        verifyEmail(input: $input) {\n          token\n        }\n      }\n    ": types.InstancesVerifyDocument,
    "\n        mutation InstancesInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      ": types.InstancesInviteUserDocument,
    "\n        query InstancesAuditLog {\n          auditLog {\n            nodes {\n              action\n            }\n          }\n        }\n      ": types.InstancesAuditLogDocument,
    "\n        mutation InstancesLogout {\n          logout\n        }\n      ": types.InstancesLogoutDocument,
    "\n        query InstancesMe {\n          me {\n            name\n          }\n        }\n      ": types.InstancesMeDocument,
    "\n        mutation InstancesLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      ": types.InstancesLoginDocument,
    "\n  query InventoryAuditLog($subjectType: AuditSubjectType) {\n    auditLog(first: 20, subjectType: $subjectType) {\n      nodes {\n        action\n        subjectType\n        subjectId\n        actor {\n          name\n        }\n        before\n        after\n      }\n    }\n  }\n": types.InventoryAuditLogDocument,
    "\n  query BillingSyncBilling {\n    account {\n      id\n      name\n      createdAt\n      billing {\n        plan\n        billingEmail\n        cardLast4\n        monthlyPriceCents\n        renewsAt\n      }\n    }\n  }\n": types.BillingSyncBillingDocument,
    "\n  mutation BillingSyncUpdateBilling($input: UpdateBillingInput!) {\n    updateBilling(input: $input) {\n      plan\n      billingEmail\n      cardLast4\n      monthlyPriceCents\n      renewsAt\n    }\n  }\n": types.BillingSyncUpdateBillingDocument,
    "\n  mutation BillingSyncRunSync {\n    runSync {\n      id\n      startedBy {\n        id\n        name\n      }\n      variantCount\n      warehouseCount\n      startedAt\n      finishedAt\n    }\n  }\n": types.BillingSyncRunSyncDocument,
    "\n  query BillingSyncSyncRuns($first: Int, $after: String) {\n    syncRuns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        startedBy {\n          id\n        }\n      }\n    }\n  }\n": types.BillingSyncSyncRunsDocument,
    "\n  query BillingSyncAuditLog($type: AuditSubjectType) {\n    auditLog(subjectType: $type) {\n      totalCount\n      nodes {\n        action\n        actor {\n          id\n        }\n        subjectId\n        before\n        after\n      }\n    }\n  }\n": types.BillingSyncAuditLogDocument,
    "\n        query BillingSyncAccount {\n          account {\n            name\n            billing {\n              plan\n            }\n          }\n        }\n      ": types.BillingSyncAccountDocument,
    "\n        mutation BillingSyncCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            id\n          }\n        }\n      ": types.BillingSyncCreateProductDocument,
    "\n        mutation BillingSyncCreateWarehouse {\n          createWarehouse(name: \"Main\") {\n            id\n          }\n        }\n      ": types.BillingSyncCreateWarehouseDocument,
    "\n  mutation InventoryCatalogCreate($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      name\n      category\n      variants {\n        id\n        sku\n        costCents\n        priceCents\n        marginPercent\n      }\n    }\n  }\n": types.InventoryCatalogCreateDocument,
    "\n        query InventoryCatalogUser($id: ID!) {\n          user(id: $id) {\n            id\n          }\n        }\n      ": types.InventoryCatalogUserDocument,
    "\n        query InventoryCatalogProducts {\n          products {\n            totalCount\n          }\n        }\n      ": types.InventoryCatalogProductsDocument,
    "\n      query InventoryCatalogFind($category: String) {\n        products(category: $category) {\n          totalCount\n          nodes {\n            id\n            name\n            category\n            variants {\n              id\n              sku\n              title\n              priceCents\n              product {\n                name\n              }\n            }\n          }\n        }\n      }\n    ": types.InventoryCatalogFindDocument,
    "\n            query InventoryCatalogVariant($id: ID!) {\n              variant(id: $id) {\n                sku\n              }\n            }\n          ": types.InventoryCatalogVariantDocument,
    "\n        query InventoryCatalogVariant2($id: ID!) {\n          variant(id: $id) {\n            sku\n            costCents\n            marginPercent\n            stock {\n              onHand\n            }\n            forecastMonthlyUnits\n          }\n        }\n      ": types.InventoryCatalogVariant2Document,
    "\n  mutation OpenToBuySetBudget($input: SetBudgetInput!) {\n    setBudget(input: $input) {\n      id\n      month\n      category\n      amountCents\n    }\n  }\n": types.OpenToBuySetBudgetDocument,
    "\n  query OpenToBuyOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) {\n      month\n      category\n      budgetCents\n      committedCents\n      remainingCents\n    }\n  }\n": types.OpenToBuyOpenToBuyDocument,
    "\n  query OpenToBuyAudit {\n    auditLog(subjectType: Budget) {\n      totalCount\n      nodes {\n        action\n        subjectId\n        before\n        after\n      }\n    }\n  }\n": types.OpenToBuyAuditDocument,
    "\n      mutation OpenToBuyCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    ": types.OpenToBuyCreateProductDocument,
    "\n      mutation OpenToBuyCreateVendor {\n        createVendor(input: { name: \"Mill\", leadTimeDays: 14 }) {\n          id\n        }\n      }\n    ": types.OpenToBuyCreateVendorDocument,
    "\n      mutation OpenToBuyCreateWarehouse($name: String!) {\n        createWarehouse(name: $name) {\n          id\n        }\n      }\n    ": types.OpenToBuyCreateWarehouseDocument,
    "\n      mutation PurchasingCreateWarehouse {\n        createWarehouse(name: \"Main\") {\n          id\n        }\n      }\n    ": types.PurchasingCreateWarehouseDocument,
    "\n      mutation PurchasingCreateVendor($input: CreateVendorInput!) {\n        createVendor(input: $input) {\n          id\n        }\n      }\n    ": types.PurchasingCreateVendorDocument,
    "\n      mutation PurchasingCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    ": types.PurchasingCreateProductDocument,
    "\n  fragment PurchasingOrder on StockOrder {\n    id\n    status\n    expectedMonth\n    totalCents\n    placedAt\n    receivedAt\n    emailedAt\n    vendor {\n      id\n    }\n    warehouse {\n      id\n    }\n    createdBy {\n      id\n    }\n    lines {\n      variant {\n        id\n        sku\n      }\n      quantity\n      unitCostCents\n      totalCents\n    }\n  }\n": types.PurchasingOrderFragmentDoc,
    "\n  mutation PurchasingCreate($input: CreateStockOrderInput!) {\n    createStockOrder(input: $input) {\n      ...PurchasingOrder\n    }\n  }\n": types.PurchasingCreateDocument,
    "\n  mutation PurchasingSetLine($input: SetStockOrderLineInput!) {\n    setStockOrderLine(input: $input) {\n      ...PurchasingOrder\n    }\n  }\n": types.PurchasingSetLineDocument,
    "\n  mutation PurchasingPlace($id: ID!) {\n    placeStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n": types.PurchasingPlaceDocument,
    "\n  mutation PurchasingReceive($id: ID!) {\n    receiveStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n": types.PurchasingReceiveDocument,
    "\n  mutation PurchasingSend($id: ID!) {\n    sendStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n": types.PurchasingSendDocument,
    "\n  mutation PurchasingSetEmail($input: SetVendorEmailInput!) {\n    setVendorEmail(input: $input) {\n      id\n      email\n    }\n  }\n": types.PurchasingSetEmailDocument,
    "\n  mutation PurchasingImport($csv: String!) {\n    importStockOrders(csv: $csv) {\n      stockOrders {\n        ...PurchasingOrder\n      }\n      stockOrderCount\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.PurchasingImportDocument,
    "\n  query PurchasingOrderById($id: ID!) {\n    stockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n": types.PurchasingOrderByIdDocument,
    "\n  query PurchasingCount {\n    stockOrders {\n      totalCount\n    }\n  }\n": types.PurchasingCountDocument,
    "\n      query PurchasingVariant($id: ID!) {\n        variant(id: $id) {\n          stock {\n            warehouse {\n              id\n            }\n            onHand\n          }\n        }\n      }\n    ": types.PurchasingVariantDocument,
    "\n      query PurchasingAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n            after\n          }\n        }\n      }\n    ": types.PurchasingAuditLogDocument,
    "\n      mutation PurchasingSetStockLevel($input: SetStockLevelInput!) {\n        setStockLevel(input: $input) {\n          id\n        }\n      }\n    ": types.PurchasingSetStockLevelDocument,
    "\n        query PurchasingStockOrders {\n          stockOrders(status: DRAFT) {\n            totalCount\n            nodes {\n              id\n              status\n            }\n          }\n        }\n      ": types.PurchasingStockOrdersDocument,
    "\n        mutation PurchasingCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            variants {\n              id\n            }\n          }\n        }\n      ": types.PurchasingCreateProductDocument,
    "\n          mutation PurchasingImportStockOrders($csv: String!) {\n            importStockOrders(csv: $csv) {\n              stockOrders {\n                id\n              }\n              errors {\n                row\n              }\n            }\n          }\n        ": types.PurchasingImportStockOrdersDocument,
    "\n      mutation PurchasingPlaceId($id: ID!) {\n        placeStockOrder(id: $id) {\n          id\n        }\n      }\n    ": types.PurchasingPlaceIdDocument,
    "\n      mutation PurchasingReceiveId($id: ID!) {\n        receiveStockOrder(id: $id) {\n          id\n        }\n      }\n    ": types.PurchasingReceiveIdDocument,
    "\n      mutation PurchasingSendId($id: ID!) {\n        sendStockOrder(id: $id) {\n          id\n        }\n      }\n    ": types.PurchasingSendIdDocument,
    "\n        mutation PurchasingCreateVendor2 {\n          createVendor(input: { name: \"Threadco\", leadTimeDays: 10 }) {\n            id\n          }\n        }\n      ": types.PurchasingCreateVendor2Document,
    "\n        query PurchasingVendors {\n          vendors {\n            id\n            email\n          }\n        }\n      ": types.PurchasingVendorsDocument,
    "\n          query PurchasingAuditLog2($id: ID!) {\n            auditLog(subjectId: $id) {\n              nodes {\n                action\n                subjectType\n                after\n              }\n            }\n          }\n        ": types.PurchasingAuditLog2Document,
    "\n          query PurchasingAuditLog3($id: ID!) {\n            auditLog(subjectId: $id, first: 1) {\n              nodes {\n                action\n                after\n              }\n            }\n          }\n        ": types.PurchasingAuditLog3Document,
    "\n        mutation PurchasingImportStockOrders($csv: String!) {\n          importStockOrders(csv: $csv) {\n            stockOrders {\n              id\n            }\n            errors {\n              row\n            }\n          }\n        }\n      ": types.PurchasingImportStockOrdersDocument,
    "\n          mutation PurchasingImportStockOrders2($csv: String!) {\n            importStockOrders(csv: $csv) {\n              stockOrderCount\n              errors {\n                row\n              }\n            }\n          }\n        ": types.PurchasingImportStockOrders2Document,
    "\n            query PurchasingAuditLog4 {\n              auditLog(subjectType: StockOrder, first: 100) {\n                totalCount\n                nodes {\n                  action\n                }\n              }\n            }\n          ": types.PurchasingAuditLog4Document,
    "\n  query ReportsKpis($days: Int, $categories: [String!], $warehouseIds: [ID!]) {\n    inventoryKpis(days: $days, categories: $categories, warehouseIds: $warehouseIds) {\n      category\n      unitsSold\n      unitsOnHand\n      sellThroughPercent\n      inventoryTurnover\n      stockValueCents\n    }\n  }\n": types.ReportsKpisDocument,
    "\n  fragment ReportsPresetFields on ReportPreset {\n    id\n    name\n    shared\n    filters {\n      categories\n      warehouseIds\n      days\n    }\n    owner {\n      id\n      name\n    }\n  }\n": types.ReportsPresetFieldsFragmentDoc,
    "\n  query ReportsPresets {\n    reportPresets {\n      ...ReportsPresetFields\n    }\n  }\n": types.ReportsPresetsDocument,
    "\n  mutation ReportsSave($input: SaveReportPresetInput!) {\n    saveReportPreset(input: $input) {\n      ...ReportsPresetFields\n    }\n  }\n": types.ReportsSaveDocument,
    "\n  mutation ReportsSaveShared($input: SaveReportPresetInput!) {\n    saveSharedReportPreset(input: $input) {\n      ...ReportsPresetFields\n    }\n  }\n": types.ReportsSaveSharedDocument,
    "\n  mutation ReportsDelete($id: ID!) {\n    deleteReportPreset(id: $id) {\n      id\n    }\n  }\n": types.ReportsDeleteDocument,
    "\n  mutation ReportsDeleteShared($id: ID!) {\n    deleteSharedReportPreset(id: $id) {\n      id\n    }\n  }\n": types.ReportsDeleteSharedDocument,
    "\n  query ReportsAudit {\n    auditLog(subjectType: ReportPreset) {\n      totalCount\n      nodes {\n        action\n        subjectId\n        before\n        after\n      }\n    }\n  }\n": types.ReportsAuditDocument,
    "\n  mutation ReportsSetStock($input: SetStockLevelInput!) {\n    setStockLevel(input: $input) {\n      id\n    }\n  }\n": types.ReportsSetStockDocument,
    "\n  mutation ReportsRecordSales($input: RecordSalesInput!) {\n    recordSales(input: $input) {\n      id\n    }\n  }\n": types.ReportsRecordSalesDocument,
    "\n      mutation ReportsCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    ": types.ReportsCreateProductDocument,
    "\n        mutation ReportsCreateWarehouse($name: String!) {\n          createWarehouse(name: $name) {\n            id\n          }\n        }\n      ": types.ReportsCreateWarehouseDocument,
    "\n          mutation ReportsCreateWarehouse2 {\n            createWarehouse(name: \"Theirs\") {\n              id\n            }\n          }\n        ": types.ReportsCreateWarehouse2Document,
    "\n        mutation WholesaleCreateWarehouse {\n          createWarehouse(name: \"Main\") {\n            id\n          }\n        }\n      ": types.WholesaleCreateWarehouseDocument,
    "\n      mutation WholesaleCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    ": types.WholesaleCreateProductDocument,
    "\n  fragment WholesaleOrderFields on WholesaleOrder {\n    id\n    customerName\n    status\n    totalCents\n    confirmedAt\n    warehouse {\n      id\n    }\n    createdBy {\n      id\n    }\n    lines {\n      variant {\n        sku\n      }\n      quantity\n      unitPriceCents\n      totalCents\n    }\n  }\n": types.WholesaleOrderFieldsFragmentDoc,
    "\n  mutation WholesaleCreate($input: CreateWholesaleOrderInput!) {\n    createWholesaleOrder(input: $input) {\n      ...WholesaleOrderFields\n    }\n  }\n": types.WholesaleCreateDocument,
    "\n  mutation WholesaleConfirm($id: ID!) {\n    confirmWholesaleOrder(id: $id) {\n      ...WholesaleOrderFields\n    }\n  }\n": types.WholesaleConfirmDocument,
    "\n  query WholesaleList {\n    wholesaleOrders {\n      totalCount\n      nodes {\n        ...WholesaleOrderFields\n      }\n    }\n  }\n": types.WholesaleListDocument,
    "\n      mutation WholesaleUpdateAccount($on: Boolean!) {\n        updateAccount(input: { wholesaleEnabled: $on }) {\n          wholesaleEnabled\n        }\n      }\n    ": types.WholesaleUpdateAccountDocument,
    "\n      mutation WholesaleSetStockLevel($input: SetStockLevelInput!) {\n        setStockLevel(input: $input) {\n          id\n        }\n      }\n    ": types.WholesaleSetStockLevelDocument,
    "\n      query WholesaleVariant($id: ID!) {\n        variant(id: $id) {\n          stock {\n            onHand\n          }\n        }\n      }\n    ": types.WholesaleVariantDocument,
    "\n        query WholesaleAuditLog($id: ID!) {\n          auditLog(subjectId: $id) {\n            nodes {\n              action\n            }\n          }\n        }\n      ": types.WholesaleAuditLogDocument,
    "\n            query WholesaleWholesaleOrder($id: ID!) {\n              wholesaleOrder(id: $id) {\n                status\n              }\n            }\n          ": types.WholesaleWholesaleOrderDocument,
    "\n        mutation WholesaleUpdateAccount2 {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            id\n          }\n        }\n      ": types.WholesaleUpdateAccount2Document,
    "\n            query WholesaleWholesaleOrder2($id: ID!) {\n              wholesaleOrder(id: $id) {\n                id\n              }\n            }\n          ": types.WholesaleWholesaleOrder2Document,
    "\n        mutation WholesaleCreateProduct2 {\n          createProduct(\n            input: { name: \"Theirs\", category: \"Shirts\", variants: [{ sku: \"WH-A\", title: \"A\", costCents: 1, priceCents: 2 }] }\n          ) {\n            variants {\n              id\n            }\n          }\n        }\n      ": types.WholesaleCreateProduct2Document,
    "\n        mutation WholesaleCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            variants {\n              id\n            }\n          }\n        }\n      ": types.WholesaleCreateProductDocument,
    "\n                mutation WholesaleCreateWholesaleOrder($input: CreateWholesaleOrderInput!) {\n                  createWholesaleOrder(input: $input) {\n                    id\n                  }\n                }\n              ": types.WholesaleCreateWholesaleOrderDocument,
    "\n            mutation WholesaleConfirmWholesaleOrder($id: ID!) {\n              confirmWholesaleOrder(id: $id) {\n                id\n              }\n            }\n          ": types.WholesaleConfirmWholesaleOrderDocument,
    "\n        query WholesaleVariant($id: ID!) {\n          variant(id: $id) {\n            stock {\n              onHand\n            }\n          }\n        }\n      ": types.WholesaleVariantDocument,
    "\n  mutation InvitesInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      status\n      expiresAt\n      sentCount\n    }\n  }\n": types.InvitesInviteDocument,
    "\n  query InvitesList($status: InviteStatus) {\n    invites(status: $status) {\n      totalCount\n      nodes {\n        id\n        email\n        status\n        sentCount\n        acceptedBy {\n          name\n        }\n        revokedBy {\n          name\n        }\n      }\n    }\n  }\n": types.InvitesListDocument,
    "\n  mutation InvitesAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        user {\n          id\n        }\n        permissions {\n          permissions\n        }\n      }\n    }\n  }\n": types.InvitesAcceptDocument,
    "\n  mutation InvitesResend($id: ID!) {\n    resendInvite(inviteId: $id) {\n      status\n      sentCount\n      expiresAt\n    }\n  }\n": types.InvitesResendDocument,
    "\n  mutation InvitesRevoke($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      status\n    }\n  }\n": types.InvitesRevokeDocument,
    "\n  mutation InvitesDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      status\n    }\n  }\n": types.InvitesDeleteUserDocument,
    "\n  query InvitesUser($id: ID!) {\n    user(id: $id) {\n      status\n      deletedAt\n    }\n  }\n": types.InvitesUserDocument,
    "\n  query InvitesActiveUsers($after: String) {\n    users(first: 2, status: ACTIVE, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": types.InvitesActiveUsersDocument,
    "\n  query InvitesDeletedUsers {\n    users(status: DELETED) {\n      nodes {\n        status\n      }\n    }\n  }\n": types.InvitesDeletedUsersDocument,
    "\n  fragment BrandSettingsFields on BrandSettings {\n    legalName\n    website\n    contactEmail\n    about\n    multipleDivisionsPerOrder\n    inventoryVisibility\n    inventoryDisplay\n  }\n": types.BrandSettingsFieldsFragmentDoc,
    "\n  query BrandSettings {\n    brandSettings {\n      ...BrandSettingsFields\n      paymentAccount\n    }\n  }\n": types.BrandSettingsDocument,
    "\n  mutation BrandUpdateInfo($input: BrandInformationInput!) {\n    updateBrandInformation(input: $input) {\n      ...BrandSettingsFields\n    }\n  }\n": types.BrandUpdateInfoDocument,
    "\n  mutation BrandUpdateDivisions($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      ...BrandSettingsFields\n    }\n  }\n": types.BrandUpdateDivisionsDocument,
    "\n  mutation BrandUpdateInventory($input: InventorySettingsInput!) {\n    updateInventorySettings(input: $input) {\n      ...BrandSettingsFields\n    }\n  }\n": types.BrandUpdateInventoryDocument,
    "\n  mutation BrandConnect($id: String) {\n    connectPaymentAccount(stripeAccountId: $id) {\n      paymentAccount\n    }\n  }\n": types.BrandConnectDocument,
    "\n      query BrandAuditLog($id: ID!) {\n        auditLog(subjectId: $id, first: 100) {\n          nodes {\n            action\n            before\n            after\n          }\n        }\n      }\n    ": types.BrandAuditLogDocument,
    "\n        query BrandAuditLog2 {\n          auditLog {\n            totalCount\n          }\n        }\n      ": types.BrandAuditLog2Document,
    "\n              query BrandAuditLog3($id: ID!) {\n                auditLog(subjectId: $id) {\n                  nodes {\n                    action\n                    before\n                    after\n                  }\n                }\n              }\n            ": types.BrandAuditLog3Document,
    "\n        query BrandEverything {\n          brandSettings {\n            ...BrandSettingsFields\n          }\n          companyNumbers {\n            id\n          }\n          customerGroups {\n            id\n          }\n          discountOptions {\n            id\n          }\n          divisions {\n            id\n          }\n        }\n      ": types.BrandEverythingDocument,
    "\n  mutation ConnectionsConnect($name: String!, $regionId: ID) {\n    connectRetailer(retailerName: $name, regionId: $regionId) {\n      id\n    }\n  }\n": types.ConnectionsConnectDocument,
    "\n  query ConnectionsList {\n    connections(first: 50) {\n      totalCount\n      nodes {\n        retailerName\n      }\n    }\n  }\n": types.ConnectionsListDocument,
    "\n  query ConnectionsOne($id: ID!) {\n    connection(id: $id) {\n      retailerName\n      buyers\n    }\n  }\n": types.ConnectionsOneDocument,
    "\n  mutation ConnectionsBuyers($id: ID!, $buyers: [String!]!) {\n    editConnectionBuyers(connectionId: $id, buyers: $buyers) {\n      buyers\n    }\n  }\n": types.ConnectionsBuyersDocument,
    "\n  mutation ConnectionsBudget($id: ID!, $cents: Cents) {\n    editConnectionBudget(connectionId: $id, budgetCents: $cents) {\n      budgetCents\n    }\n  }\n": types.ConnectionsBudgetDocument,
    "\n  mutation ConnectionsRemove($id: ID!) {\n    removeConnection(id: $id) {\n      status\n    }\n  }\n": types.ConnectionsRemoveDocument,
    "\n  mutation ConnectionsSetRegions($userId: ID!, $regionIds: [ID!]!) {\n    setUserRegions(userId: $userId, regionIds: $regionIds) {\n      regions {\n        name\n      }\n    }\n  }\n": types.ConnectionsSetRegionsDocument,
    "\n  mutation ConnectionsPermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n": types.ConnectionsPermissionsDocument,
    "\n          mutation ConnectionsCreateRegion($name: String!) {\n            createRegion(name: $name) {\n              id\n            }\n          }\n        ": types.ConnectionsCreateRegionDocument,
    "\n        mutation ConnectionsEditConnectionCurrencies($id: ID!) {\n          editConnectionCurrencies(connectionId: $id, currencies: [\"euro\"]) {\n            id\n          }\n        }\n      ": types.ConnectionsEditConnectionCurrenciesDocument,
    "\n        mutation ConnectionsEditConnectionDoors($id: ID!, $doors: [String!]!) {\n          editConnectionDoors(connectionId: $id, doors: $doors) {\n            id\n          }\n        }\n      ": types.ConnectionsEditConnectionDoorsDocument,
    "\n      query ConnectionsLog($id: ID) {\n        auditLog(first: 100, subjectId: $id) {\n          nodes {\n            action\n            subjectId\n            after\n          }\n        }\n      }\n    ": types.ConnectionsLogDocument,
    "\n      mutation ConnectionsMove($id: ID!, $regionId: ID) {\n        setConnectionRegion(connectionId: $id, regionId: $regionId) {\n          region {\n            name\n          }\n        }\n      }\n    ": types.ConnectionsMoveDocument,
    "\n        mutation ConnectionsDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      ": types.ConnectionsDeleteUserDocument,
    "\n      query ConnectionsUsers {\n        users(first: 100) {\n          nodes {\n            name\n            regions {\n              name\n            }\n          }\n        }\n      }\n    ": types.ConnectionsUsersDocument,
    "\n  mutation LinesheetsAddStyle($input: AddStyleInput!) {\n    addStyle(input: $input) {\n      id\n    }\n  }\n": types.LinesheetsAddStyleDocument,
    "\n  fragment LinesheetsSheet on Linesheet {\n    id\n    kind\n    name\n    owner {\n      id\n    }\n    startShip\n    deliveryDates\n    private\n    syncToIpad\n    sharedAt\n    archivedAt\n    styles {\n      style {\n        id\n      }\n      badge {\n        id\n        name\n      }\n    }\n  }\n": types.LinesheetsSheetFragmentDoc,
    "\n  mutation LinesheetsCreate($input: CreateLinesheetInput!) {\n    createLinesheet(input: $input) {\n      ...LinesheetsSheet\n    }\n  }\n": types.LinesheetsCreateDocument,
    "\n  mutation LinesheetsUpdate($input: UpdateLinesheetInput!) {\n    updateLinesheet(input: $input) {\n      ...LinesheetsSheet\n    }\n  }\n": types.LinesheetsUpdateDocument,
    "\n  mutation LinesheetsArchive($id: ID!) {\n    archiveLinesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n": types.LinesheetsArchiveDocument,
    "\n  mutation LinesheetsDelete($id: ID!) {\n    deleteLinesheet(id: $id) {\n      id\n    }\n  }\n": types.LinesheetsDeleteDocument,
    "\n  mutation LinesheetsPrivacy($id: ID!, $private: Boolean!) {\n    setLinesheetPrivacy(id: $id, private: $private) {\n      ...LinesheetsSheet\n    }\n  }\n": types.LinesheetsPrivacyDocument,
    "\n  mutation LinesheetsShare($id: ID!) {\n    shareLinesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n": types.LinesheetsShareDocument,
    "\n  mutation LinesheetsSync($id: ID!, $syncToIpad: Boolean!) {\n    setLinesheetIpadSync(id: $id, syncToIpad: $syncToIpad) {\n      ...LinesheetsSheet\n    }\n  }\n": types.LinesheetsSyncDocument,
    "\n  mutation LinesheetsBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) {\n      ...LinesheetsSheet\n    }\n  }\n": types.LinesheetsBadgeDocument,
    "\n  mutation LinesheetsCreateBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n      name\n    }\n  }\n": types.LinesheetsCreateBadgeDocument,
    "\n  query LinesheetsById($id: ID!) {\n    linesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n": types.LinesheetsByIdDocument,
    "\n  query LinesheetsList($includeArchived: Boolean) {\n    linesheets(first: 100, includeArchived: $includeArchived) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.LinesheetsListDocument,
    "\n      query LinesheetsAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n          }\n        }\n      }\n    ": types.LinesheetsAuditLogDocument,
    "\n        mutation LinesheetsDeleteStyle($id: ID!) {\n          deleteStyle(id: $id) {\n            id\n          }\n        }\n      ": types.LinesheetsDeleteStyleDocument,
    "\n          query LinesheetsLinesheets {\n            linesheets(first: 100) {\n              nodes {\n                ...LinesheetsSheet\n                owner {\n                  name\n                }\n                styles {\n                  style {\n                    styleNumber\n                  }\n                }\n              }\n            }\n          }\n        ": types.LinesheetsLinesheetsDocument,
    "\n  fragment OrderDiscountsMoney on Order {\n    status\n    subtotalCents\n    retailerDiscountPercent\n    retailerDiscountCents\n    discountPercent\n    orderDiscountCents\n    totalCents\n  }\n": types.OrderDiscountsMoneyFragmentDoc,
    "\n  query OrderDiscountsRead($id: ID!) {\n    order(id: $id) {\n      ...OrderDiscountsMoney\n    }\n  }\n": types.OrderDiscountsReadDocument,
    "\n  mutation OrderDiscountsRetailerDiscount($id: ID!, $percent: Int) {\n    editConnectionDiscount(connectionId: $id, discountPercent: $percent) {\n      discountPercent\n    }\n  }\n": types.OrderDiscountsRetailerDiscountDocument,
    "\n  mutation OrderDiscountsSetDiscount($orderId: ID!, $percent: Int, $optionId: ID) {\n    setOrderDiscount(orderId: $orderId, percent: $percent, discountOptionId: $optionId) {\n      ...OrderDiscountsMoney\n    }\n  }\n": types.OrderDiscountsSetDiscountDocument,
    "\n  mutation OrderDiscountsOption($input: SaveDiscountOptionInput!) {\n    saveDiscountOption(input: $input) {\n      id\n      percent\n    }\n  }\n": types.OrderDiscountsOptionDocument,
    "\n  mutation OrderDiscountsInvoice($orderId: ID!) {\n    invoiceOrder(orderId: $orderId) {\n      amountCents\n    }\n  }\n": types.OrderDiscountsInvoiceDocument,
    "\n      query OrderDiscountsAudit($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n            after\n          }\n        }\n      }\n    ": types.OrderDiscountsAuditDocument,
    "\n      mutation OrderDiscountsLine($input: SetOrderLineInput!) {\n        setOrderLine(input: $input) {\n          id\n        }\n      }\n    ": types.OrderDiscountsLineDocument,
    "\n      mutation OrderDiscountsTotals($orderId: ID!) {\n        setOrderDiscount(orderId: $orderId, percent: 50) {\n          retailerDiscountCents\n          orderDiscountCents\n          totalCents\n        }\n      }\n    ": types.OrderDiscountsTotalsDocument,
    "\n  mutation OrderDivisionsSetting($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      multipleDivisionsPerOrder\n    }\n  }\n": types.OrderDivisionsSettingDocument,
    "\n  fragment OrderFixturesOrder on Order {\n    id\n    status\n    poNumber\n    generatedPoNumber\n    startShip\n    deliveryDate\n    discountPercent\n    subtotalCents\n    retailerDiscountPercent\n    retailerDiscountCents\n    orderDiscountCents\n    totalCents\n    mergedIntoId\n    exportRequestedAt\n    exportedAt\n    submittedAt\n    createdBy {\n      id\n      name\n    }\n    connection {\n      id\n      retailerName\n    }\n    linesheet {\n      id\n      name\n      startShip\n      deliveryDates\n    }\n    lines {\n      id\n      style {\n        id\n        styleNumber\n        name\n      }\n      size\n      colour\n      quantity\n      unitPriceCents\n      discountPercent\n      totalCents\n      cancelled\n    }\n  }\n": types.OrderFixturesOrderFragmentDoc,
    "\n  query OrderFixturesOrderById($id: ID!) {\n    order(id: $id) {\n      ...OrderFixturesOrder\n    }\n  }\n": types.OrderFixturesOrderByIdDocument,
    "\n  mutation OrderFixturesCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n": types.OrderFixturesCreateDocument,
    "\n  mutation OrderFixturesSetLine($input: SetOrderLineInput!) {\n    setOrderLine(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n": types.OrderFixturesSetLineDocument,
    "\n  mutation OrderFixturesSetDates($input: SetOrderDatesInput!) {\n    setOrderDates(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n": types.OrderFixturesSetDatesDocument,
    "\n  mutation OrderFixturesSetDiscount($orderId: ID!, $percent: Int!) {\n    setOrderDiscount(orderId: $orderId, percent: $percent) {\n      ...OrderFixturesOrder\n    }\n  }\n": types.OrderFixturesSetDiscountDocument,
    "\n  mutation OrderFixturesSetPo($orderId: ID!, $poNumber: String!) {\n    setOrderPoNumber(orderId: $orderId, poNumber: $poNumber) {\n      ...OrderFixturesOrder\n    }\n  }\n": types.OrderFixturesSetPoDocument,
    "\n  mutation OrderFixturesCancelStyle($input: CancelOrderStyleInput!) {\n    cancelOrderStyle(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n": types.OrderFixturesCancelStyleDocument,
    "\n  mutation OrderFixturesMerge($target: ID!, $source: ID!) {\n    mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n      ...OrderFixturesOrder\n    }\n  }\n": types.OrderFixturesMergeDocument,
    "\n    mutation OrderFixturesSubmitOrder($id: ID!) {\n      submitOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  ": types.OrderFixturesSubmitOrderDocument,
    "\n    mutation OrderFixturesApproveOrder($id: ID!) {\n      approveOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  ": types.OrderFixturesApproveOrderDocument,
    "\n    mutation OrderFixturesShipOrder($id: ID!) {\n      shipOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  ": types.OrderFixturesShipOrderDocument,
    "\n    mutation OrderFixturesForceExportOrder($id: ID!) {\n      forceExportOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  ": types.OrderFixturesForceExportOrderDocument,
    "\n    mutation OrderFixturesMarkOrderExported($id: ID!) {\n      markOrderExported(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  ": types.OrderFixturesMarkOrderExportedDocument,
    "\n                mutation OrderPathsTestRemoveConnection($id: ID!) {\n                  removeConnection(id: $id) {\n                    id\n                  }\n                }\n              ": types.OrderPathsTestRemoveConnectionDocument,
    "\n                mutation OrderPathsTestArchiveLinesheet($id: ID!) {\n                  archiveLinesheet(id: $id) {\n                    id\n                  }\n                }\n              ": types.OrderPathsTestArchiveLinesheetDocument,
    "\n          mutation OrderPathsDivisionSettings($on: Boolean!) {\n            updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n              multipleDivisionsPerOrder\n            }\n          }\n        ": types.OrderPathsDivisionSettingsDocument,
    "\n          mutation OrderPathsDeleteStyle($id: ID!) {\n            deleteStyle(id: $id) {\n              id\n            }\n          }\n        ": types.OrderPathsDeleteStyleDocument,
    "\n            mutation OrderPathsRemoveConnection($id: ID!) {\n              removeConnection(id: $id) {\n                id\n              }\n            }\n          ": types.OrderPathsRemoveConnectionDocument,
    "\n            mutation OrderPathsArchiveLinesheet($id: ID!) {\n              archiveLinesheet(id: $id) {\n                id\n              }\n            }\n          ": types.OrderPathsArchiveLinesheetDocument,
    "\n            mutation OrderPathsAssignToNewRetailer($id: ID!) {\n              assignOrderToNewRetailer(orderId: $id, retailerName: \"Newcomer\") {\n                id\n                minimumOrderCents\n              }\n            }\n          ": types.OrderPathsAssignToNewRetailerDocument,
    "\n            mutation OrderPathsInvoice($id: ID!) {\n              invoiceOrder(orderId: $id) {\n                amountCents\n              }\n            }\n          ": types.OrderPathsInvoiceDocument,
    "\n      mutation OrderRulesAdd($name: String!) {\n        addClient(retailerName: $name) {\n          id\n          status\n        }\n      }\n    ": types.OrderRulesAddDocument,
    "\n      mutation OrderRulesConnect($name: String!) {\n        connectRetailer(retailerName: $name) {\n          id\n          status\n        }\n      }\n    ": types.OrderRulesConnectDocument,
    "\n      mutation OrderRulesAssign($id: ID!, $name: String!) {\n        assignOrderToNewRetailer(orderId: $id, retailerName: $name) {\n          id\n          status\n        }\n      }\n    ": types.OrderRulesAssignDocument,
    "\n      mutation OrderRulesSave($input: SaveEventInput!) {\n        saveEvent(input: $input) {\n          id\n          name\n        }\n      }\n    ": types.OrderRulesSaveDocument,
    "\n            query OrderRulesEvents {\n              events {\n                id\n                name\n              }\n            }\n          ": types.OrderRulesEventsDocument,
    "\n  query OrdersAudit($id: ID!) {\n    auditLog(subjectId: $id) {\n      nodes {\n        action\n        before\n        after\n      }\n    }\n  }\n": types.OrdersAuditDocument,
    "\n      mutation OrdersDates($input: SetOrderDatesInput!) {\n        setOrderDates(input: $input) {\n          id\n        }\n      }\n    ": types.OrdersDatesDocument,
    "\n      mutation OrdersLine($input: SetOrderLineInput!) {\n        setOrderLine(input: $input) {\n          lines {\n            totalCents\n          }\n        }\n      }\n    ": types.OrdersLineDocument,
    "\n      mutation OrdersTotal($orderId: ID!) {\n        setOrderDiscount(orderId: $orderId, percent: 50) {\n          totalCents\n          lines {\n            totalCents\n          }\n        }\n      }\n    ": types.OrdersTotalDocument,
    "\n      query OrdersList($status: OrderStatus) {\n        orders(first: 100, status: $status) {\n          totalCount\n          nodes {\n            id\n            status\n          }\n        }\n      }\n    ": types.OrdersListDocument,
    "\n      mutation OrdersSet($input: SetRetailerOrderRestrictionsInput!) {\n        setRetailerOrderRestrictions(input: $input) {\n          id\n          minimumOrderCents\n          retailerMayEditOrders\n        }\n      }\n    ": types.OrdersSetDocument,
    "\n      mutation OrdersAdd($name: String!) {\n        addClient(retailerName: $name) {\n          id\n          retailerName\n          status\n        }\n      }\n    ": types.OrdersAddDocument,
    "\n    mutation OrdersInvoice($orderId: ID!) {\n      invoiceOrder(orderId: $orderId) {\n        id\n        number\n        amountCents\n        order {\n          id\n        }\n        connection {\n          id\n        }\n        issuedBy {\n          id\n        }\n      }\n    }\n  ": types.OrdersInvoiceDocument,
    "\n    query OrdersInvoices {\n      invoices(first: 100) {\n        totalCount\n        nodes {\n          id\n          number\n          amountCents\n          order {\n            id\n          }\n        }\n      }\n    }\n  ": types.OrdersInvoicesDocument,
    "\n    mutation OrdersSave($input: SaveEventInput!) {\n      saveEvent(input: $input) {\n        id\n        name\n        startsOn\n        endsOn\n        location\n      }\n    }\n  ": types.OrdersSaveDocument,
    "\n          query OrdersEvents {\n            events {\n              id\n              name\n            }\n          }\n        ": types.OrdersEventsDocument,
    "\n            query OrdersOrder($id: ID!) {\n              order(id: $id) {\n                id\n              }\n            }\n          ": types.OrdersOrderDocument,
    "\n            mutation OrdersInvoiceOrder($id: ID!) {\n              invoiceOrder(orderId: $id) {\n                id\n              }\n            }\n          ": types.OrdersInvoiceOrderDocument,
    "\n      mutation OrdersCreate($input: CreateOrderInput!) {\n        createOrder(input: $input) {\n          id\n        }\n      }\n    ": types.OrdersCreateDocument,
    "\n          query OrdersOrders {\n            orders(first: 100) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.OrdersOrdersDocument,
    "\n      mutation OrdersCreate2($input: CreateOrderInput!) {\n        createOrder(input: $input) {\n          id\n          linesheet {\n            name\n          }\n        }\n      }\n    ": types.OrdersCreate2Document,
    "\n          mutation OrdersInvoiceOrder($id: ID!) {\n            invoiceOrder(orderId: $id) {\n              id\n            }\n          }\n        ": types.OrdersInvoiceOrderDocument,
    "\n        query OrdersOrders2 {\n          orders(first: 100) {\n            nodes {\n              id\n            }\n          }\n          invoices(first: 100) {\n            nodes {\n              order {\n                id\n              }\n            }\n          }\n        }\n      ": types.OrdersOrders2Document,
    "\n          query OrdersTypename {\n            __typename\n          }\n        ": types.OrdersTypenameDocument,
    "\n      mutation OrdersSubmitId($id: ID!) {\n        submitOrder(id: $id) {\n          id\n        }\n      }\n    ": types.OrdersSubmitIdDocument,
    "\n      mutation OrdersMergeId($target: ID!, $source: ID!) {\n        mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n          id\n        }\n      }\n    ": types.OrdersMergeIdDocument,
    "\n      query OrdersList2($first: Int) {\n        orders(first: $first) {\n          nodes {\n            id\n            status\n            poNumber\n            subtotalCents\n            retailerDiscountPercent\n            retailerDiscountCents\n            orderDiscountCents\n            totalCents\n            createdBy {\n              name\n            }\n            connection {\n              id\n              retailerName\n            }\n            linesheet {\n              id\n              name\n            }\n            lines {\n              id\n              quantity\n              totalCents\n              style {\n                id\n                styleNumber\n                name\n              }\n            }\n          }\n        }\n      }\n    ": types.OrdersList2Document,
    "\n        query OrdersTypename {\n          __typename\n        }\n      ": types.OrdersTypenameDocument,
    "\n  fragment StylesStyle on Style {\n    id\n    styleNumber\n    name\n    description\n    wholesalePriceCents\n    upc\n    deletedAt\n    division {\n      id\n      name\n    }\n    images {\n      id\n      url\n      contentType\n    }\n    badges {\n      id\n      name\n    }\n    inventory {\n      size\n      colour\n      available\n    }\n  }\n": types.StylesStyleFragmentDoc,
    "\n  mutation StylesAdd($input: AddStyleInput!) {\n    addStyle(input: $input) {\n      ...StylesStyle\n    }\n  }\n": types.StylesAddDocument,
    "\n  mutation StylesCopy($styleId: ID!, $styleNumber: String!) {\n    copyStyle(styleId: $styleId, styleNumber: $styleNumber) {\n      ...StylesStyle\n    }\n  }\n": types.StylesCopyDocument,
    "\n  mutation StylesDelete($id: ID!) {\n    deleteStyle(id: $id) {\n      ...StylesStyle\n    }\n  }\n": types.StylesDeleteDocument,
    "\n  mutation StylesEdit($input: EditStyleInput!) {\n    editStyle(input: $input) {\n      ...StylesStyle\n    }\n  }\n": types.StylesEditDocument,
    "\n  mutation StylesSetUpc($styleId: ID!, $upc: String) {\n    setStyleUpc(styleId: $styleId, upc: $upc) {\n      ...StylesStyle\n    }\n  }\n": types.StylesSetUpcDocument,
    "\n  mutation StylesSetDivision($styleId: ID!, $divisionId: ID) {\n    setStyleDivision(styleId: $styleId, divisionId: $divisionId) {\n      ...StylesStyle\n    }\n  }\n": types.StylesSetDivisionDocument,
    "\n  mutation StylesUpload($styleId: ID!, $contentType: String!, $dataBase64: String!) {\n    uploadStyleImage(styleId: $styleId, contentType: $contentType, dataBase64: $dataBase64) {\n      id\n      url\n      contentType\n    }\n  }\n": types.StylesUploadDocument,
    "\n  mutation StylesRemoveImage($imageId: ID!) {\n    removeStyleImage(imageId: $imageId) {\n      ...StylesStyle\n    }\n  }\n": types.StylesRemoveImageDocument,
    "\n  mutation StylesCreateBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n      name\n    }\n  }\n": types.StylesCreateBadgeDocument,
    "\n  mutation StylesAddBadge($styleId: ID!, $badgeId: ID!) {\n    addStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      ...StylesStyle\n    }\n  }\n": types.StylesAddBadgeDocument,
    "\n  mutation StylesRemoveBadge($styleId: ID!, $badgeId: ID!) {\n    removeStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      ...StylesStyle\n    }\n  }\n": types.StylesRemoveBadgeDocument,
    "\n  mutation StylesSetInventory($input: SetStyleInventoryInput!) {\n    setStyleInventory(input: $input) {\n      ...StylesStyle\n    }\n  }\n": types.StylesSetInventoryDocument,
    "\n  query StylesById($id: ID!) {\n    style(id: $id) {\n      ...StylesStyle\n    }\n  }\n": types.StylesByIdDocument,
    "\n  query StylesStyles($includeDeleted: Boolean) {\n    styles(first: 100, includeDeleted: $includeDeleted) {\n      totalCount\n      nodes {\n        id\n        styleNumber\n      }\n    }\n  }\n": types.StylesStylesDocument,
    "\n      query StylesAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n          }\n        }\n      }\n    ": types.StylesAuditLogDocument,
    "\n        query StylesStyleBadges {\n          styleBadges {\n            id\n            name\n          }\n        }\n      ": types.StylesStyleBadgesDocument,
    "\n          query StylesStyleBadges {\n            styleBadges {\n              id\n              name\n            }\n          }\n        ": types.StylesStyleBadgesDocument,
    "\n            query StylesStyleBadges2 {\n              styleBadges {\n                id\n              }\n            }\n          ": types.StylesStyleBadges2Document,
    "\n          query StylesStylesRead {\n            styles(first: 100) {\n              nodes {\n                ...StylesStyle\n              }\n            }\n          }\n        ": types.StylesStylesReadDocument,
    "\n        mutation JourneyInviteUser($email: String!) {\n          inviteUser(input: { email: $email, name: \"Bob Buyer\" }) {\n            id\n            status\n            permissions\n            expiresAt\n          }\n        }\n      ": types.JourneyInviteUserDocument,
    "\n        query JourneyInvitation($token: String!) {\n          invitation(token: $token) {\n            email\n            name\n            invitedByName\n            hasLogin\n            accountName\n          }\n        }\n      ": types.JourneyInvitationDocument,
    "\n        mutation JourneyAcceptInvite($token: String!, $password: String!) {\n          acceptInvite(input: { token: $token, password: $password }) {\n            token\n            me {\n              name\n              user {\n                id\n              }\n              permissions {\n                fullAccess\n              }\n            }\n          }\n        }\n      ": types.JourneyAcceptInviteDocument,
    "\n        mutation JourneyUpdateUserPermissions($id: ID!) {\n          updateUserPermissions(input: { userId: $id, permissions: [REPLENISHMENT, RESTRICT_DELETE_STYLES] }) {\n            permissions {\n              fullAccess\n              permissions\n              capabilities\n            }\n          }\n        }\n      ": types.JourneyUpdateUserPermissionsDocument,
    "\n        query JourneyMe {\n          me {\n            permissions {\n              permissions\n            }\n          }\n        }\n      ": types.JourneyMeDocument,
    "\n        query JourneyAuditLog {\n          auditLog(first: 1) {\n            nodes {\n              action\n              actor {\n                name\n              }\n              target {\n                name\n              }\n              before\n              after\n              at\n            }\n          }\n        }\n      ": types.JourneyAuditLogDocument,
    "\n        mutation JourneyDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            status\n            deletedAt\n            deletedBy {\n              name\n            }\n          }\n        }\n      ": types.JourneyDeleteUserDocument,
    "\n            query JourneyMe2 {\n              me {\n                name\n              }\n            }\n          ": types.JourneyMe2Document,
    "\n        mutation JourneyLogin($email: String!, $password: String!) {\n          login(input: { email: $email, password: $password }) {\n            token\n          }\n        }\n      ": types.JourneyLoginDocument,
    "\n        query JourneyAuditLog2 {\n          auditLog {\n            nodes {\n              action\n              actor {\n                name\n                email\n                status\n              }\n              target {\n                name\n                email\n                status\n              }\n            }\n          }\n        }\n      ": types.JourneyAuditLog2Document,
    "\n  mutation KitCreateWarehouse($name: String!) {\n    createWarehouse(name: $name) {\n      id\n      name\n    }\n  }\n": types.KitCreateWarehouseDocument,
    "\n  mutation KitCreateVendor($input: CreateVendorInput!) {\n    createVendor(input: $input) {\n      id\n      name\n    }\n  }\n": types.KitCreateVendorDocument,
    "\n  mutation KitCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      variants {\n        id\n        sku\n      }\n    }\n  }\n": types.KitCreateProductDocument,
    "\n  mutation KitSetStockLevel($input: SetStockLevelInput!) {\n    setStockLevel(input: $input) {\n      id\n    }\n  }\n": types.KitSetStockLevelDocument,
    "\n  mutation KitRecordSales($input: RecordSalesInput!) {\n    recordSales(input: $input) {\n      id\n    }\n  }\n": types.KitRecordSalesDocument,
    "\n  mutation KitUpdateVariant($input: UpdateVariantInput!) {\n    updateVariant(input: $input) {\n      id\n      costCents\n    }\n  }\n": types.KitUpdateVariantDocument,
    "\n  mutation KitEnableWholesale {\n    updateAccount(input: { wholesaleEnabled: true }) {\n      wholesaleEnabled\n    }\n  }\n": types.KitEnableWholesaleDocument,
    "\n  mutation KitUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      name\n      coverDays\n      overstockCoverDays\n    }\n  }\n": types.KitUpdateAccountDocument,
    "\n  query KitProducts {\n    products(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        category\n        variants {\n          id\n          sku\n          title\n          priceCents\n        }\n      }\n    }\n  }\n": types.KitProductsDocument,
    "\n  query KitVariant($id: ID!) {\n    variant(id: $id) {\n      id\n      sku\n    }\n  }\n": types.KitVariantDocument,
    "\n  query KitReplenishment {\n    replenishment {\n      variant {\n        sku\n      }\n      warehouse {\n        name\n      }\n      onHand\n      onOrder\n      dailyForecast\n      forecastSource\n      daysOfCover\n      suggestedQuantity\n    }\n  }\n": types.KitReplenishmentDocument,
    "\n  query KitCompareWarehouses {\n    compareWarehouses {\n      variant {\n        sku\n      }\n      warehouses {\n        warehouse {\n          name\n        }\n        onHand\n        dailyForecast\n      }\n    }\n  }\n": types.KitCompareWarehousesDocument,
    "\n  mutation KitSetForecast($input: SetForecastInput!) {\n    setForecast(input: $input) {\n      id\n    }\n  }\n": types.KitSetForecastDocument,
    "\n  query KitOverview {\n    overview {\n      stockUnits\n      stockValueCents\n      retailValueCents\n      variantsOutOfStock\n      overstockValueCents\n      unitsSoldLast28Days\n    }\n  }\n": types.KitOverviewDocument,
    "\n  query KitOverstock {\n    overstock {\n      variant {\n        sku\n      }\n      onHand\n      excessUnits\n      excessValueCents\n    }\n  }\n": types.KitOverstockDocument,
    "\n  query KitWarehouses {\n    warehouses {\n      id\n      name\n    }\n  }\n": types.KitWarehousesDocument,
    "\n  query KitVendorNames {\n    vendors {\n      id\n      name\n      leadTimeDays\n    }\n  }\n": types.KitVendorNamesDocument,
    "\n  query KitVendors {\n    vendors {\n      id\n      name\n      email\n    }\n  }\n": types.KitVendorsDocument,
    "\n  mutation KitCreateStockOrder($input: CreateStockOrderInput!) {\n    createStockOrder(input: $input) {\n      id\n      status\n    }\n  }\n": types.KitCreateStockOrderDocument,
    "\n  mutation KitSetStockOrderLine($input: SetStockOrderLineInput!) {\n    setStockOrderLine(input: $input) {\n      id\n      totalCents\n    }\n  }\n": types.KitSetStockOrderLineDocument,
    "\n  mutation KitPlaceStockOrder($id: ID!) {\n    placeStockOrder(id: $id) {\n      id\n      status\n    }\n  }\n": types.KitPlaceStockOrderDocument,
    "\n  mutation KitReceiveStockOrder($id: ID!) {\n    receiveStockOrder(id: $id) {\n      id\n      status\n    }\n  }\n": types.KitReceiveStockOrderDocument,
    "\n  mutation KitSendStockOrder($id: ID!) {\n    sendStockOrder(id: $id) {\n      id\n      emailedAt\n    }\n  }\n": types.KitSendStockOrderDocument,
    "\n  query KitStockOrder($id: ID!) {\n    stockOrder(id: $id) {\n      id\n      status\n      totalCents\n      lines {\n        quantity\n        variant {\n          sku\n        }\n      }\n    }\n  }\n": types.KitStockOrderDocument,
    "\n  query KitVariantDetails($id: ID!) {\n    variant(id: $id) {\n      sku\n      costCents\n      marginPercent\n      forecastMonthlyUnits\n      stock {\n        onHand\n      }\n    }\n  }\n": types.KitVariantDetailsDocument,
    "\n  query KitStockOrders {\n    stockOrders(first: 5) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": types.KitStockOrdersDocument,
    "\n  mutation KitSetVendorEmail($input: SetVendorEmailInput!) {\n    setVendorEmail(input: $input) {\n      id\n      email\n    }\n  }\n": types.KitSetVendorEmailDocument,
    "\n  mutation KitImportStockOrders($csv: String!) {\n    importStockOrders(csv: $csv) {\n      errors {\n        row\n        column\n        message\n      }\n      stockOrders {\n        id\n      }\n    }\n  }\n": types.KitImportStockOrdersDocument,
    "\n  mutation KitCreateWholesaleOrder($input: CreateWholesaleOrderInput!) {\n    createWholesaleOrder(input: $input) {\n      id\n      status\n    }\n  }\n": types.KitCreateWholesaleOrderDocument,
    "\n  mutation KitConfirmWholesaleOrder($id: ID!) {\n    confirmWholesaleOrder(id: $id) {\n      id\n      status\n    }\n  }\n": types.KitConfirmWholesaleOrderDocument,
    "\n  query KitWholesaleOrder($id: ID!) {\n    wholesaleOrder(id: $id) {\n      id\n      status\n      totalCents\n      lines {\n        quantity\n      }\n    }\n  }\n": types.KitWholesaleOrderDocument,
    "\n  query KitWholesaleOrders {\n    wholesaleOrders(first: 5) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.KitWholesaleOrdersDocument,
    "\n  mutation KitSetBudget($input: SetBudgetInput!) {\n    setBudget(input: $input) {\n      id\n      amountCents\n    }\n  }\n": types.KitSetBudgetDocument,
    "\n  query KitOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) {\n      month\n      category\n      budgetCents\n      committedCents\n      remainingCents\n    }\n  }\n": types.KitOpenToBuyDocument,
    "\n  query KitInventoryKpis {\n    inventoryKpis {\n      category\n      unitsSold\n      sellThroughPercent\n      inventoryTurnover\n    }\n  }\n": types.KitInventoryKpisDocument,
    "\n  query KitReportPresets {\n    reportPresets {\n      id\n      name\n      shared\n    }\n  }\n": types.KitReportPresetsDocument,
    "\n  mutation KitSaveReportPreset($input: SaveReportPresetInput!) {\n    saveReportPreset(input: $input) {\n      id\n      shared\n    }\n  }\n": types.KitSaveReportPresetDocument,
    "\n  mutation KitDeleteReportPreset($id: ID!) {\n    deleteReportPreset(id: $id) {\n      id\n    }\n  }\n": types.KitDeleteReportPresetDocument,
    "\n  mutation KitSaveSharedReportPreset($input: SaveReportPresetInput!) {\n    saveSharedReportPreset(input: $input) {\n      id\n      shared\n    }\n  }\n": types.KitSaveSharedReportPresetDocument,
    "\n  mutation KitDeleteSharedReportPreset($id: ID!) {\n    deleteSharedReportPreset(id: $id) {\n      id\n    }\n  }\n": types.KitDeleteSharedReportPresetDocument,
    "\n  query KitAccountBilling {\n    account {\n      name\n      billing {\n        plan\n        billingEmail\n        monthlyPriceCents\n      }\n    }\n  }\n": types.KitAccountBillingDocument,
    "\n  mutation KitUpdateBilling($input: UpdateBillingInput!) {\n    updateBilling(input: $input) {\n      plan\n      cardLast4\n    }\n  }\n": types.KitUpdateBillingDocument,
    "\n  mutation KitRunSync {\n    runSync {\n      id\n      startedBy {\n        name\n      }\n      variantCount\n    }\n  }\n": types.KitRunSyncDocument,
    "\n  query KitSyncRuns {\n    syncRuns(first: 5) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.KitSyncRunsDocument,
    "\n  query KitMyCapability($capability: Capability!) {\n    me {\n      can(capability: $capability)\n      explain(capability: $capability) {\n        allowed\n        reason\n        grantedBy\n        restrictedBy\n      }\n    }\n  }\n": types.KitMyCapabilityDocument,
    "\n  query KitUserCapability($id: ID!, $capability: Capability!) {\n    user(id: $id) {\n      can(capability: $capability)\n      explain(capability: $capability) {\n        allowed\n        reason\n        grantedBy\n      }\n    }\n  }\n": types.KitUserCapabilityDocument,
    "\n  query KitCatalogGuards {\n    permissionCatalog {\n      key\n      guards\n    }\n  }\n": types.KitCatalogGuardsDocument,
    "\n  mutation KitInviteNobody($email: String!) {\n    inviteUser(input: { email: $email, permissions: [] }) {\n      id\n    }\n  }\n": types.KitInviteNobodyDocument,
    "\n  mutation KitResendInvite($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n    }\n  }\n": types.KitResendInviteDocument,
    "\n  mutation KitRevokeInvite($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n    }\n  }\n": types.KitRevokeInviteDocument,
    "\n  mutation KitRestrictUser($id: ID!) {\n    updateUserPermissions(input: { userId: $id, permissions: [RESTRICT_DELETE_STYLES] }) {\n      id\n    }\n  }\n": types.KitRestrictUserDocument,
    "\n  mutation KitDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n": types.KitDeleteUserDocument,
    "\n  query KitInvites {\n    invites(first: 5) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n": types.KitInvitesDocument,
    "\n  query KitAuditLog {\n    auditLog(first: 5) {\n      nodes {\n        action\n      }\n    }\n  }\n": types.KitAuditLogDocument,
    "\n  query KitUserDetails($id: ID!) {\n    user(id: $id) {\n      name\n      permissions {\n        fullAccess\n      }\n      can(capability: OVERVIEW)\n      explain(capability: OVERVIEW) {\n        allowed\n      }\n      regions {\n        name\n      }\n    }\n  }\n": types.KitUserDetailsDocument,
    "\n  mutation KitCreateRegion($name: String!) {\n    createRegion(name: $name) {\n      id\n    }\n  }\n": types.KitCreateRegionDocument,
    "\n  mutation KitSetUserRegions($userId: ID!, $regionIds: [ID!]!) {\n    setUserRegions(userId: $userId, regionIds: $regionIds) {\n      id\n    }\n  }\n": types.KitSetUserRegionsDocument,
    "\n  mutation KitSetConnectionRegion($connectionId: ID!, $regionId: ID) {\n    setConnectionRegion(connectionId: $connectionId, regionId: $regionId) {\n      id\n    }\n  }\n": types.KitSetConnectionRegionDocument,
    "\n  mutation KitConnectRetailer($name: String!) {\n    connectRetailer(retailerName: $name) {\n      id\n    }\n  }\n": types.KitConnectRetailerDocument,
    "\n  mutation KitRemoveConnection($id: ID!) {\n    removeConnection(id: $id) {\n      status\n    }\n  }\n": types.KitRemoveConnectionDocument,
    "\n  mutation KitAssignCompanyNumber($connectionId: ID!, $id: ID) {\n    assignCompanyNumber(connectionId: $connectionId, companyNumberId: $id) {\n      companyNumber\n    }\n  }\n": types.KitAssignCompanyNumberDocument,
    "\n  mutation KitAssignCustomerGroup($connectionId: ID!, $id: ID) {\n    assignCustomerGroup(connectionId: $connectionId, customerGroupId: $id) {\n      customerGroup\n    }\n  }\n": types.KitAssignCustomerGroupDocument,
    "\n  mutation KitEditBillingShipping($id: ID!) {\n    editConnectionBillingShipping(connectionId: $id, billingAddress: \"1 Main St\", shippingAddress: \"2 Dock Rd\") {\n      id\n    }\n  }\n": types.KitEditBillingShippingDocument,
    "\n  mutation KitEditBudget($id: ID!) {\n    editConnectionBudget(connectionId: $id, budgetCents: 100000) {\n      id\n    }\n  }\n": types.KitEditBudgetDocument,
    "\n  mutation KitEditBuyers($id: ID!) {\n    editConnectionBuyers(connectionId: $id, buyers: [\"Bea\"]) {\n      id\n    }\n  }\n": types.KitEditBuyersDocument,
    "\n  mutation KitEditCurrencies($id: ID!) {\n    editConnectionCurrencies(connectionId: $id, currencies: [\"EUR\"]) {\n      id\n    }\n  }\n": types.KitEditCurrenciesDocument,
    "\n  mutation KitEditCustomerCode($id: ID!) {\n    editConnectionCustomerCode(connectionId: $id, customerCode: \"C-1\") {\n      id\n    }\n  }\n": types.KitEditCustomerCodeDocument,
    "\n  mutation KitEditDiscount($id: ID!) {\n    editConnectionDiscount(connectionId: $id, discountPercent: 5) {\n      id\n    }\n  }\n": types.KitEditDiscountDocument,
    "\n  mutation KitEditDoors($id: ID!) {\n    editConnectionDoors(connectionId: $id, doors: [\"Main door\"]) {\n      id\n    }\n  }\n": types.KitEditDoorsDocument,
    "\n  mutation KitEditPaymentMethods($id: ID!) {\n    editConnectionPaymentMethods(connectionId: $id, paymentMethods: [\"Card\"]) {\n      id\n    }\n  }\n": types.KitEditPaymentMethodsDocument,
    "\n  mutation KitEditSalesReps($id: ID!) {\n    editConnectionSalesReps(connectionId: $id, salesReps: [\"Sam\"]) {\n      id\n    }\n  }\n": types.KitEditSalesRepsDocument,
    "\n  mutation KitEditShippingMethods($id: ID!) {\n    editConnectionShippingMethods(connectionId: $id, shippingMethods: [\"Ground\"]) {\n      id\n    }\n  }\n": types.KitEditShippingMethodsDocument,
    "\n  mutation KitEditWarehouses($id: ID!) {\n    editConnectionWarehouses(connectionId: $id, warehouses: [\"NJ\"]) {\n      id\n    }\n  }\n": types.KitEditWarehousesDocument,
    "\n  query KitBrandSettings {\n    brandSettings {\n      legalName\n      paymentAccount\n    }\n  }\n": types.KitBrandSettingsDocument,
    "\n  mutation KitUpdateBrandInformation($about: String!) {\n    updateBrandInformation(input: { about: $about }) {\n      legalName\n    }\n  }\n": types.KitUpdateBrandInformationDocument,
    "\n  mutation KitUpdateDivisionSettings($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      legalName\n    }\n  }\n": types.KitUpdateDivisionSettingsDocument,
    "\n  mutation KitUpdateInventorySettings($visibility: InventoryVisibility!) {\n    updateInventorySettings(input: { visibility: $visibility }) {\n      legalName\n    }\n  }\n": types.KitUpdateInventorySettingsDocument,
    "\n  mutation KitConnectPaymentAccount($id: String) {\n    connectPaymentAccount(stripeAccountId: $id) {\n      legalName\n    }\n  }\n": types.KitConnectPaymentAccountDocument,
    "\n  mutation KitSaveCompanyNumber($number: String!) {\n    saveCompanyNumber(input: { label: \"VAT\", number: $number }) {\n      id\n    }\n  }\n": types.KitSaveCompanyNumberDocument,
    "\n  mutation KitSaveCustomerGroup($name: String!) {\n    saveCustomerGroup(input: { name: $name }) {\n      id\n    }\n  }\n": types.KitSaveCustomerGroupDocument,
    "\n  mutation KitSaveDiscountOption($name: String!) {\n    saveDiscountOption(input: { name: $name, percent: 10 }) {\n      id\n    }\n  }\n": types.KitSaveDiscountOptionDocument,
    "\n  mutation KitSaveDivision($name: String!) {\n    saveDivision(input: { name: $name }) {\n      id\n    }\n  }\n": types.KitSaveDivisionDocument,
    "\n  query KitConnections {\n    connections(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.KitConnectionsDocument,
    "\n  query KitConnection($id: ID!) {\n    connection(id: $id) {\n      id\n      retailerName\n    }\n  }\n": types.KitConnectionDocument,
    "\n  mutation KitCreateOrder($connectionId: ID!, $linesheetId: ID!) {\n    createOrder(input: { connectionId: $connectionId, linesheetId: $linesheetId }) {\n      id\n    }\n  }\n": types.KitCreateOrderDocument,
    "\n  mutation KitSetOrderLine($orderId: ID!, $styleId: ID!) {\n    setOrderLine(input: { orderId: $orderId, styleId: $styleId, size: \"M\", colour: \"Red\", quantity: 2 }) {\n      id\n    }\n  }\n": types.KitSetOrderLineDocument,
    "\n  mutation KitSubmitOrder($id: ID!) {\n    submitOrder(id: $id) {\n      id\n    }\n  }\n": types.KitSubmitOrderDocument,
    "\n  mutation KitApproveOrder($id: ID!) {\n    approveOrder(id: $id) {\n      id\n    }\n  }\n": types.KitApproveOrderDocument,
    "\n  mutation KitShipOrder($id: ID!) {\n    shipOrder(id: $id) {\n      id\n    }\n  }\n": types.KitShipOrderDocument,
    "\n  mutation KitForceExportOrder($id: ID!) {\n    forceExportOrder(id: $id) {\n      id\n    }\n  }\n": types.KitForceExportOrderDocument,
    "\n  mutation KitMarkOrderExported($id: ID!) {\n    markOrderExported(id: $id) {\n      id\n    }\n  }\n": types.KitMarkOrderExportedDocument,
    "\n  mutation KitMergeOrders($target: ID!, $source: ID!) {\n    mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n      id\n    }\n  }\n": types.KitMergeOrdersDocument,
    "\n  mutation KitSetRetailerOrderRestrictions($id: ID!, $minimum: Cents) {\n    setRetailerOrderRestrictions(input: { connectionId: $id, minimumOrderCents: $minimum }) {\n      id\n    }\n  }\n": types.KitSetRetailerOrderRestrictionsDocument,
    "\n  mutation KitAddClient($name: String!) {\n    addClient(retailerName: $name) {\n      id\n    }\n  }\n": types.KitAddClientDocument,
    "\n  mutation KitSaveEvent($name: String!) {\n    saveEvent(input: { name: $name, startsOn: \"2031-03-01\", endsOn: \"2031-03-02\" }) {\n      id\n    }\n  }\n": types.KitSaveEventDocument,
    "\n  mutation KitInvoiceOrder($id: ID!) {\n    invoiceOrder(orderId: $id) {\n      id\n      number\n    }\n  }\n": types.KitInvoiceOrderDocument,
    "\n  query KitInvoices {\n    invoices(first: 10) {\n      nodes {\n        id\n        number\n        amountCents\n      }\n    }\n  }\n": types.KitInvoicesDocument,
    "\n  mutation KitAssignOrderToNewRetailer($id: ID!, $name: String!) {\n    assignOrderToNewRetailer(orderId: $id, retailerName: $name) {\n      id\n    }\n  }\n": types.KitAssignOrderToNewRetailerDocument,
    "\n  mutation KitSetOrderDiscount($id: ID!, $percent: Int!) {\n    setOrderDiscount(orderId: $id, percent: $percent) {\n      id\n    }\n  }\n": types.KitSetOrderDiscountDocument,
    "\n  mutation KitSetOrderPoNumber($id: ID!, $po: String!) {\n    setOrderPoNumber(orderId: $id, poNumber: $po) {\n      id\n    }\n  }\n": types.KitSetOrderPoNumberDocument,
    "\n  mutation KitCancelOrderStyle($id: ID!, $styleId: ID!) {\n    cancelOrderStyle(input: { orderId: $id, styleId: $styleId }) {\n      id\n    }\n  }\n": types.KitCancelOrderStyleDocument,
    "\n  query KitOrders {\n    orders(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.KitOrdersDocument,
    "\n  query KitOrder($id: ID!) {\n    order(id: $id) {\n      id\n      status\n    }\n  }\n": types.KitOrderDocument,
    "\n  mutation KitSetOrderDates($id: ID!) {\n    setOrderDates(input: { orderId: $id, startShip: \"2031-02-03\" }) {\n      id\n    }\n  }\n": types.KitSetOrderDatesDocument,
    "\n  mutation KitAddStyle($number: String!) {\n    addStyle(input: { styleNumber: $number, name: \"Tee\", wholesalePriceCents: 1500 }) {\n      id\n    }\n  }\n": types.KitAddStyleDocument,
    "\n  mutation KitCopyStyle($id: ID!, $number: String!) {\n    copyStyle(styleId: $id, styleNumber: $number) {\n      id\n    }\n  }\n": types.KitCopyStyleDocument,
    "\n  mutation KitDeleteStyle($id: ID!) {\n    deleteStyle(id: $id) {\n      id\n    }\n  }\n": types.KitDeleteStyleDocument,
    "\n  mutation KitEditStyle($id: ID!, $name: String!) {\n    editStyle(input: { styleId: $id, name: $name }) {\n      id\n    }\n  }\n": types.KitEditStyleDocument,
    "\n  mutation KitSetStyleUpc($id: ID!, $upc: String) {\n    setStyleUpc(styleId: $id, upc: $upc) {\n      id\n    }\n  }\n": types.KitSetStyleUpcDocument,
    "\n  mutation KitSetStyleDivision($id: ID!, $divisionId: ID) {\n    setStyleDivision(styleId: $id, divisionId: $divisionId) {\n      id\n    }\n  }\n": types.KitSetStyleDivisionDocument,
    "\n  mutation KitUploadStyleImage($id: ID!, $data: String!) {\n    uploadStyleImage(styleId: $id, contentType: \"image/png\", dataBase64: $data) {\n      id\n    }\n  }\n": types.KitUploadStyleImageDocument,
    "\n  mutation KitRemoveStyleImage($id: ID!) {\n    removeStyleImage(imageId: $id) {\n      id\n    }\n  }\n": types.KitRemoveStyleImageDocument,
    "\n  query KitStyleImages($id: ID!) {\n    style(id: $id) {\n      images {\n        id\n      }\n    }\n  }\n": types.KitStyleImagesDocument,
    "\n  mutation KitCreateStyleBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n    }\n  }\n": types.KitCreateStyleBadgeDocument,
    "\n  mutation KitAddStyleBadge($styleId: ID!, $badgeId: ID!) {\n    addStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n": types.KitAddStyleBadgeDocument,
    "\n  mutation KitRemoveStyleBadge($styleId: ID!, $badgeId: ID!) {\n    removeStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n": types.KitRemoveStyleBadgeDocument,
    "\n  mutation KitSetStyleInventory($id: ID!, $available: Int!) {\n    setStyleInventory(input: { styleId: $id, size: \"M\", colour: \"Black\", available: $available }) {\n      id\n    }\n  }\n": types.KitSetStyleInventoryDocument,
    "\n  mutation KitCreateLinesheet($kind: LinesheetKind!, $styleIds: [ID!]!) {\n    createLinesheet(input: { kind: $kind, name: \"Spring\", startShip: \"2031-02-01\", deliveryDates: [\"2031-02-15\"], styleIds: $styleIds }) {\n      id\n    }\n  }\n": types.KitCreateLinesheetDocument,
    "\n  mutation KitSetLinesheetPrivacy($id: ID!, $private: Boolean!) {\n    setLinesheetPrivacy(id: $id, private: $private) {\n      id\n    }\n  }\n": types.KitSetLinesheetPrivacyDocument,
    "\n  mutation KitShareLinesheet($id: ID!) {\n    shareLinesheet(id: $id) {\n      id\n    }\n  }\n": types.KitShareLinesheetDocument,
    "\n  mutation KitSetLinesheetIpadSync($id: ID!, $on: Boolean!) {\n    setLinesheetIpadSync(id: $id, syncToIpad: $on) {\n      id\n    }\n  }\n": types.KitSetLinesheetIpadSyncDocument,
    "\n  mutation KitSetLinesheetStyleBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n": types.KitSetLinesheetStyleBadgeDocument,
    "\n  mutation LiveSetPermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n": types.LiveSetPermissionsDocument,
    "\n  mutation LiveInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n": types.LiveInviteDocument,
    "\n  mutation LiveResend($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n    }\n  }\n": types.LiveResendDocument,
    "\n  mutation LiveRevoke($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n    }\n  }\n": types.LiveRevokeDocument,
    "\n  mutation LiveAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.LiveAcceptDocument,
    "\n  mutation LiveDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n": types.LiveDeleteDocument,
    "\n  mutation LiveLogout {\n    logout\n  }\n": types.LiveLogoutDocument,
    "\n  mutation LiveUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      wholesaleEnabled\n    }\n  }\n": types.LiveUpdateAccountDocument,
    "\n  mutation LiveSwitch($id: ID!) {\n    switchAccount(accountId: $id) {\n      account {\n        id\n      }\n    }\n  }\n": types.LiveSwitchDocument,
    "\n  query LiveUserCapabilities($id: ID!) {\n    user(id: $id) {\n      permissions {\n        capabilities\n        permissions\n      }\n    }\n  }\n": types.LiveUserCapabilitiesDocument,
    "\n  query LiveMyCapabilities {\n    me {\n      permissions {\n        capabilities\n        permissions\n      }\n    }\n  }\n": types.LiveMyCapabilitiesDocument,
    "\n        query LiveAuditLog {\n          auditLog(first: 1) {\n            nodes {\n              id\n              action\n            }\n          }\n        }\n      ": types.LiveAuditLogDocument,
    "\n        mutation LiveLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      ": types.LiveLoginDocument,
    "\n  mutation MailInvite($email: String!) {\n    inviteUser(input: { email: $email }) {\n      id\n    }\n  }\n": types.MailInviteDocument,
    "\n        mutation MailUpdateAccount($name: String!) {\n          updateAccount(input: { name: $name }) {\n            name\n          }\n        }\n      ": types.MailUpdateAccountDocument,
    "\n  mutation PermissionRulesInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n      permissions\n      sentCount\n      expiresAt\n    }\n  }\n": types.PermissionRulesInviteUserDocument,
    "\n  mutation PermissionRulesResendInvite($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n      status\n      sentCount\n      expiresAt\n    }\n  }\n": types.PermissionRulesResendInviteDocument,
    "\n  mutation PermissionRulesRevokeInvite($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n      status\n    }\n  }\n": types.PermissionRulesRevokeInviteDocument,
    "\n  mutation PermissionRulesUpdatePermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n      permissions {\n        fullAccess\n        permissions\n        capabilities\n      }\n    }\n  }\n": types.PermissionRulesUpdatePermissionsDocument,
    "\n  mutation PermissionRulesDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n      status\n    }\n  }\n": types.PermissionRulesDeleteUserDocument,
    "\n  query PermissionRulesInvites {\n    invites {\n      totalCount\n      nodes {\n        id\n        email\n        status\n        permissions\n        sentCount\n        expiresAt\n      }\n    }\n  }\n": types.PermissionRulesInvitesDocument,
    "\n  query PermissionRulesAuditLog($first: Int) {\n    auditLog(first: $first) {\n      totalCount\n      nodes {\n        action\n        actor {\n          id\n        }\n        target {\n          id\n        }\n        invite {\n          id\n        }\n        before\n        after\n        at\n      }\n    }\n  }\n": types.PermissionRulesAuditLogDocument,
    "\n  query PermissionRulesMyPermissions {\n    me {\n      permissions {\n        fullAccess\n        permissions\n        capabilities\n        decisions {\n          capability\n          allowed\n          reason\n          grantedBy\n          restrictedBy\n          feature\n          requires\n        }\n      }\n    }\n  }\n": types.PermissionRulesMyPermissionsDocument,
    "\n      mutation PermissionRulesAcceptInvite($input: AcceptInviteInput!) {\n        acceptInvite(input: $input) {\n          token\n          me {\n            user {\n              id\n            }\n          }\n        }\n      }\n    ": types.PermissionRulesAcceptInviteDocument,
    "\n      query PermissionRulesUser($id: ID!) {\n        user(id: $id) {\n          id\n          status\n          permissions {\n            fullAccess\n            permissions\n            narrowings\n          }\n        }\n      }\n    ": types.PermissionRulesUserDocument,
    "\n              query PermissionRulesMe {\n                me {\n                  name\n                }\n              }\n            ": types.PermissionRulesMeDocument,
    "\n        mutation PermissionRulesUpdateAccount {\n          updateAccount(input: { wholesaleEnabled: false }) {\n            wholesaleEnabled\n          }\n        }\n      ": types.PermissionRulesUpdateAccountDocument,
    "\n        mutation PermissionRulesUpdateAccount2 {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            wholesaleEnabled\n          }\n        }\n      ": types.PermissionRulesUpdateAccount2Document,
    "\n        mutation PermissionRulesUpdateAccount3 {\n          updateAccount(input: {}) {\n            name\n            wholesaleEnabled\n          }\n        }\n      ": types.PermissionRulesUpdateAccount3Document,
    "\n          query PermissionRulesPermissionCatalog {\n            permissionCatalog {\n              key\n              kind\n            }\n          }\n        ": types.PermissionRulesPermissionCatalogDocument,
    "\n            query PermissionRulesMe {\n              me {\n                name\n              }\n            }\n          ": types.PermissionRulesMeDocument,
    "\n        query PermissionRulesAuditLog2($id: ID!) {\n          auditLog(targetId: $id) {\n            nodes {\n              action\n            }\n          }\n        }\n      ": types.PermissionRulesAuditLog2Document,
    "\n  mutation SmtpInvite($email: String!) {\n    inviteUser(input: { email: $email, name: \"Eve Email\" }) {\n      id\n    }\n  }\n": types.SmtpInviteDocument,
    "\n  query SmtpDelivery {\n    invites {\n      nodes {\n        email\n        delivery {\n          status\n          attempts\n          lastError\n          nextAttemptAt\n          sentAt\n        }\n      }\n    }\n  }\n": types.SmtpDeliveryDocument,
    "\n    query StatementsUsers {\n      users(first: 100) {\n        totalCount\n        nodes {\n          id\n          name\n          email\n          status\n          joinedAt\n          deletedBy {\n            name\n          }\n          permissions {\n            fullAccess\n            permissions\n            capabilities\n          }\n        }\n      }\n    }\n  ": types.StatementsUsersDocument,
    "\n    query StatementsAudit {\n      auditLog(first: 100) {\n        nodes {\n          action\n          actor {\n            name\n            email\n          }\n          target {\n            name\n          }\n          invite {\n            email\n            invitedBy {\n              name\n            }\n          }\n        }\n      }\n    }\n  ": types.StatementsAuditDocument,
    "\n    query StatementsAuditFive {\n      auditLog(first: 5) {\n        nodes {\n          action\n          actor {\n            name\n            email\n          }\n          target {\n            name\n          }\n          invite {\n            email\n            invitedBy {\n              name\n            }\n          }\n        }\n      }\n    }\n  ": types.StatementsAuditFiveDocument,
    "\n          query StatementsUsers2 {\n            users {\n              totalCount\n            }\n          }\n        ": types.StatementsUsers2Document,
    "\n    query StatementsOrders($first: Int) {\n      stockOrders(first: $first) {\n        nodes {\n          status\n          totalCents\n          createdBy {\n            name\n            email\n          }\n          vendor {\n            name\n            email\n          }\n          warehouse {\n            name\n          }\n          lines {\n            quantity\n            variant {\n              sku\n              costCents\n              product {\n                name\n                category\n                vendor {\n                  name\n                }\n              }\n              stock {\n                onHand\n                warehouse {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  ": types.StatementsOrdersDocument,
    "\n      mutation SweepsAddStyle {\n        addStyle(input: { name: \"Victim Tee\", styleNumber: \"V-1\", wholesalePriceCents: 1000 }) {\n          id\n        }\n      }\n    ": types.SweepsAddStyleDocument,
    "\n      mutation SweepsCreateLinesheet($styleIds: [ID!]!) {\n        createLinesheet(\n          input: { kind: ADMIN, name: \"Victim Spring\", startShip: \"2030-01-01\", deliveryDates: [\"2030-01-01\"], styleIds: $styleIds }\n        ) {\n          id\n        }\n      }\n    ": types.SweepsCreateLinesheetDocument,
    "\n      mutation SweepsUpdateAccount {\n        updateAccount(input: { wholesaleEnabled: true }) {\n          id\n        }\n      }\n    ": types.SweepsUpdateAccountDocument,
    "\n        mutation SweepsCreateAccount {\n          createAccount(name: \"Sam's Own\") {\n            account {\n              id\n            }\n          }\n        }\n      ": types.SweepsCreateAccountDocument,
    "\n        mutation SweepsUpdateAccount {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            id\n          }\n        }\n      ": types.SweepsUpdateAccountDocument,
    "\n      mutation SweepsLogin($email: String!) {\n        login(input: { email: $email, password: \"correct horse battery\" }) {\n          token\n        }\n      }\n    ": types.SweepsLoginDocument,
    "\n        mutation SweepsLogout {\n          logout\n        }\n      ": types.SweepsLogoutDocument,
    "\n        mutation SweepsDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      ": types.SweepsDeleteUserDocument,
    "\n              mutation SweepsUpdateUserPermissions($id: ID!, $to: [PermissionKey!]!) {\n                updateUserPermissions(input: { userId: $id, permissions: $to }) {\n                  permissions {\n                    permissions\n                  }\n                }\n              }\n            ": types.SweepsUpdateUserPermissionsDocument,
    "\n              mutation SweepsDeleteUser2($id: ID!) {\n                deleteUser(userId: $id) {\n                  status\n                }\n              }\n            ": types.SweepsDeleteUser2Document,
    "\n  mutation TenancyLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n      }\n    }\n  }\n": types.TenancyLoginDocument,
    "\n  mutation TenancyInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n": types.TenancyInviteDocument,
    "\n  mutation TenancyAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        personId\n        account {\n          id\n        }\n      }\n    }\n  }\n": types.TenancyAcceptDocument,
    "\n  mutation TenancySwitch($id: ID!) {\n    switchAccount(accountId: $id) {\n      account {\n        id\n      }\n      permissions {\n        fullAccess\n        permissions\n      }\n    }\n  }\n": types.TenancySwitchDocument,
    "\n  mutation TenancyDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n      status\n    }\n  }\n": types.TenancyDeleteDocument,
    "\n  query TenancyMe {\n    me {\n      personId\n      account {\n        id\n      }\n      accounts {\n        id\n      }\n      permissions {\n        fullAccess\n        permissions\n      }\n    }\n  }\n": types.TenancyMeDocument,
    "\n  query TenancyAccountState {\n    account {\n      id\n      name\n      wholesaleEnabled\n    }\n    users(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        status\n        deletedAt\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n    invites(first: 100) {\n      totalCount\n      nodes {\n        id\n        email\n        name\n        status\n        permissions\n        sentCount\n        expiresAt\n        lastSentAt\n        revokedAt\n        acceptedAt\n      }\n    }\n    auditLog(first: 100) {\n      totalCount\n      nodes {\n        id\n        action\n        before\n        after\n        at\n        actor {\n          id\n          name\n          email\n        }\n        target {\n          id\n          name\n          email\n        }\n        invite {\n          id\n          email\n        }\n      }\n    }\n  }\n": types.TenancyAccountStateDocument,
    "\n          query TenancyQuery($id: ID!) {\n            user(id: $id) {\n              id\n              name\n              email\n              status\n            }\n          }\n        ": types.TenancyQueryDocument,
    "\n          query TenancyUser($id: ID!) {\n            user(id: $id) {\n              name\n            }\n          }\n        ": types.TenancyUserDocument,
    "\n        mutation TenancyMutation($input: UpdateUserPermissionsInput!) {\n          updateUserPermissions(input: $input) {\n            id\n            permissions {\n              permissions\n            }\n          }\n        }\n      ": types.TenancyMutationDocument,
    "\n        mutation TenancyMutation2($id: ID!) {\n          resendInvite(inviteId: $id) {\n            id\n            email\n            status\n          }\n        }\n      ": types.TenancyMutation2Document,
    "\n        mutation TenancyMutation3($id: ID!) {\n          revokeInvite(inviteId: $id) {\n            id\n            email\n            status\n          }\n        }\n      ": types.TenancyMutation3Document,
    "\n            query TenancyAuditLog($targetId: ID!) {\n              auditLog(targetId: $targetId) {\n                totalCount\n                nodes {\n                  id\n                }\n              }\n            }\n          ": types.TenancyAuditLogDocument,
    "\n          query TenancyUsers {\n            users(first: 1) {\n              nodes {\n                id\n              }\n              pageInfo {\n                endCursor\n                hasNextPage\n              }\n            }\n          }\n        ": types.TenancyUsersDocument,
    "\n          query TenancyUsers2($after: String) {\n            users(first: 100, after: $after) {\n              nodes {\n                id\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        ": types.TenancyUsers2Document,
    "\n          query TenancyInvitation($token: String!) {\n            invitation(token: $token) {\n              email\n              name\n            }\n          }\n        ": types.TenancyInvitationDocument,
    "\n        query TenancyInvitation2($token: String!) {\n          invitation(token: $token) {\n            email\n            hasLogin\n          }\n        }\n      ": types.TenancyInvitation2Document,
    "\n        query TenancyMe2 {\n          me {\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      ": types.TenancyMe2Document,
    "\n        mutation TenancySignUp($input: SignUpInput!) {\n          signUp(input: $input) {\n            email\n          }\n        }\n      ": types.TenancySignUpDocument,
    "\n        query TenancyInvites {\n          invites {\n            totalCount\n          }\n        }\n      ": types.TenancyInvitesDocument,
    "\n        query TenancyUsers3 {\n          users {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.TenancyUsers3Document,
    "\n            query TenancyInvites {\n              invites {\n                totalCount\n              }\n            }\n          ": types.TenancyInvitesDocument,
    "\n        mutation TenancyUpdateUserPermissions($input: UpdateUserPermissionsInput!) {\n          updateUserPermissions(input: $input) {\n            id\n          }\n        }\n      ": types.TenancyUpdateUserPermissionsDocument,
    "\n    mutation VocabularyInvite($input: InviteUserInput!) {\n      inviteUser(input: $input) {\n        id\n      }\n    }\n  ": types.VocabularyInviteDocument,
    "\n        query VocabularyInvites {\n          invites {\n            totalCount\n          }\n        }\n      ": types.VocabularyInvitesDocument,
    "\n        mutation VocabularyUpdateAccount {\n          updateAccount(input: { name: \"X\" }) {\n            id\n          }\n        }\n      ": types.VocabularyUpdateAccountDocument,
    "\n        mutation VocabularySelfEdit($id: ID!) {\n          updateUserPermissions(input: { userId: $id, permissions: [OVERVIEW] }) {\n            id\n          }\n        }\n      ": types.VocabularySelfEditDocument,
    "\n        mutation VocabularyDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      ": types.VocabularyDeleteUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      me {\n        personId\n        name\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      me {\n        personId\n        name\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthMe {\n          me {\n            name\n            email\n            account {\n              id\n              name\n              wholesaleEnabled\n            }\n            user {\n              status\n            }\n            permissions {\n              fullAccess\n              permissions\n            }\n            accounts {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AuthMe {\n          me {\n            name\n            email\n            account {\n              id\n              name\n              wholesaleEnabled\n            }\n            user {\n              status\n            }\n            permissions {\n              fullAccess\n              permissions\n            }\n            accounts {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthSignUp($input: SignUpInput!) {\n          signUp(input: $input) {\n            email\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthSignUp($input: SignUpInput!) {\n          signUp(input: $input) {\n            email\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthVerifyEmail($input: VerifyEmailInput!) {\n          verifyEmail(input: $input) {\n            token\n            me {\n              user {\n                permissions {\n                  fullAccess\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthVerifyEmail($input: VerifyEmailInput!) {\n          verifyEmail(input: $input) {\n            token\n            me {\n              user {\n                permissions {\n                  fullAccess\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthLogout {\n            logout\n          }\n        "): (typeof documents)["\n          mutation AuthLogout {\n            logout\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthMe2 {\n          me {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query AuthMe2 {\n          me {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe2 {\n              me {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query AuthMe2 {\n              me {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query AuthMe2 {\n                me {\n                  name\n                }\n              }\n            "): (typeof documents)["\n              query AuthMe2 {\n                me {\n                  name\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthInvitation($t: String!) {\n          invitation(token: $t) {\n            hasLogin\n          }\n        }\n      "): (typeof documents)["\n        query AuthInvitation($t: String!) {\n          invitation(token: $t) {\n            hasLogin\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthAcceptInvite($input: AcceptInviteInput!) {\n          acceptInvite(input: $input) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthAcceptInvite($input: AcceptInviteInput!) {\n          acceptInvite(input: $input) {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthMe3 {\n          me {\n            accounts {\n              id\n              name\n            }\n            permissions {\n              fullAccess\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AuthMe3 {\n          me {\n            accounts {\n              id\n              name\n            }\n            permissions {\n              fullAccess\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthSwitchAccount($id: ID!) {\n          switchAccount(accountId: $id) {\n            account {\n              name\n            }\n            permissions {\n              fullAccess\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation AuthSwitchAccount($id: ID!) {\n          switchAccount(accountId: $id) {\n            account {\n              name\n            }\n            permissions {\n              fullAccess\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthAccount {\n              account {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query AuthAccount {\n              account {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AtCommitInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AtCommitInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AtCommitAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AtCommitAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AtCommitSet($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AtCommitSet($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AtCommitDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AtCommitDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AtCommitAudit {\n    auditLog(first: 100) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        target {\n          id\n        }\n        invite {\n          id\n          status\n        }\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query AtCommitAudit {\n    auditLog(first: 100) {\n      nodes {\n        action\n        actor {\n          id\n        }\n        target {\n          id\n        }\n        invite {\n          id\n          status\n        }\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AtCommitDeleteUser($me: ID!, $email: String!) {\n          leave: deleteUser(userId: $me) {\n            status\n          }\n          invite: inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AtCommitDeleteUser($me: ID!, $email: String!) {\n          leave: deleteUser(userId: $me) {\n            status\n          }\n          invite: inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AtCommitUser($id: ID!) {\n          user(id: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        query AtCommitUser($id: ID!) {\n          user(id: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AtCommitInvites {\n          invites {\n            nodes {\n              email\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AtCommitInvites {\n          invites {\n            nodes {\n              email\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AtCommitInvites2 {\n          invites(status: REVOKED) {\n            nodes {\n              id\n              revokedBy {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AtCommitInvites2 {\n          invites(status: REVOKED) {\n            nodes {\n              id\n              revokedBy {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AtCommitResendInvite($id: ID!) {\n          resendInvite(inviteId: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AtCommitResendInvite($id: ID!) {\n          resendInvite(inviteId: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AtCommitInvitation($t: String!) {\n          invitation(token: $t) {\n            invitedByName\n          }\n        }\n      "): (typeof documents)["\n        query AtCommitInvitation($t: String!) {\n          invitation(token: $t) {\n            invitedByName\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackupSnapshot {\n    users {\n      nodes {\n        id\n        name\n        email\n        status\n        permissions {\n          permissions\n        }\n      }\n    }\n    invites {\n      nodes {\n        email\n        status\n      }\n    }\n    auditLog(first: 100) {\n      nodes {\n        action\n        subjectId\n      }\n    }\n  }\n"): (typeof documents)["\n  query BackupSnapshot {\n    users {\n      nodes {\n        id\n        name\n        email\n        status\n        permissions {\n          permissions\n        }\n      }\n    }\n    invites {\n      nodes {\n        email\n        status\n      }\n    }\n    auditLog(first: 100) {\n      nodes {\n        action\n        subjectId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BackupInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation BackupInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BackupUpdateAccount {\n          updateAccount(input: { name: \"Backed Up Co\" }) {\n            name\n          }\n        }\n      "): (typeof documents)["\n        mutation BackupUpdateAccount {\n          updateAccount(input: { name: \"Backed Up Co\" }) {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatalogPermissionCatalog {\n          permissionCatalog {\n            key\n            name\n            description\n            seedDescription\n            category\n            kind\n            grants\n            removes\n            narrows\n            source\n          }\n          __type(name: \"PermissionKey\") {\n            enumValues {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CatalogPermissionCatalog {\n          permissionCatalog {\n            key\n            name\n            description\n            seedDescription\n            category\n            kind\n            grants\n            removes\n            narrows\n            source\n          }\n          __type(name: \"PermissionKey\") {\n            enumValues {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliLogin($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      me {\n        permissions {\n          permissions\n        }\n        can(capability: MANAGE_USERS)\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CliLogin($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      me {\n        permissions {\n          permissions\n        }\n        can(capability: MANAGE_USERS)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CliMe {\n              me {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query CliMe {\n              me {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrashUpdate($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CrashUpdate($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CrashInviteMember($email: String!) {\n            inviteUser(input: { email: $email, permissions: [OVERVIEW] }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CrashInviteMember($email: String!) {\n            inviteUser(input: { email: $email, permissions: [OVERVIEW] }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation CrashInvite($email: String!) {\n              inviteUser(input: { email: $email }) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation CrashInvite($email: String!) {\n              inviteUser(input: { email: $email }) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CrashDeleteUser($id: ID!) {\n                deleteUser(userId: $id) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation CrashDeleteUser($id: ID!) {\n                deleteUser(userId: $id) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query CrashUserCount {\n                users {\n                  totalCount\n                }\n              }\n            "): (typeof documents)["\n              query CrashUserCount {\n                users {\n                  totalCount\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query CrashMe {\n              me {\n                email\n              }\n            }\n          "): (typeof documents)["\n            query CrashMe {\n              me {\n                email\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CrashUsers {\n          users {\n            nodes {\n              id\n              permissions {\n                permissions\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CrashUsers {\n          users {\n            nodes {\n              id\n              permissions {\n                permissions\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation HarnessSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessVerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HarnessVerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HarnessInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessAcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HarnessAcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentitySignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation IdentitySignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityVerify($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      token\n      me {\n        name\n        email\n        account {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityVerify($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      token\n      me {\n        name\n        email\n        account {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityLogin($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityLogin($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityResetRequest($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityResetRequest($email: String!) {\n    requestPasswordReset(email: $email) {\n      email\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityReset($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, password: $password })\n  }\n"): (typeof documents)["\n  mutation IdentityReset($token: String!, $password: String!) {\n    resetPassword(input: { token: $token, password: $password })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        email\n        account {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentityAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        email\n        account {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdentityInviteUser($email: String!) {\n          inviteUser(input: { email: $email, name: \"Bob\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation IdentityInviteUser($email: String!) {\n          inviteUser(input: { email: $email, name: \"Bob\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityInvitation($token: String!) {\n          invitation(token: $token) {\n            hasLogin\n          }\n        }\n      "): (typeof documents)["\n        query IdentityInvitation($token: String!) {\n          invitation(token: $token) {\n            hasLogin\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdentityInviteUser2($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation IdentityInviteUser2($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query IdentityMe {\n              me {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query IdentityMe {\n              me {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityAuditLog {\n          auditLog(first: 5) {\n            nodes {\n              action\n              after\n            }\n          }\n        }\n      "): (typeof documents)["\n        query IdentityAuditLog {\n          auditLog(first: 5) {\n            nodes {\n              action\n              after\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query IdentityMe {\n                me {\n                  name\n                }\n              }\n            "): (typeof documents)["\n              query IdentityMe {\n                me {\n                  name\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityAuditLog2 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              target {\n                email\n              }\n              after\n            }\n          }\n        }\n      "): (typeof documents)["\n        query IdentityAuditLog2 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              target {\n                email\n              }\n              after\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation IdentityChangePassword($current: String!, $new: String!) {\n      changePassword(input: { currentPassword: $current, newPassword: $new })\n    }\n  "): (typeof documents)["\n    mutation IdentityChangePassword($current: String!, $new: String!) {\n      changePassword(input: { currentPassword: $current, newPassword: $new })\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation IdentityChangeEmail($email: String!, $password: String!) {\n      changeEmail(input: { newEmail: $email, password: $password }) {\n        email\n        message\n      }\n    }\n  "): (typeof documents)["\n    mutation IdentityChangeEmail($email: String!, $password: String!) {\n      changeEmail(input: { newEmail: $email, password: $password }) {\n        email\n        message\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation IdentityConfirm($token: String!) {\n      confirmEmailChange(token: $token)\n    }\n  "): (typeof documents)["\n    mutation IdentityConfirm($token: String!) {\n      confirmEmailChange(token: $token)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityAuditLog3 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              before\n              after\n            }\n          }\n        }\n      "): (typeof documents)["\n        query IdentityAuditLog3 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              before\n              after\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query IdentitySessions {\n      me {\n        sessions {\n          id\n          userAgent\n          current\n          lastSeenAt\n          account {\n            name\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query IdentitySessions {\n      me {\n        sessions {\n          id\n          userAgent\n          current\n          lastSeenAt\n          account {\n            name\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation IdentityEndSession($id: ID!) {\n            endSession(id: $id)\n          }\n        "): (typeof documents)["\n          mutation IdentityEndSession($id: ID!) {\n            endSession(id: $id)\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityMe {\n          me {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query IdentityMe {\n          me {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation IdentityEndSession($id: ID!) {\n              endSession(id: $id)\n            }\n          "): (typeof documents)["\n            mutation IdentityEndSession($id: ID!) {\n              endSession(id: $id)\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation IdentityEndOtherSessions {\n            endOtherSessions\n          }\n        "): (typeof documents)["\n          mutation IdentityEndOtherSessions {\n            endOtherSessions\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityAuditLog4 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              after\n            }\n          }\n        }\n      "): (typeof documents)["\n        query IdentityAuditLog4 {\n          auditLog(first: 1) {\n            nodes {\n              action\n              after\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IdentityCreate($name: String!) {\n        createAccount(name: $name) {\n          account {\n            id\n            name\n          }\n          permissions {\n            fullAccess\n          }\n          accounts {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation IdentityCreate($name: String!) {\n        createAccount(name: $name) {\n          account {\n            id\n            name\n          }\n          permissions {\n            fullAccess\n          }\n          accounts {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityMe2 {\n          me {\n            account {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query IdentityMe2 {\n          me {\n            account {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityAuditLog5 {\n          auditLog(first: 1) {\n            nodes {\n              action\n            }\n          }\n        }\n      "): (typeof documents)["\n        query IdentityAuditLog5 {\n          auditLog(first: 1) {\n            nodes {\n              action\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstancesSet($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InstancesSet($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InstancesUsers {\n            users {\n              nodes {\n                id\n                permissions {\n                  fullAccess\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query InstancesUsers {\n            users {\n              nodes {\n                id\n                permissions {\n                  fullAccess\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation InstancesSignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          email\n        }\n      }\n    "): (typeof documents)["\n      mutation InstancesSignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          email\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation InstancesVerify($input: VerifyEmailInput!) {\n        verifyEmail(input: $input) {\n          token\n        }\n      }\n    "): (typeof documents)["\n      mutation InstancesVerify($input: VerifyEmailInput!) {\n        verifyEmail(input: $input) {\n          token\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InstancesInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation InstancesInviteUser($email: String!) {\n          inviteUser(input: { email: $email }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InstancesAuditLog {\n          auditLog {\n            nodes {\n              action\n            }\n          }\n        }\n      "): (typeof documents)["\n        query InstancesAuditLog {\n          auditLog {\n            nodes {\n              action\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InstancesLogout {\n          logout\n        }\n      "): (typeof documents)["\n        mutation InstancesLogout {\n          logout\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InstancesMe {\n          me {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query InstancesMe {\n          me {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InstancesLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation InstancesLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InventoryAuditLog($subjectType: AuditSubjectType) {\n    auditLog(first: 20, subjectType: $subjectType) {\n      nodes {\n        action\n        subjectType\n        subjectId\n        actor {\n          name\n        }\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query InventoryAuditLog($subjectType: AuditSubjectType) {\n    auditLog(first: 20, subjectType: $subjectType) {\n      nodes {\n        action\n        subjectType\n        subjectId\n        actor {\n          name\n        }\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSyncBilling {\n    account {\n      id\n      name\n      createdAt\n      billing {\n        plan\n        billingEmail\n        cardLast4\n        monthlyPriceCents\n        renewsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingSyncBilling {\n    account {\n      id\n      name\n      createdAt\n      billing {\n        plan\n        billingEmail\n        cardLast4\n        monthlyPriceCents\n        renewsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingSyncUpdateBilling($input: UpdateBillingInput!) {\n    updateBilling(input: $input) {\n      plan\n      billingEmail\n      cardLast4\n      monthlyPriceCents\n      renewsAt\n    }\n  }\n"): (typeof documents)["\n  mutation BillingSyncUpdateBilling($input: UpdateBillingInput!) {\n    updateBilling(input: $input) {\n      plan\n      billingEmail\n      cardLast4\n      monthlyPriceCents\n      renewsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingSyncRunSync {\n    runSync {\n      id\n      startedBy {\n        id\n        name\n      }\n      variantCount\n      warehouseCount\n      startedAt\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation BillingSyncRunSync {\n    runSync {\n      id\n      startedBy {\n        id\n        name\n      }\n      variantCount\n      warehouseCount\n      startedAt\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSyncSyncRuns($first: Int, $after: String) {\n    syncRuns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        startedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingSyncSyncRuns($first: Int, $after: String) {\n    syncRuns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        startedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSyncAuditLog($type: AuditSubjectType) {\n    auditLog(subjectType: $type) {\n      totalCount\n      nodes {\n        action\n        actor {\n          id\n        }\n        subjectId\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingSyncAuditLog($type: AuditSubjectType) {\n    auditLog(subjectType: $type) {\n      totalCount\n      nodes {\n        action\n        actor {\n          id\n        }\n        subjectId\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BillingSyncAccount {\n          account {\n            name\n            billing {\n              plan\n            }\n          }\n        }\n      "): (typeof documents)["\n        query BillingSyncAccount {\n          account {\n            name\n            billing {\n              plan\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BillingSyncCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation BillingSyncCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BillingSyncCreateWarehouse {\n          createWarehouse(name: \"Main\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation BillingSyncCreateWarehouse {\n          createWarehouse(name: \"Main\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InventoryCatalogCreate($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      name\n      category\n      variants {\n        id\n        sku\n        costCents\n        priceCents\n        marginPercent\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InventoryCatalogCreate($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      name\n      category\n      variants {\n        id\n        sku\n        costCents\n        priceCents\n        marginPercent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InventoryCatalogUser($id: ID!) {\n          user(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query InventoryCatalogUser($id: ID!) {\n          user(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InventoryCatalogProducts {\n          products {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query InventoryCatalogProducts {\n          products {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InventoryCatalogFind($category: String) {\n        products(category: $category) {\n          totalCount\n          nodes {\n            id\n            name\n            category\n            variants {\n              id\n              sku\n              title\n              priceCents\n              product {\n                name\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query InventoryCatalogFind($category: String) {\n        products(category: $category) {\n          totalCount\n          nodes {\n            id\n            name\n            category\n            variants {\n              id\n              sku\n              title\n              priceCents\n              product {\n                name\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InventoryCatalogVariant($id: ID!) {\n              variant(id: $id) {\n                sku\n              }\n            }\n          "): (typeof documents)["\n            query InventoryCatalogVariant($id: ID!) {\n              variant(id: $id) {\n                sku\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InventoryCatalogVariant2($id: ID!) {\n          variant(id: $id) {\n            sku\n            costCents\n            marginPercent\n            stock {\n              onHand\n            }\n            forecastMonthlyUnits\n          }\n        }\n      "): (typeof documents)["\n        query InventoryCatalogVariant2($id: ID!) {\n          variant(id: $id) {\n            sku\n            costCents\n            marginPercent\n            stock {\n              onHand\n            }\n            forecastMonthlyUnits\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenToBuySetBudget($input: SetBudgetInput!) {\n    setBudget(input: $input) {\n      id\n      month\n      category\n      amountCents\n    }\n  }\n"): (typeof documents)["\n  mutation OpenToBuySetBudget($input: SetBudgetInput!) {\n    setBudget(input: $input) {\n      id\n      month\n      category\n      amountCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenToBuyOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) {\n      month\n      category\n      budgetCents\n      committedCents\n      remainingCents\n    }\n  }\n"): (typeof documents)["\n  query OpenToBuyOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) {\n      month\n      category\n      budgetCents\n      committedCents\n      remainingCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenToBuyAudit {\n    auditLog(subjectType: Budget) {\n      totalCount\n      nodes {\n        action\n        subjectId\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenToBuyAudit {\n    auditLog(subjectType: Budget) {\n      totalCount\n      nodes {\n        action\n        subjectId\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OpenToBuyCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation OpenToBuyCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OpenToBuyCreateVendor {\n        createVendor(input: { name: \"Mill\", leadTimeDays: 14 }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation OpenToBuyCreateVendor {\n        createVendor(input: { name: \"Mill\", leadTimeDays: 14 }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OpenToBuyCreateWarehouse($name: String!) {\n        createWarehouse(name: $name) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation OpenToBuyCreateWarehouse($name: String!) {\n        createWarehouse(name: $name) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PurchasingCreateWarehouse {\n        createWarehouse(name: \"Main\") {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation PurchasingCreateWarehouse {\n        createWarehouse(name: \"Main\") {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PurchasingCreateVendor($input: CreateVendorInput!) {\n        createVendor(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation PurchasingCreateVendor($input: CreateVendorInput!) {\n        createVendor(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PurchasingCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PurchasingCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PurchasingOrder on StockOrder {\n    id\n    status\n    expectedMonth\n    totalCents\n    placedAt\n    receivedAt\n    emailedAt\n    vendor {\n      id\n    }\n    warehouse {\n      id\n    }\n    createdBy {\n      id\n    }\n    lines {\n      variant {\n        id\n        sku\n      }\n      quantity\n      unitCostCents\n      totalCents\n    }\n  }\n"): (typeof documents)["\n  fragment PurchasingOrder on StockOrder {\n    id\n    status\n    expectedMonth\n    totalCents\n    placedAt\n    receivedAt\n    emailedAt\n    vendor {\n      id\n    }\n    warehouse {\n      id\n    }\n    createdBy {\n      id\n    }\n    lines {\n      variant {\n        id\n        sku\n      }\n      quantity\n      unitCostCents\n      totalCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchasingCreate($input: CreateStockOrderInput!) {\n    createStockOrder(input: $input) {\n      ...PurchasingOrder\n    }\n  }\n"): (typeof documents)["\n  mutation PurchasingCreate($input: CreateStockOrderInput!) {\n    createStockOrder(input: $input) {\n      ...PurchasingOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchasingSetLine($input: SetStockOrderLineInput!) {\n    setStockOrderLine(input: $input) {\n      ...PurchasingOrder\n    }\n  }\n"): (typeof documents)["\n  mutation PurchasingSetLine($input: SetStockOrderLineInput!) {\n    setStockOrderLine(input: $input) {\n      ...PurchasingOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchasingPlace($id: ID!) {\n    placeStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n"): (typeof documents)["\n  mutation PurchasingPlace($id: ID!) {\n    placeStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchasingReceive($id: ID!) {\n    receiveStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n"): (typeof documents)["\n  mutation PurchasingReceive($id: ID!) {\n    receiveStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchasingSend($id: ID!) {\n    sendStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n"): (typeof documents)["\n  mutation PurchasingSend($id: ID!) {\n    sendStockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchasingSetEmail($input: SetVendorEmailInput!) {\n    setVendorEmail(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation PurchasingSetEmail($input: SetVendorEmailInput!) {\n    setVendorEmail(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchasingImport($csv: String!) {\n    importStockOrders(csv: $csv) {\n      stockOrders {\n        ...PurchasingOrder\n      }\n      stockOrderCount\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PurchasingImport($csv: String!) {\n    importStockOrders(csv: $csv) {\n      stockOrders {\n        ...PurchasingOrder\n      }\n      stockOrderCount\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchasingOrderById($id: ID!) {\n    stockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n"): (typeof documents)["\n  query PurchasingOrderById($id: ID!) {\n    stockOrder(id: $id) {\n      ...PurchasingOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PurchasingCount {\n    stockOrders {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PurchasingCount {\n    stockOrders {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PurchasingVariant($id: ID!) {\n        variant(id: $id) {\n          stock {\n            warehouse {\n              id\n            }\n            onHand\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PurchasingVariant($id: ID!) {\n        variant(id: $id) {\n          stock {\n            warehouse {\n              id\n            }\n            onHand\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PurchasingAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n            after\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PurchasingAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n            after\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PurchasingSetStockLevel($input: SetStockLevelInput!) {\n        setStockLevel(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation PurchasingSetStockLevel($input: SetStockLevelInput!) {\n        setStockLevel(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PurchasingStockOrders {\n          stockOrders(status: DRAFT) {\n            totalCount\n            nodes {\n              id\n              status\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PurchasingStockOrders {\n          stockOrders(status: DRAFT) {\n            totalCount\n            nodes {\n              id\n              status\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PurchasingCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            variants {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation PurchasingCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            variants {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PurchasingImportStockOrders($csv: String!) {\n            importStockOrders(csv: $csv) {\n              stockOrders {\n                id\n              }\n              errors {\n                row\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PurchasingImportStockOrders($csv: String!) {\n            importStockOrders(csv: $csv) {\n              stockOrders {\n                id\n              }\n              errors {\n                row\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PurchasingPlaceId($id: ID!) {\n        placeStockOrder(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation PurchasingPlaceId($id: ID!) {\n        placeStockOrder(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PurchasingReceiveId($id: ID!) {\n        receiveStockOrder(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation PurchasingReceiveId($id: ID!) {\n        receiveStockOrder(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PurchasingSendId($id: ID!) {\n        sendStockOrder(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation PurchasingSendId($id: ID!) {\n        sendStockOrder(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PurchasingCreateVendor2 {\n          createVendor(input: { name: \"Threadco\", leadTimeDays: 10 }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation PurchasingCreateVendor2 {\n          createVendor(input: { name: \"Threadco\", leadTimeDays: 10 }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PurchasingVendors {\n          vendors {\n            id\n            email\n          }\n        }\n      "): (typeof documents)["\n        query PurchasingVendors {\n          vendors {\n            id\n            email\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PurchasingAuditLog2($id: ID!) {\n            auditLog(subjectId: $id) {\n              nodes {\n                action\n                subjectType\n                after\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PurchasingAuditLog2($id: ID!) {\n            auditLog(subjectId: $id) {\n              nodes {\n                action\n                subjectType\n                after\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PurchasingAuditLog3($id: ID!) {\n            auditLog(subjectId: $id, first: 1) {\n              nodes {\n                action\n                after\n              }\n            }\n          }\n        "): (typeof documents)["\n          query PurchasingAuditLog3($id: ID!) {\n            auditLog(subjectId: $id, first: 1) {\n              nodes {\n                action\n                after\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PurchasingImportStockOrders($csv: String!) {\n          importStockOrders(csv: $csv) {\n            stockOrders {\n              id\n            }\n            errors {\n              row\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation PurchasingImportStockOrders($csv: String!) {\n          importStockOrders(csv: $csv) {\n            stockOrders {\n              id\n            }\n            errors {\n              row\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PurchasingImportStockOrders2($csv: String!) {\n            importStockOrders(csv: $csv) {\n              stockOrderCount\n              errors {\n                row\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation PurchasingImportStockOrders2($csv: String!) {\n            importStockOrders(csv: $csv) {\n              stockOrderCount\n              errors {\n                row\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PurchasingAuditLog4 {\n              auditLog(subjectType: StockOrder, first: 100) {\n                totalCount\n                nodes {\n                  action\n                }\n              }\n            }\n          "): (typeof documents)["\n            query PurchasingAuditLog4 {\n              auditLog(subjectType: StockOrder, first: 100) {\n                totalCount\n                nodes {\n                  action\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsKpis($days: Int, $categories: [String!], $warehouseIds: [ID!]) {\n    inventoryKpis(days: $days, categories: $categories, warehouseIds: $warehouseIds) {\n      category\n      unitsSold\n      unitsOnHand\n      sellThroughPercent\n      inventoryTurnover\n      stockValueCents\n    }\n  }\n"): (typeof documents)["\n  query ReportsKpis($days: Int, $categories: [String!], $warehouseIds: [ID!]) {\n    inventoryKpis(days: $days, categories: $categories, warehouseIds: $warehouseIds) {\n      category\n      unitsSold\n      unitsOnHand\n      sellThroughPercent\n      inventoryTurnover\n      stockValueCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportsPresetFields on ReportPreset {\n    id\n    name\n    shared\n    filters {\n      categories\n      warehouseIds\n      days\n    }\n    owner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReportsPresetFields on ReportPreset {\n    id\n    name\n    shared\n    filters {\n      categories\n      warehouseIds\n      days\n    }\n    owner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsPresets {\n    reportPresets {\n      ...ReportsPresetFields\n    }\n  }\n"): (typeof documents)["\n  query ReportsPresets {\n    reportPresets {\n      ...ReportsPresetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsSave($input: SaveReportPresetInput!) {\n    saveReportPreset(input: $input) {\n      ...ReportsPresetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsSave($input: SaveReportPresetInput!) {\n    saveReportPreset(input: $input) {\n      ...ReportsPresetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsSaveShared($input: SaveReportPresetInput!) {\n    saveSharedReportPreset(input: $input) {\n      ...ReportsPresetFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsSaveShared($input: SaveReportPresetInput!) {\n    saveSharedReportPreset(input: $input) {\n      ...ReportsPresetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsDelete($id: ID!) {\n    deleteReportPreset(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsDelete($id: ID!) {\n    deleteReportPreset(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsDeleteShared($id: ID!) {\n    deleteSharedReportPreset(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsDeleteShared($id: ID!) {\n    deleteSharedReportPreset(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsAudit {\n    auditLog(subjectType: ReportPreset) {\n      totalCount\n      nodes {\n        action\n        subjectId\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsAudit {\n    auditLog(subjectType: ReportPreset) {\n      totalCount\n      nodes {\n        action\n        subjectId\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsSetStock($input: SetStockLevelInput!) {\n    setStockLevel(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsSetStock($input: SetStockLevelInput!) {\n    setStockLevel(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsRecordSales($input: RecordSalesInput!) {\n    recordSales(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportsRecordSales($input: RecordSalesInput!) {\n    recordSales(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ReportsCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ReportsCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReportsCreateWarehouse($name: String!) {\n          createWarehouse(name: $name) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ReportsCreateWarehouse($name: String!) {\n          createWarehouse(name: $name) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ReportsCreateWarehouse2 {\n            createWarehouse(name: \"Theirs\") {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ReportsCreateWarehouse2 {\n            createWarehouse(name: \"Theirs\") {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WholesaleCreateWarehouse {\n          createWarehouse(name: \"Main\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation WholesaleCreateWarehouse {\n          createWarehouse(name: \"Main\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WholesaleCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation WholesaleCreateProduct($input: CreateProductInput!) {\n        createProduct(input: $input) {\n          variants {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WholesaleOrderFields on WholesaleOrder {\n    id\n    customerName\n    status\n    totalCents\n    confirmedAt\n    warehouse {\n      id\n    }\n    createdBy {\n      id\n    }\n    lines {\n      variant {\n        sku\n      }\n      quantity\n      unitPriceCents\n      totalCents\n    }\n  }\n"): (typeof documents)["\n  fragment WholesaleOrderFields on WholesaleOrder {\n    id\n    customerName\n    status\n    totalCents\n    confirmedAt\n    warehouse {\n      id\n    }\n    createdBy {\n      id\n    }\n    lines {\n      variant {\n        sku\n      }\n      quantity\n      unitPriceCents\n      totalCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WholesaleCreate($input: CreateWholesaleOrderInput!) {\n    createWholesaleOrder(input: $input) {\n      ...WholesaleOrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation WholesaleCreate($input: CreateWholesaleOrderInput!) {\n    createWholesaleOrder(input: $input) {\n      ...WholesaleOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WholesaleConfirm($id: ID!) {\n    confirmWholesaleOrder(id: $id) {\n      ...WholesaleOrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation WholesaleConfirm($id: ID!) {\n    confirmWholesaleOrder(id: $id) {\n      ...WholesaleOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WholesaleList {\n    wholesaleOrders {\n      totalCount\n      nodes {\n        ...WholesaleOrderFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WholesaleList {\n    wholesaleOrders {\n      totalCount\n      nodes {\n        ...WholesaleOrderFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WholesaleUpdateAccount($on: Boolean!) {\n        updateAccount(input: { wholesaleEnabled: $on }) {\n          wholesaleEnabled\n        }\n      }\n    "): (typeof documents)["\n      mutation WholesaleUpdateAccount($on: Boolean!) {\n        updateAccount(input: { wholesaleEnabled: $on }) {\n          wholesaleEnabled\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation WholesaleSetStockLevel($input: SetStockLevelInput!) {\n        setStockLevel(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation WholesaleSetStockLevel($input: SetStockLevelInput!) {\n        setStockLevel(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query WholesaleVariant($id: ID!) {\n        variant(id: $id) {\n          stock {\n            onHand\n          }\n        }\n      }\n    "): (typeof documents)["\n      query WholesaleVariant($id: ID!) {\n        variant(id: $id) {\n          stock {\n            onHand\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WholesaleAuditLog($id: ID!) {\n          auditLog(subjectId: $id) {\n            nodes {\n              action\n            }\n          }\n        }\n      "): (typeof documents)["\n        query WholesaleAuditLog($id: ID!) {\n          auditLog(subjectId: $id) {\n            nodes {\n              action\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query WholesaleWholesaleOrder($id: ID!) {\n              wholesaleOrder(id: $id) {\n                status\n              }\n            }\n          "): (typeof documents)["\n            query WholesaleWholesaleOrder($id: ID!) {\n              wholesaleOrder(id: $id) {\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WholesaleUpdateAccount2 {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation WholesaleUpdateAccount2 {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query WholesaleWholesaleOrder2($id: ID!) {\n              wholesaleOrder(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query WholesaleWholesaleOrder2($id: ID!) {\n              wholesaleOrder(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WholesaleCreateProduct2 {\n          createProduct(\n            input: { name: \"Theirs\", category: \"Shirts\", variants: [{ sku: \"WH-A\", title: \"A\", costCents: 1, priceCents: 2 }] }\n          ) {\n            variants {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation WholesaleCreateProduct2 {\n          createProduct(\n            input: { name: \"Theirs\", category: \"Shirts\", variants: [{ sku: \"WH-A\", title: \"A\", costCents: 1, priceCents: 2 }] }\n          ) {\n            variants {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WholesaleCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            variants {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation WholesaleCreateProduct($input: CreateProductInput!) {\n          createProduct(input: $input) {\n            variants {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                mutation WholesaleCreateWholesaleOrder($input: CreateWholesaleOrderInput!) {\n                  createWholesaleOrder(input: $input) {\n                    id\n                  }\n                }\n              "): (typeof documents)["\n                mutation WholesaleCreateWholesaleOrder($input: CreateWholesaleOrderInput!) {\n                  createWholesaleOrder(input: $input) {\n                    id\n                  }\n                }\n              "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation WholesaleConfirmWholesaleOrder($id: ID!) {\n              confirmWholesaleOrder(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation WholesaleConfirmWholesaleOrder($id: ID!) {\n              confirmWholesaleOrder(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WholesaleVariant($id: ID!) {\n          variant(id: $id) {\n            stock {\n              onHand\n            }\n          }\n        }\n      "): (typeof documents)["\n        query WholesaleVariant($id: ID!) {\n          variant(id: $id) {\n            stock {\n              onHand\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitesInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      status\n      expiresAt\n      sentCount\n    }\n  }\n"): (typeof documents)["\n  mutation InvitesInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      status\n      expiresAt\n      sentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitesList($status: InviteStatus) {\n    invites(status: $status) {\n      totalCount\n      nodes {\n        id\n        email\n        status\n        sentCount\n        acceptedBy {\n          name\n        }\n        revokedBy {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitesList($status: InviteStatus) {\n    invites(status: $status) {\n      totalCount\n      nodes {\n        id\n        email\n        status\n        sentCount\n        acceptedBy {\n          name\n        }\n        revokedBy {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitesAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        user {\n          id\n        }\n        permissions {\n          permissions\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitesAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        user {\n          id\n        }\n        permissions {\n          permissions\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitesResend($id: ID!) {\n    resendInvite(inviteId: $id) {\n      status\n      sentCount\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InvitesResend($id: ID!) {\n    resendInvite(inviteId: $id) {\n      status\n      sentCount\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitesRevoke($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InvitesRevoke($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitesDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation InvitesDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitesUser($id: ID!) {\n    user(id: $id) {\n      status\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  query InvitesUser($id: ID!) {\n    user(id: $id) {\n      status\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitesActiveUsers($after: String) {\n    users(first: 2, status: ACTIVE, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitesActiveUsers($after: String) {\n    users(first: 2, status: ACTIVE, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitesDeletedUsers {\n    users(status: DELETED) {\n      nodes {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitesDeletedUsers {\n    users(status: DELETED) {\n      nodes {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BrandSettingsFields on BrandSettings {\n    legalName\n    website\n    contactEmail\n    about\n    multipleDivisionsPerOrder\n    inventoryVisibility\n    inventoryDisplay\n  }\n"): (typeof documents)["\n  fragment BrandSettingsFields on BrandSettings {\n    legalName\n    website\n    contactEmail\n    about\n    multipleDivisionsPerOrder\n    inventoryVisibility\n    inventoryDisplay\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandSettings {\n    brandSettings {\n      ...BrandSettingsFields\n      paymentAccount\n    }\n  }\n"): (typeof documents)["\n  query BrandSettings {\n    brandSettings {\n      ...BrandSettingsFields\n      paymentAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandUpdateInfo($input: BrandInformationInput!) {\n    updateBrandInformation(input: $input) {\n      ...BrandSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation BrandUpdateInfo($input: BrandInformationInput!) {\n    updateBrandInformation(input: $input) {\n      ...BrandSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandUpdateDivisions($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      ...BrandSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation BrandUpdateDivisions($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      ...BrandSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandUpdateInventory($input: InventorySettingsInput!) {\n    updateInventorySettings(input: $input) {\n      ...BrandSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation BrandUpdateInventory($input: InventorySettingsInput!) {\n    updateInventorySettings(input: $input) {\n      ...BrandSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandConnect($id: String) {\n    connectPaymentAccount(stripeAccountId: $id) {\n      paymentAccount\n    }\n  }\n"): (typeof documents)["\n  mutation BrandConnect($id: String) {\n    connectPaymentAccount(stripeAccountId: $id) {\n      paymentAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BrandAuditLog($id: ID!) {\n        auditLog(subjectId: $id, first: 100) {\n          nodes {\n            action\n            before\n            after\n          }\n        }\n      }\n    "): (typeof documents)["\n      query BrandAuditLog($id: ID!) {\n        auditLog(subjectId: $id, first: 100) {\n          nodes {\n            action\n            before\n            after\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrandAuditLog2 {\n          auditLog {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query BrandAuditLog2 {\n          auditLog {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query BrandAuditLog3($id: ID!) {\n                auditLog(subjectId: $id) {\n                  nodes {\n                    action\n                    before\n                    after\n                  }\n                }\n              }\n            "): (typeof documents)["\n              query BrandAuditLog3($id: ID!) {\n                auditLog(subjectId: $id) {\n                  nodes {\n                    action\n                    before\n                    after\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrandEverything {\n          brandSettings {\n            ...BrandSettingsFields\n          }\n          companyNumbers {\n            id\n          }\n          customerGroups {\n            id\n          }\n          discountOptions {\n            id\n          }\n          divisions {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query BrandEverything {\n          brandSettings {\n            ...BrandSettingsFields\n          }\n          companyNumbers {\n            id\n          }\n          customerGroups {\n            id\n          }\n          discountOptions {\n            id\n          }\n          divisions {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectionsConnect($name: String!, $regionId: ID) {\n    connectRetailer(retailerName: $name, regionId: $regionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectionsConnect($name: String!, $regionId: ID) {\n    connectRetailer(retailerName: $name, regionId: $regionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsList {\n    connections(first: 50) {\n      totalCount\n      nodes {\n        retailerName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionsList {\n    connections(first: 50) {\n      totalCount\n      nodes {\n        retailerName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionsOne($id: ID!) {\n    connection(id: $id) {\n      retailerName\n      buyers\n    }\n  }\n"): (typeof documents)["\n  query ConnectionsOne($id: ID!) {\n    connection(id: $id) {\n      retailerName\n      buyers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectionsBuyers($id: ID!, $buyers: [String!]!) {\n    editConnectionBuyers(connectionId: $id, buyers: $buyers) {\n      buyers\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectionsBuyers($id: ID!, $buyers: [String!]!) {\n    editConnectionBuyers(connectionId: $id, buyers: $buyers) {\n      buyers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectionsBudget($id: ID!, $cents: Cents) {\n    editConnectionBudget(connectionId: $id, budgetCents: $cents) {\n      budgetCents\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectionsBudget($id: ID!, $cents: Cents) {\n    editConnectionBudget(connectionId: $id, budgetCents: $cents) {\n      budgetCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectionsRemove($id: ID!) {\n    removeConnection(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectionsRemove($id: ID!) {\n    removeConnection(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectionsSetRegions($userId: ID!, $regionIds: [ID!]!) {\n    setUserRegions(userId: $userId, regionIds: $regionIds) {\n      regions {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectionsSetRegions($userId: ID!, $regionIds: [ID!]!) {\n    setUserRegions(userId: $userId, regionIds: $regionIds) {\n      regions {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectionsPermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectionsPermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConnectionsCreateRegion($name: String!) {\n            createRegion(name: $name) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ConnectionsCreateRegion($name: String!) {\n            createRegion(name: $name) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConnectionsEditConnectionCurrencies($id: ID!) {\n          editConnectionCurrencies(connectionId: $id, currencies: [\"euro\"]) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ConnectionsEditConnectionCurrencies($id: ID!) {\n          editConnectionCurrencies(connectionId: $id, currencies: [\"euro\"]) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConnectionsEditConnectionDoors($id: ID!, $doors: [String!]!) {\n          editConnectionDoors(connectionId: $id, doors: $doors) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ConnectionsEditConnectionDoors($id: ID!, $doors: [String!]!) {\n          editConnectionDoors(connectionId: $id, doors: $doors) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConnectionsLog($id: ID) {\n        auditLog(first: 100, subjectId: $id) {\n          nodes {\n            action\n            subjectId\n            after\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ConnectionsLog($id: ID) {\n        auditLog(first: 100, subjectId: $id) {\n          nodes {\n            action\n            subjectId\n            after\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConnectionsMove($id: ID!, $regionId: ID) {\n        setConnectionRegion(connectionId: $id, regionId: $regionId) {\n          region {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation ConnectionsMove($id: ID!, $regionId: ID) {\n        setConnectionRegion(connectionId: $id, regionId: $regionId) {\n          region {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ConnectionsDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ConnectionsDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConnectionsUsers {\n        users(first: 100) {\n          nodes {\n            name\n            regions {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query ConnectionsUsers {\n        users(first: 100) {\n          nodes {\n            name\n            regions {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinesheetsAddStyle($input: AddStyleInput!) {\n    addStyle(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LinesheetsAddStyle($input: AddStyleInput!) {\n    addStyle(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinesheetsSheet on Linesheet {\n    id\n    kind\n    name\n    owner {\n      id\n    }\n    startShip\n    deliveryDates\n    private\n    syncToIpad\n    sharedAt\n    archivedAt\n    styles {\n      style {\n        id\n      }\n      badge {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LinesheetsSheet on Linesheet {\n    id\n    kind\n    name\n    owner {\n      id\n    }\n    startShip\n    deliveryDates\n    private\n    syncToIpad\n    sharedAt\n    archivedAt\n    styles {\n      style {\n        id\n      }\n      badge {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinesheetsCreate($input: CreateLinesheetInput!) {\n    createLinesheet(input: $input) {\n      ...LinesheetsSheet\n    }\n  }\n"): (typeof documents)["\n  mutation LinesheetsCreate($input: CreateLinesheetInput!) {\n    createLinesheet(input: $input) {\n      ...LinesheetsSheet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinesheetsUpdate($input: UpdateLinesheetInput!) {\n    updateLinesheet(input: $input) {\n      ...LinesheetsSheet\n    }\n  }\n"): (typeof documents)["\n  mutation LinesheetsUpdate($input: UpdateLinesheetInput!) {\n    updateLinesheet(input: $input) {\n      ...LinesheetsSheet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinesheetsArchive($id: ID!) {\n    archiveLinesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n"): (typeof documents)["\n  mutation LinesheetsArchive($id: ID!) {\n    archiveLinesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinesheetsDelete($id: ID!) {\n    deleteLinesheet(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LinesheetsDelete($id: ID!) {\n    deleteLinesheet(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinesheetsPrivacy($id: ID!, $private: Boolean!) {\n    setLinesheetPrivacy(id: $id, private: $private) {\n      ...LinesheetsSheet\n    }\n  }\n"): (typeof documents)["\n  mutation LinesheetsPrivacy($id: ID!, $private: Boolean!) {\n    setLinesheetPrivacy(id: $id, private: $private) {\n      ...LinesheetsSheet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinesheetsShare($id: ID!) {\n    shareLinesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n"): (typeof documents)["\n  mutation LinesheetsShare($id: ID!) {\n    shareLinesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinesheetsSync($id: ID!, $syncToIpad: Boolean!) {\n    setLinesheetIpadSync(id: $id, syncToIpad: $syncToIpad) {\n      ...LinesheetsSheet\n    }\n  }\n"): (typeof documents)["\n  mutation LinesheetsSync($id: ID!, $syncToIpad: Boolean!) {\n    setLinesheetIpadSync(id: $id, syncToIpad: $syncToIpad) {\n      ...LinesheetsSheet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinesheetsBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) {\n      ...LinesheetsSheet\n    }\n  }\n"): (typeof documents)["\n  mutation LinesheetsBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) {\n      ...LinesheetsSheet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinesheetsCreateBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation LinesheetsCreateBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinesheetsById($id: ID!) {\n    linesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n"): (typeof documents)["\n  query LinesheetsById($id: ID!) {\n    linesheet(id: $id) {\n      ...LinesheetsSheet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinesheetsList($includeArchived: Boolean) {\n    linesheets(first: 100, includeArchived: $includeArchived) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinesheetsList($includeArchived: Boolean) {\n    linesheets(first: 100, includeArchived: $includeArchived) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LinesheetsAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n          }\n        }\n      }\n    "): (typeof documents)["\n      query LinesheetsAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LinesheetsDeleteStyle($id: ID!) {\n          deleteStyle(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation LinesheetsDeleteStyle($id: ID!) {\n          deleteStyle(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LinesheetsLinesheets {\n            linesheets(first: 100) {\n              nodes {\n                ...LinesheetsSheet\n                owner {\n                  name\n                }\n                styles {\n                  style {\n                    styleNumber\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query LinesheetsLinesheets {\n            linesheets(first: 100) {\n              nodes {\n                ...LinesheetsSheet\n                owner {\n                  name\n                }\n                styles {\n                  style {\n                    styleNumber\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDiscountsMoney on Order {\n    status\n    subtotalCents\n    retailerDiscountPercent\n    retailerDiscountCents\n    discountPercent\n    orderDiscountCents\n    totalCents\n  }\n"): (typeof documents)["\n  fragment OrderDiscountsMoney on Order {\n    status\n    subtotalCents\n    retailerDiscountPercent\n    retailerDiscountCents\n    discountPercent\n    orderDiscountCents\n    totalCents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDiscountsRead($id: ID!) {\n    order(id: $id) {\n      ...OrderDiscountsMoney\n    }\n  }\n"): (typeof documents)["\n  query OrderDiscountsRead($id: ID!) {\n    order(id: $id) {\n      ...OrderDiscountsMoney\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderDiscountsRetailerDiscount($id: ID!, $percent: Int) {\n    editConnectionDiscount(connectionId: $id, discountPercent: $percent) {\n      discountPercent\n    }\n  }\n"): (typeof documents)["\n  mutation OrderDiscountsRetailerDiscount($id: ID!, $percent: Int) {\n    editConnectionDiscount(connectionId: $id, discountPercent: $percent) {\n      discountPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderDiscountsSetDiscount($orderId: ID!, $percent: Int, $optionId: ID) {\n    setOrderDiscount(orderId: $orderId, percent: $percent, discountOptionId: $optionId) {\n      ...OrderDiscountsMoney\n    }\n  }\n"): (typeof documents)["\n  mutation OrderDiscountsSetDiscount($orderId: ID!, $percent: Int, $optionId: ID) {\n    setOrderDiscount(orderId: $orderId, percent: $percent, discountOptionId: $optionId) {\n      ...OrderDiscountsMoney\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderDiscountsOption($input: SaveDiscountOptionInput!) {\n    saveDiscountOption(input: $input) {\n      id\n      percent\n    }\n  }\n"): (typeof documents)["\n  mutation OrderDiscountsOption($input: SaveDiscountOptionInput!) {\n    saveDiscountOption(input: $input) {\n      id\n      percent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderDiscountsInvoice($orderId: ID!) {\n    invoiceOrder(orderId: $orderId) {\n      amountCents\n    }\n  }\n"): (typeof documents)["\n  mutation OrderDiscountsInvoice($orderId: ID!) {\n    invoiceOrder(orderId: $orderId) {\n      amountCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query OrderDiscountsAudit($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n            after\n          }\n        }\n      }\n    "): (typeof documents)["\n      query OrderDiscountsAudit($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n            after\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrderDiscountsLine($input: SetOrderLineInput!) {\n        setOrderLine(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation OrderDiscountsLine($input: SetOrderLineInput!) {\n        setOrderLine(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrderDiscountsTotals($orderId: ID!) {\n        setOrderDiscount(orderId: $orderId, percent: 50) {\n          retailerDiscountCents\n          orderDiscountCents\n          totalCents\n        }\n      }\n    "): (typeof documents)["\n      mutation OrderDiscountsTotals($orderId: ID!) {\n        setOrderDiscount(orderId: $orderId, percent: 50) {\n          retailerDiscountCents\n          orderDiscountCents\n          totalCents\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderDivisionsSetting($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      multipleDivisionsPerOrder\n    }\n  }\n"): (typeof documents)["\n  mutation OrderDivisionsSetting($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      multipleDivisionsPerOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderFixturesOrder on Order {\n    id\n    status\n    poNumber\n    generatedPoNumber\n    startShip\n    deliveryDate\n    discountPercent\n    subtotalCents\n    retailerDiscountPercent\n    retailerDiscountCents\n    orderDiscountCents\n    totalCents\n    mergedIntoId\n    exportRequestedAt\n    exportedAt\n    submittedAt\n    createdBy {\n      id\n      name\n    }\n    connection {\n      id\n      retailerName\n    }\n    linesheet {\n      id\n      name\n      startShip\n      deliveryDates\n    }\n    lines {\n      id\n      style {\n        id\n        styleNumber\n        name\n      }\n      size\n      colour\n      quantity\n      unitPriceCents\n      discountPercent\n      totalCents\n      cancelled\n    }\n  }\n"): (typeof documents)["\n  fragment OrderFixturesOrder on Order {\n    id\n    status\n    poNumber\n    generatedPoNumber\n    startShip\n    deliveryDate\n    discountPercent\n    subtotalCents\n    retailerDiscountPercent\n    retailerDiscountCents\n    orderDiscountCents\n    totalCents\n    mergedIntoId\n    exportRequestedAt\n    exportedAt\n    submittedAt\n    createdBy {\n      id\n      name\n    }\n    connection {\n      id\n      retailerName\n    }\n    linesheet {\n      id\n      name\n      startShip\n      deliveryDates\n    }\n    lines {\n      id\n      style {\n        id\n        styleNumber\n        name\n      }\n      size\n      colour\n      quantity\n      unitPriceCents\n      discountPercent\n      totalCents\n      cancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderFixturesOrderById($id: ID!) {\n    order(id: $id) {\n      ...OrderFixturesOrder\n    }\n  }\n"): (typeof documents)["\n  query OrderFixturesOrderById($id: ID!) {\n    order(id: $id) {\n      ...OrderFixturesOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderFixturesCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n"): (typeof documents)["\n  mutation OrderFixturesCreate($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderFixturesSetLine($input: SetOrderLineInput!) {\n    setOrderLine(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n"): (typeof documents)["\n  mutation OrderFixturesSetLine($input: SetOrderLineInput!) {\n    setOrderLine(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderFixturesSetDates($input: SetOrderDatesInput!) {\n    setOrderDates(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n"): (typeof documents)["\n  mutation OrderFixturesSetDates($input: SetOrderDatesInput!) {\n    setOrderDates(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderFixturesSetDiscount($orderId: ID!, $percent: Int!) {\n    setOrderDiscount(orderId: $orderId, percent: $percent) {\n      ...OrderFixturesOrder\n    }\n  }\n"): (typeof documents)["\n  mutation OrderFixturesSetDiscount($orderId: ID!, $percent: Int!) {\n    setOrderDiscount(orderId: $orderId, percent: $percent) {\n      ...OrderFixturesOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderFixturesSetPo($orderId: ID!, $poNumber: String!) {\n    setOrderPoNumber(orderId: $orderId, poNumber: $poNumber) {\n      ...OrderFixturesOrder\n    }\n  }\n"): (typeof documents)["\n  mutation OrderFixturesSetPo($orderId: ID!, $poNumber: String!) {\n    setOrderPoNumber(orderId: $orderId, poNumber: $poNumber) {\n      ...OrderFixturesOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderFixturesCancelStyle($input: CancelOrderStyleInput!) {\n    cancelOrderStyle(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n"): (typeof documents)["\n  mutation OrderFixturesCancelStyle($input: CancelOrderStyleInput!) {\n    cancelOrderStyle(input: $input) {\n      ...OrderFixturesOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderFixturesMerge($target: ID!, $source: ID!) {\n    mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n      ...OrderFixturesOrder\n    }\n  }\n"): (typeof documents)["\n  mutation OrderFixturesMerge($target: ID!, $source: ID!) {\n    mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n      ...OrderFixturesOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrderFixturesSubmitOrder($id: ID!) {\n      submitOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  "): (typeof documents)["\n    mutation OrderFixturesSubmitOrder($id: ID!) {\n      submitOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrderFixturesApproveOrder($id: ID!) {\n      approveOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  "): (typeof documents)["\n    mutation OrderFixturesApproveOrder($id: ID!) {\n      approveOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrderFixturesShipOrder($id: ID!) {\n      shipOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  "): (typeof documents)["\n    mutation OrderFixturesShipOrder($id: ID!) {\n      shipOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrderFixturesForceExportOrder($id: ID!) {\n      forceExportOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  "): (typeof documents)["\n    mutation OrderFixturesForceExportOrder($id: ID!) {\n      forceExportOrder(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrderFixturesMarkOrderExported($id: ID!) {\n      markOrderExported(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  "): (typeof documents)["\n    mutation OrderFixturesMarkOrderExported($id: ID!) {\n      markOrderExported(id: $id) {\n        ...OrderFixturesOrder\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                mutation OrderPathsTestRemoveConnection($id: ID!) {\n                  removeConnection(id: $id) {\n                    id\n                  }\n                }\n              "): (typeof documents)["\n                mutation OrderPathsTestRemoveConnection($id: ID!) {\n                  removeConnection(id: $id) {\n                    id\n                  }\n                }\n              "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                mutation OrderPathsTestArchiveLinesheet($id: ID!) {\n                  archiveLinesheet(id: $id) {\n                    id\n                  }\n                }\n              "): (typeof documents)["\n                mutation OrderPathsTestArchiveLinesheet($id: ID!) {\n                  archiveLinesheet(id: $id) {\n                    id\n                  }\n                }\n              "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation OrderPathsDivisionSettings($on: Boolean!) {\n            updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n              multipleDivisionsPerOrder\n            }\n          }\n        "): (typeof documents)["\n          mutation OrderPathsDivisionSettings($on: Boolean!) {\n            updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n              multipleDivisionsPerOrder\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation OrderPathsDeleteStyle($id: ID!) {\n            deleteStyle(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation OrderPathsDeleteStyle($id: ID!) {\n            deleteStyle(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation OrderPathsRemoveConnection($id: ID!) {\n              removeConnection(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation OrderPathsRemoveConnection($id: ID!) {\n              removeConnection(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation OrderPathsArchiveLinesheet($id: ID!) {\n              archiveLinesheet(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation OrderPathsArchiveLinesheet($id: ID!) {\n              archiveLinesheet(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation OrderPathsAssignToNewRetailer($id: ID!) {\n              assignOrderToNewRetailer(orderId: $id, retailerName: \"Newcomer\") {\n                id\n                minimumOrderCents\n              }\n            }\n          "): (typeof documents)["\n            mutation OrderPathsAssignToNewRetailer($id: ID!) {\n              assignOrderToNewRetailer(orderId: $id, retailerName: \"Newcomer\") {\n                id\n                minimumOrderCents\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation OrderPathsInvoice($id: ID!) {\n              invoiceOrder(orderId: $id) {\n                amountCents\n              }\n            }\n          "): (typeof documents)["\n            mutation OrderPathsInvoice($id: ID!) {\n              invoiceOrder(orderId: $id) {\n                amountCents\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrderRulesAdd($name: String!) {\n        addClient(retailerName: $name) {\n          id\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation OrderRulesAdd($name: String!) {\n        addClient(retailerName: $name) {\n          id\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrderRulesConnect($name: String!) {\n        connectRetailer(retailerName: $name) {\n          id\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation OrderRulesConnect($name: String!) {\n        connectRetailer(retailerName: $name) {\n          id\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrderRulesAssign($id: ID!, $name: String!) {\n        assignOrderToNewRetailer(orderId: $id, retailerName: $name) {\n          id\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation OrderRulesAssign($id: ID!, $name: String!) {\n        assignOrderToNewRetailer(orderId: $id, retailerName: $name) {\n          id\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrderRulesSave($input: SaveEventInput!) {\n        saveEvent(input: $input) {\n          id\n          name\n        }\n      }\n    "): (typeof documents)["\n      mutation OrderRulesSave($input: SaveEventInput!) {\n        saveEvent(input: $input) {\n          id\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query OrderRulesEvents {\n              events {\n                id\n                name\n              }\n            }\n          "): (typeof documents)["\n            query OrderRulesEvents {\n              events {\n                id\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersAudit($id: ID!) {\n    auditLog(subjectId: $id) {\n      nodes {\n        action\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrdersAudit($id: ID!) {\n    auditLog(subjectId: $id) {\n      nodes {\n        action\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrdersDates($input: SetOrderDatesInput!) {\n        setOrderDates(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation OrdersDates($input: SetOrderDatesInput!) {\n        setOrderDates(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrdersLine($input: SetOrderLineInput!) {\n        setOrderLine(input: $input) {\n          lines {\n            totalCents\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation OrdersLine($input: SetOrderLineInput!) {\n        setOrderLine(input: $input) {\n          lines {\n            totalCents\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrdersTotal($orderId: ID!) {\n        setOrderDiscount(orderId: $orderId, percent: 50) {\n          totalCents\n          lines {\n            totalCents\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation OrdersTotal($orderId: ID!) {\n        setOrderDiscount(orderId: $orderId, percent: 50) {\n          totalCents\n          lines {\n            totalCents\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query OrdersList($status: OrderStatus) {\n        orders(first: 100, status: $status) {\n          totalCount\n          nodes {\n            id\n            status\n          }\n        }\n      }\n    "): (typeof documents)["\n      query OrdersList($status: OrderStatus) {\n        orders(first: 100, status: $status) {\n          totalCount\n          nodes {\n            id\n            status\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrdersSet($input: SetRetailerOrderRestrictionsInput!) {\n        setRetailerOrderRestrictions(input: $input) {\n          id\n          minimumOrderCents\n          retailerMayEditOrders\n        }\n      }\n    "): (typeof documents)["\n      mutation OrdersSet($input: SetRetailerOrderRestrictionsInput!) {\n        setRetailerOrderRestrictions(input: $input) {\n          id\n          minimumOrderCents\n          retailerMayEditOrders\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrdersAdd($name: String!) {\n        addClient(retailerName: $name) {\n          id\n          retailerName\n          status\n        }\n      }\n    "): (typeof documents)["\n      mutation OrdersAdd($name: String!) {\n        addClient(retailerName: $name) {\n          id\n          retailerName\n          status\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrdersInvoice($orderId: ID!) {\n      invoiceOrder(orderId: $orderId) {\n        id\n        number\n        amountCents\n        order {\n          id\n        }\n        connection {\n          id\n        }\n        issuedBy {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrdersInvoice($orderId: ID!) {\n      invoiceOrder(orderId: $orderId) {\n        id\n        number\n        amountCents\n        order {\n          id\n        }\n        connection {\n          id\n        }\n        issuedBy {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query OrdersInvoices {\n      invoices(first: 100) {\n        totalCount\n        nodes {\n          id\n          number\n          amountCents\n          order {\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query OrdersInvoices {\n      invoices(first: 100) {\n        totalCount\n        nodes {\n          id\n          number\n          amountCents\n          order {\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrdersSave($input: SaveEventInput!) {\n      saveEvent(input: $input) {\n        id\n        name\n        startsOn\n        endsOn\n        location\n      }\n    }\n  "): (typeof documents)["\n    mutation OrdersSave($input: SaveEventInput!) {\n      saveEvent(input: $input) {\n        id\n        name\n        startsOn\n        endsOn\n        location\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OrdersEvents {\n            events {\n              id\n              name\n            }\n          }\n        "): (typeof documents)["\n          query OrdersEvents {\n            events {\n              id\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query OrdersOrder($id: ID!) {\n              order(id: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query OrdersOrder($id: ID!) {\n              order(id: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation OrdersInvoiceOrder($id: ID!) {\n              invoiceOrder(orderId: $id) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation OrdersInvoiceOrder($id: ID!) {\n              invoiceOrder(orderId: $id) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrdersCreate($input: CreateOrderInput!) {\n        createOrder(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation OrdersCreate($input: CreateOrderInput!) {\n        createOrder(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OrdersOrders {\n            orders(first: 100) {\n              nodes {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query OrdersOrders {\n            orders(first: 100) {\n              nodes {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrdersCreate2($input: CreateOrderInput!) {\n        createOrder(input: $input) {\n          id\n          linesheet {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation OrdersCreate2($input: CreateOrderInput!) {\n        createOrder(input: $input) {\n          id\n          linesheet {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation OrdersInvoiceOrder($id: ID!) {\n            invoiceOrder(orderId: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation OrdersInvoiceOrder($id: ID!) {\n            invoiceOrder(orderId: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OrdersOrders2 {\n          orders(first: 100) {\n            nodes {\n              id\n            }\n          }\n          invoices(first: 100) {\n            nodes {\n              order {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query OrdersOrders2 {\n          orders(first: 100) {\n            nodes {\n              id\n            }\n          }\n          invoices(first: 100) {\n            nodes {\n              order {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OrdersTypename {\n            __typename\n          }\n        "): (typeof documents)["\n          query OrdersTypename {\n            __typename\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrdersSubmitId($id: ID!) {\n        submitOrder(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation OrdersSubmitId($id: ID!) {\n        submitOrder(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation OrdersMergeId($target: ID!, $source: ID!) {\n        mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation OrdersMergeId($target: ID!, $source: ID!) {\n        mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query OrdersList2($first: Int) {\n        orders(first: $first) {\n          nodes {\n            id\n            status\n            poNumber\n            subtotalCents\n            retailerDiscountPercent\n            retailerDiscountCents\n            orderDiscountCents\n            totalCents\n            createdBy {\n              name\n            }\n            connection {\n              id\n              retailerName\n            }\n            linesheet {\n              id\n              name\n            }\n            lines {\n              id\n              quantity\n              totalCents\n              style {\n                id\n                styleNumber\n                name\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query OrdersList2($first: Int) {\n        orders(first: $first) {\n          nodes {\n            id\n            status\n            poNumber\n            subtotalCents\n            retailerDiscountPercent\n            retailerDiscountCents\n            orderDiscountCents\n            totalCents\n            createdBy {\n              name\n            }\n            connection {\n              id\n              retailerName\n            }\n            linesheet {\n              id\n              name\n            }\n            lines {\n              id\n              quantity\n              totalCents\n              style {\n                id\n                styleNumber\n                name\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OrdersTypename {\n          __typename\n        }\n      "): (typeof documents)["\n        query OrdersTypename {\n          __typename\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StylesStyle on Style {\n    id\n    styleNumber\n    name\n    description\n    wholesalePriceCents\n    upc\n    deletedAt\n    division {\n      id\n      name\n    }\n    images {\n      id\n      url\n      contentType\n    }\n    badges {\n      id\n      name\n    }\n    inventory {\n      size\n      colour\n      available\n    }\n  }\n"): (typeof documents)["\n  fragment StylesStyle on Style {\n    id\n    styleNumber\n    name\n    description\n    wholesalePriceCents\n    upc\n    deletedAt\n    division {\n      id\n      name\n    }\n    images {\n      id\n      url\n      contentType\n    }\n    badges {\n      id\n      name\n    }\n    inventory {\n      size\n      colour\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesAdd($input: AddStyleInput!) {\n    addStyle(input: $input) {\n      ...StylesStyle\n    }\n  }\n"): (typeof documents)["\n  mutation StylesAdd($input: AddStyleInput!) {\n    addStyle(input: $input) {\n      ...StylesStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesCopy($styleId: ID!, $styleNumber: String!) {\n    copyStyle(styleId: $styleId, styleNumber: $styleNumber) {\n      ...StylesStyle\n    }\n  }\n"): (typeof documents)["\n  mutation StylesCopy($styleId: ID!, $styleNumber: String!) {\n    copyStyle(styleId: $styleId, styleNumber: $styleNumber) {\n      ...StylesStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesDelete($id: ID!) {\n    deleteStyle(id: $id) {\n      ...StylesStyle\n    }\n  }\n"): (typeof documents)["\n  mutation StylesDelete($id: ID!) {\n    deleteStyle(id: $id) {\n      ...StylesStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesEdit($input: EditStyleInput!) {\n    editStyle(input: $input) {\n      ...StylesStyle\n    }\n  }\n"): (typeof documents)["\n  mutation StylesEdit($input: EditStyleInput!) {\n    editStyle(input: $input) {\n      ...StylesStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesSetUpc($styleId: ID!, $upc: String) {\n    setStyleUpc(styleId: $styleId, upc: $upc) {\n      ...StylesStyle\n    }\n  }\n"): (typeof documents)["\n  mutation StylesSetUpc($styleId: ID!, $upc: String) {\n    setStyleUpc(styleId: $styleId, upc: $upc) {\n      ...StylesStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesSetDivision($styleId: ID!, $divisionId: ID) {\n    setStyleDivision(styleId: $styleId, divisionId: $divisionId) {\n      ...StylesStyle\n    }\n  }\n"): (typeof documents)["\n  mutation StylesSetDivision($styleId: ID!, $divisionId: ID) {\n    setStyleDivision(styleId: $styleId, divisionId: $divisionId) {\n      ...StylesStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesUpload($styleId: ID!, $contentType: String!, $dataBase64: String!) {\n    uploadStyleImage(styleId: $styleId, contentType: $contentType, dataBase64: $dataBase64) {\n      id\n      url\n      contentType\n    }\n  }\n"): (typeof documents)["\n  mutation StylesUpload($styleId: ID!, $contentType: String!, $dataBase64: String!) {\n    uploadStyleImage(styleId: $styleId, contentType: $contentType, dataBase64: $dataBase64) {\n      id\n      url\n      contentType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesRemoveImage($imageId: ID!) {\n    removeStyleImage(imageId: $imageId) {\n      ...StylesStyle\n    }\n  }\n"): (typeof documents)["\n  mutation StylesRemoveImage($imageId: ID!) {\n    removeStyleImage(imageId: $imageId) {\n      ...StylesStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesCreateBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation StylesCreateBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesAddBadge($styleId: ID!, $badgeId: ID!) {\n    addStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      ...StylesStyle\n    }\n  }\n"): (typeof documents)["\n  mutation StylesAddBadge($styleId: ID!, $badgeId: ID!) {\n    addStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      ...StylesStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesRemoveBadge($styleId: ID!, $badgeId: ID!) {\n    removeStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      ...StylesStyle\n    }\n  }\n"): (typeof documents)["\n  mutation StylesRemoveBadge($styleId: ID!, $badgeId: ID!) {\n    removeStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      ...StylesStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StylesSetInventory($input: SetStyleInventoryInput!) {\n    setStyleInventory(input: $input) {\n      ...StylesStyle\n    }\n  }\n"): (typeof documents)["\n  mutation StylesSetInventory($input: SetStyleInventoryInput!) {\n    setStyleInventory(input: $input) {\n      ...StylesStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StylesById($id: ID!) {\n    style(id: $id) {\n      ...StylesStyle\n    }\n  }\n"): (typeof documents)["\n  query StylesById($id: ID!) {\n    style(id: $id) {\n      ...StylesStyle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StylesStyles($includeDeleted: Boolean) {\n    styles(first: 100, includeDeleted: $includeDeleted) {\n      totalCount\n      nodes {\n        id\n        styleNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query StylesStyles($includeDeleted: Boolean) {\n    styles(first: 100, includeDeleted: $includeDeleted) {\n      totalCount\n      nodes {\n        id\n        styleNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StylesAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n          }\n        }\n      }\n    "): (typeof documents)["\n      query StylesAuditLog($id: ID!) {\n        auditLog(subjectId: $id) {\n          nodes {\n            action\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query StylesStyleBadges {\n          styleBadges {\n            id\n            name\n          }\n        }\n      "): (typeof documents)["\n        query StylesStyleBadges {\n          styleBadges {\n            id\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StylesStyleBadges {\n            styleBadges {\n              id\n              name\n            }\n          }\n        "): (typeof documents)["\n          query StylesStyleBadges {\n            styleBadges {\n              id\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query StylesStyleBadges2 {\n              styleBadges {\n                id\n              }\n            }\n          "): (typeof documents)["\n            query StylesStyleBadges2 {\n              styleBadges {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StylesStylesRead {\n            styles(first: 100) {\n              nodes {\n                ...StylesStyle\n              }\n            }\n          }\n        "): (typeof documents)["\n          query StylesStylesRead {\n            styles(first: 100) {\n              nodes {\n                ...StylesStyle\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation JourneyInviteUser($email: String!) {\n          inviteUser(input: { email: $email, name: \"Bob Buyer\" }) {\n            id\n            status\n            permissions\n            expiresAt\n          }\n        }\n      "): (typeof documents)["\n        mutation JourneyInviteUser($email: String!) {\n          inviteUser(input: { email: $email, name: \"Bob Buyer\" }) {\n            id\n            status\n            permissions\n            expiresAt\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query JourneyInvitation($token: String!) {\n          invitation(token: $token) {\n            email\n            name\n            invitedByName\n            hasLogin\n            accountName\n          }\n        }\n      "): (typeof documents)["\n        query JourneyInvitation($token: String!) {\n          invitation(token: $token) {\n            email\n            name\n            invitedByName\n            hasLogin\n            accountName\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation JourneyAcceptInvite($token: String!, $password: String!) {\n          acceptInvite(input: { token: $token, password: $password }) {\n            token\n            me {\n              name\n              user {\n                id\n              }\n              permissions {\n                fullAccess\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation JourneyAcceptInvite($token: String!, $password: String!) {\n          acceptInvite(input: { token: $token, password: $password }) {\n            token\n            me {\n              name\n              user {\n                id\n              }\n              permissions {\n                fullAccess\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation JourneyUpdateUserPermissions($id: ID!) {\n          updateUserPermissions(input: { userId: $id, permissions: [REPLENISHMENT, RESTRICT_DELETE_STYLES] }) {\n            permissions {\n              fullAccess\n              permissions\n              capabilities\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation JourneyUpdateUserPermissions($id: ID!) {\n          updateUserPermissions(input: { userId: $id, permissions: [REPLENISHMENT, RESTRICT_DELETE_STYLES] }) {\n            permissions {\n              fullAccess\n              permissions\n              capabilities\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query JourneyMe {\n          me {\n            permissions {\n              permissions\n            }\n          }\n        }\n      "): (typeof documents)["\n        query JourneyMe {\n          me {\n            permissions {\n              permissions\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query JourneyAuditLog {\n          auditLog(first: 1) {\n            nodes {\n              action\n              actor {\n                name\n              }\n              target {\n                name\n              }\n              before\n              after\n              at\n            }\n          }\n        }\n      "): (typeof documents)["\n        query JourneyAuditLog {\n          auditLog(first: 1) {\n            nodes {\n              action\n              actor {\n                name\n              }\n              target {\n                name\n              }\n              before\n              after\n              at\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation JourneyDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            status\n            deletedAt\n            deletedBy {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation JourneyDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            status\n            deletedAt\n            deletedBy {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query JourneyMe2 {\n              me {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query JourneyMe2 {\n              me {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation JourneyLogin($email: String!, $password: String!) {\n          login(input: { email: $email, password: $password }) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation JourneyLogin($email: String!, $password: String!) {\n          login(input: { email: $email, password: $password }) {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query JourneyAuditLog2 {\n          auditLog {\n            nodes {\n              action\n              actor {\n                name\n                email\n                status\n              }\n              target {\n                name\n                email\n                status\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query JourneyAuditLog2 {\n          auditLog {\n            nodes {\n              action\n              actor {\n                name\n                email\n                status\n              }\n              target {\n                name\n                email\n                status\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateWarehouse($name: String!) {\n    createWarehouse(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation KitCreateWarehouse($name: String!) {\n    createWarehouse(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateVendor($input: CreateVendorInput!) {\n    createVendor(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation KitCreateVendor($input: CreateVendorInput!) {\n    createVendor(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      variants {\n        id\n        sku\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KitCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      variants {\n        id\n        sku\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetStockLevel($input: SetStockLevelInput!) {\n    setStockLevel(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetStockLevel($input: SetStockLevelInput!) {\n    setStockLevel(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRecordSales($input: RecordSalesInput!) {\n    recordSales(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitRecordSales($input: RecordSalesInput!) {\n    recordSales(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateVariant($input: UpdateVariantInput!) {\n    updateVariant(input: $input) {\n      id\n      costCents\n    }\n  }\n"): (typeof documents)["\n  mutation KitUpdateVariant($input: UpdateVariantInput!) {\n    updateVariant(input: $input) {\n      id\n      costCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEnableWholesale {\n    updateAccount(input: { wholesaleEnabled: true }) {\n      wholesaleEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation KitEnableWholesale {\n    updateAccount(input: { wholesaleEnabled: true }) {\n      wholesaleEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      name\n      coverDays\n      overstockCoverDays\n    }\n  }\n"): (typeof documents)["\n  mutation KitUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      name\n      coverDays\n      overstockCoverDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitProducts {\n    products(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        category\n        variants {\n          id\n          sku\n          title\n          priceCents\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitProducts {\n    products(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        category\n        variants {\n          id\n          sku\n          title\n          priceCents\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitVariant($id: ID!) {\n    variant(id: $id) {\n      id\n      sku\n    }\n  }\n"): (typeof documents)["\n  query KitVariant($id: ID!) {\n    variant(id: $id) {\n      id\n      sku\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitReplenishment {\n    replenishment {\n      variant {\n        sku\n      }\n      warehouse {\n        name\n      }\n      onHand\n      onOrder\n      dailyForecast\n      forecastSource\n      daysOfCover\n      suggestedQuantity\n    }\n  }\n"): (typeof documents)["\n  query KitReplenishment {\n    replenishment {\n      variant {\n        sku\n      }\n      warehouse {\n        name\n      }\n      onHand\n      onOrder\n      dailyForecast\n      forecastSource\n      daysOfCover\n      suggestedQuantity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitCompareWarehouses {\n    compareWarehouses {\n      variant {\n        sku\n      }\n      warehouses {\n        warehouse {\n          name\n        }\n        onHand\n        dailyForecast\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitCompareWarehouses {\n    compareWarehouses {\n      variant {\n        sku\n      }\n      warehouses {\n        warehouse {\n          name\n        }\n        onHand\n        dailyForecast\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetForecast($input: SetForecastInput!) {\n    setForecast(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetForecast($input: SetForecastInput!) {\n    setForecast(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitOverview {\n    overview {\n      stockUnits\n      stockValueCents\n      retailValueCents\n      variantsOutOfStock\n      overstockValueCents\n      unitsSoldLast28Days\n    }\n  }\n"): (typeof documents)["\n  query KitOverview {\n    overview {\n      stockUnits\n      stockValueCents\n      retailValueCents\n      variantsOutOfStock\n      overstockValueCents\n      unitsSoldLast28Days\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitOverstock {\n    overstock {\n      variant {\n        sku\n      }\n      onHand\n      excessUnits\n      excessValueCents\n    }\n  }\n"): (typeof documents)["\n  query KitOverstock {\n    overstock {\n      variant {\n        sku\n      }\n      onHand\n      excessUnits\n      excessValueCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitWarehouses {\n    warehouses {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query KitWarehouses {\n    warehouses {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitVendorNames {\n    vendors {\n      id\n      name\n      leadTimeDays\n    }\n  }\n"): (typeof documents)["\n  query KitVendorNames {\n    vendors {\n      id\n      name\n      leadTimeDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitVendors {\n    vendors {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query KitVendors {\n    vendors {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateStockOrder($input: CreateStockOrderInput!) {\n    createStockOrder(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation KitCreateStockOrder($input: CreateStockOrderInput!) {\n    createStockOrder(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetStockOrderLine($input: SetStockOrderLineInput!) {\n    setStockOrderLine(input: $input) {\n      id\n      totalCents\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetStockOrderLine($input: SetStockOrderLineInput!) {\n    setStockOrderLine(input: $input) {\n      id\n      totalCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitPlaceStockOrder($id: ID!) {\n    placeStockOrder(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation KitPlaceStockOrder($id: ID!) {\n    placeStockOrder(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitReceiveStockOrder($id: ID!) {\n    receiveStockOrder(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation KitReceiveStockOrder($id: ID!) {\n    receiveStockOrder(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSendStockOrder($id: ID!) {\n    sendStockOrder(id: $id) {\n      id\n      emailedAt\n    }\n  }\n"): (typeof documents)["\n  mutation KitSendStockOrder($id: ID!) {\n    sendStockOrder(id: $id) {\n      id\n      emailedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitStockOrder($id: ID!) {\n    stockOrder(id: $id) {\n      id\n      status\n      totalCents\n      lines {\n        quantity\n        variant {\n          sku\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitStockOrder($id: ID!) {\n    stockOrder(id: $id) {\n      id\n      status\n      totalCents\n      lines {\n        quantity\n        variant {\n          sku\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitVariantDetails($id: ID!) {\n    variant(id: $id) {\n      sku\n      costCents\n      marginPercent\n      forecastMonthlyUnits\n      stock {\n        onHand\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitVariantDetails($id: ID!) {\n    variant(id: $id) {\n      sku\n      costCents\n      marginPercent\n      forecastMonthlyUnits\n      stock {\n        onHand\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitStockOrders {\n    stockOrders(first: 5) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitStockOrders {\n    stockOrders(first: 5) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetVendorEmail($input: SetVendorEmailInput!) {\n    setVendorEmail(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetVendorEmail($input: SetVendorEmailInput!) {\n    setVendorEmail(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitImportStockOrders($csv: String!) {\n    importStockOrders(csv: $csv) {\n      errors {\n        row\n        column\n        message\n      }\n      stockOrders {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KitImportStockOrders($csv: String!) {\n    importStockOrders(csv: $csv) {\n      errors {\n        row\n        column\n        message\n      }\n      stockOrders {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateWholesaleOrder($input: CreateWholesaleOrderInput!) {\n    createWholesaleOrder(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation KitCreateWholesaleOrder($input: CreateWholesaleOrderInput!) {\n    createWholesaleOrder(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitConfirmWholesaleOrder($id: ID!) {\n    confirmWholesaleOrder(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation KitConfirmWholesaleOrder($id: ID!) {\n    confirmWholesaleOrder(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitWholesaleOrder($id: ID!) {\n    wholesaleOrder(id: $id) {\n      id\n      status\n      totalCents\n      lines {\n        quantity\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitWholesaleOrder($id: ID!) {\n    wholesaleOrder(id: $id) {\n      id\n      status\n      totalCents\n      lines {\n        quantity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitWholesaleOrders {\n    wholesaleOrders(first: 5) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitWholesaleOrders {\n    wholesaleOrders(first: 5) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetBudget($input: SetBudgetInput!) {\n    setBudget(input: $input) {\n      id\n      amountCents\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetBudget($input: SetBudgetInput!) {\n    setBudget(input: $input) {\n      id\n      amountCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) {\n      month\n      category\n      budgetCents\n      committedCents\n      remainingCents\n    }\n  }\n"): (typeof documents)["\n  query KitOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) {\n      month\n      category\n      budgetCents\n      committedCents\n      remainingCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitInventoryKpis {\n    inventoryKpis {\n      category\n      unitsSold\n      sellThroughPercent\n      inventoryTurnover\n    }\n  }\n"): (typeof documents)["\n  query KitInventoryKpis {\n    inventoryKpis {\n      category\n      unitsSold\n      sellThroughPercent\n      inventoryTurnover\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitReportPresets {\n    reportPresets {\n      id\n      name\n      shared\n    }\n  }\n"): (typeof documents)["\n  query KitReportPresets {\n    reportPresets {\n      id\n      name\n      shared\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveReportPreset($input: SaveReportPresetInput!) {\n    saveReportPreset(input: $input) {\n      id\n      shared\n    }\n  }\n"): (typeof documents)["\n  mutation KitSaveReportPreset($input: SaveReportPresetInput!) {\n    saveReportPreset(input: $input) {\n      id\n      shared\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitDeleteReportPreset($id: ID!) {\n    deleteReportPreset(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitDeleteReportPreset($id: ID!) {\n    deleteReportPreset(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveSharedReportPreset($input: SaveReportPresetInput!) {\n    saveSharedReportPreset(input: $input) {\n      id\n      shared\n    }\n  }\n"): (typeof documents)["\n  mutation KitSaveSharedReportPreset($input: SaveReportPresetInput!) {\n    saveSharedReportPreset(input: $input) {\n      id\n      shared\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitDeleteSharedReportPreset($id: ID!) {\n    deleteSharedReportPreset(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitDeleteSharedReportPreset($id: ID!) {\n    deleteSharedReportPreset(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitAccountBilling {\n    account {\n      name\n      billing {\n        plan\n        billingEmail\n        monthlyPriceCents\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitAccountBilling {\n    account {\n      name\n      billing {\n        plan\n        billingEmail\n        monthlyPriceCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateBilling($input: UpdateBillingInput!) {\n    updateBilling(input: $input) {\n      plan\n      cardLast4\n    }\n  }\n"): (typeof documents)["\n  mutation KitUpdateBilling($input: UpdateBillingInput!) {\n    updateBilling(input: $input) {\n      plan\n      cardLast4\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRunSync {\n    runSync {\n      id\n      startedBy {\n        name\n      }\n      variantCount\n    }\n  }\n"): (typeof documents)["\n  mutation KitRunSync {\n    runSync {\n      id\n      startedBy {\n        name\n      }\n      variantCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitSyncRuns {\n    syncRuns(first: 5) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitSyncRuns {\n    syncRuns(first: 5) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitMyCapability($capability: Capability!) {\n    me {\n      can(capability: $capability)\n      explain(capability: $capability) {\n        allowed\n        reason\n        grantedBy\n        restrictedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitMyCapability($capability: Capability!) {\n    me {\n      can(capability: $capability)\n      explain(capability: $capability) {\n        allowed\n        reason\n        grantedBy\n        restrictedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitUserCapability($id: ID!, $capability: Capability!) {\n    user(id: $id) {\n      can(capability: $capability)\n      explain(capability: $capability) {\n        allowed\n        reason\n        grantedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitUserCapability($id: ID!, $capability: Capability!) {\n    user(id: $id) {\n      can(capability: $capability)\n      explain(capability: $capability) {\n        allowed\n        reason\n        grantedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitCatalogGuards {\n    permissionCatalog {\n      key\n      guards\n    }\n  }\n"): (typeof documents)["\n  query KitCatalogGuards {\n    permissionCatalog {\n      key\n      guards\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitInviteNobody($email: String!) {\n    inviteUser(input: { email: $email, permissions: [] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitInviteNobody($email: String!) {\n    inviteUser(input: { email: $email, permissions: [] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitResendInvite($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitResendInvite($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRevokeInvite($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitRevokeInvite($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRestrictUser($id: ID!) {\n    updateUserPermissions(input: { userId: $id, permissions: [RESTRICT_DELETE_STYLES] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitRestrictUser($id: ID!) {\n    updateUserPermissions(input: { userId: $id, permissions: [RESTRICT_DELETE_STYLES] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitInvites {\n    invites(first: 5) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitInvites {\n    invites(first: 5) {\n      nodes {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitAuditLog {\n    auditLog(first: 5) {\n      nodes {\n        action\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitAuditLog {\n    auditLog(first: 5) {\n      nodes {\n        action\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitUserDetails($id: ID!) {\n    user(id: $id) {\n      name\n      permissions {\n        fullAccess\n      }\n      can(capability: OVERVIEW)\n      explain(capability: OVERVIEW) {\n        allowed\n      }\n      regions {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitUserDetails($id: ID!) {\n    user(id: $id) {\n      name\n      permissions {\n        fullAccess\n      }\n      can(capability: OVERVIEW)\n      explain(capability: OVERVIEW) {\n        allowed\n      }\n      regions {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateRegion($name: String!) {\n    createRegion(name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitCreateRegion($name: String!) {\n    createRegion(name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetUserRegions($userId: ID!, $regionIds: [ID!]!) {\n    setUserRegions(userId: $userId, regionIds: $regionIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetUserRegions($userId: ID!, $regionIds: [ID!]!) {\n    setUserRegions(userId: $userId, regionIds: $regionIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetConnectionRegion($connectionId: ID!, $regionId: ID) {\n    setConnectionRegion(connectionId: $connectionId, regionId: $regionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetConnectionRegion($connectionId: ID!, $regionId: ID) {\n    setConnectionRegion(connectionId: $connectionId, regionId: $regionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitConnectRetailer($name: String!) {\n    connectRetailer(retailerName: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitConnectRetailer($name: String!) {\n    connectRetailer(retailerName: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRemoveConnection($id: ID!) {\n    removeConnection(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation KitRemoveConnection($id: ID!) {\n    removeConnection(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitAssignCompanyNumber($connectionId: ID!, $id: ID) {\n    assignCompanyNumber(connectionId: $connectionId, companyNumberId: $id) {\n      companyNumber\n    }\n  }\n"): (typeof documents)["\n  mutation KitAssignCompanyNumber($connectionId: ID!, $id: ID) {\n    assignCompanyNumber(connectionId: $connectionId, companyNumberId: $id) {\n      companyNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitAssignCustomerGroup($connectionId: ID!, $id: ID) {\n    assignCustomerGroup(connectionId: $connectionId, customerGroupId: $id) {\n      customerGroup\n    }\n  }\n"): (typeof documents)["\n  mutation KitAssignCustomerGroup($connectionId: ID!, $id: ID) {\n    assignCustomerGroup(connectionId: $connectionId, customerGroupId: $id) {\n      customerGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditBillingShipping($id: ID!) {\n    editConnectionBillingShipping(connectionId: $id, billingAddress: \"1 Main St\", shippingAddress: \"2 Dock Rd\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditBillingShipping($id: ID!) {\n    editConnectionBillingShipping(connectionId: $id, billingAddress: \"1 Main St\", shippingAddress: \"2 Dock Rd\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditBudget($id: ID!) {\n    editConnectionBudget(connectionId: $id, budgetCents: 100000) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditBudget($id: ID!) {\n    editConnectionBudget(connectionId: $id, budgetCents: 100000) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditBuyers($id: ID!) {\n    editConnectionBuyers(connectionId: $id, buyers: [\"Bea\"]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditBuyers($id: ID!) {\n    editConnectionBuyers(connectionId: $id, buyers: [\"Bea\"]) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditCurrencies($id: ID!) {\n    editConnectionCurrencies(connectionId: $id, currencies: [\"EUR\"]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditCurrencies($id: ID!) {\n    editConnectionCurrencies(connectionId: $id, currencies: [\"EUR\"]) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditCustomerCode($id: ID!) {\n    editConnectionCustomerCode(connectionId: $id, customerCode: \"C-1\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditCustomerCode($id: ID!) {\n    editConnectionCustomerCode(connectionId: $id, customerCode: \"C-1\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditDiscount($id: ID!) {\n    editConnectionDiscount(connectionId: $id, discountPercent: 5) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditDiscount($id: ID!) {\n    editConnectionDiscount(connectionId: $id, discountPercent: 5) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditDoors($id: ID!) {\n    editConnectionDoors(connectionId: $id, doors: [\"Main door\"]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditDoors($id: ID!) {\n    editConnectionDoors(connectionId: $id, doors: [\"Main door\"]) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditPaymentMethods($id: ID!) {\n    editConnectionPaymentMethods(connectionId: $id, paymentMethods: [\"Card\"]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditPaymentMethods($id: ID!) {\n    editConnectionPaymentMethods(connectionId: $id, paymentMethods: [\"Card\"]) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditSalesReps($id: ID!) {\n    editConnectionSalesReps(connectionId: $id, salesReps: [\"Sam\"]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditSalesReps($id: ID!) {\n    editConnectionSalesReps(connectionId: $id, salesReps: [\"Sam\"]) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditShippingMethods($id: ID!) {\n    editConnectionShippingMethods(connectionId: $id, shippingMethods: [\"Ground\"]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditShippingMethods($id: ID!) {\n    editConnectionShippingMethods(connectionId: $id, shippingMethods: [\"Ground\"]) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditWarehouses($id: ID!) {\n    editConnectionWarehouses(connectionId: $id, warehouses: [\"NJ\"]) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditWarehouses($id: ID!) {\n    editConnectionWarehouses(connectionId: $id, warehouses: [\"NJ\"]) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitBrandSettings {\n    brandSettings {\n      legalName\n      paymentAccount\n    }\n  }\n"): (typeof documents)["\n  query KitBrandSettings {\n    brandSettings {\n      legalName\n      paymentAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateBrandInformation($about: String!) {\n    updateBrandInformation(input: { about: $about }) {\n      legalName\n    }\n  }\n"): (typeof documents)["\n  mutation KitUpdateBrandInformation($about: String!) {\n    updateBrandInformation(input: { about: $about }) {\n      legalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateDivisionSettings($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      legalName\n    }\n  }\n"): (typeof documents)["\n  mutation KitUpdateDivisionSettings($on: Boolean!) {\n    updateDivisionSettings(multipleDivisionsPerOrder: $on) {\n      legalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateInventorySettings($visibility: InventoryVisibility!) {\n    updateInventorySettings(input: { visibility: $visibility }) {\n      legalName\n    }\n  }\n"): (typeof documents)["\n  mutation KitUpdateInventorySettings($visibility: InventoryVisibility!) {\n    updateInventorySettings(input: { visibility: $visibility }) {\n      legalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitConnectPaymentAccount($id: String) {\n    connectPaymentAccount(stripeAccountId: $id) {\n      legalName\n    }\n  }\n"): (typeof documents)["\n  mutation KitConnectPaymentAccount($id: String) {\n    connectPaymentAccount(stripeAccountId: $id) {\n      legalName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveCompanyNumber($number: String!) {\n    saveCompanyNumber(input: { label: \"VAT\", number: $number }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSaveCompanyNumber($number: String!) {\n    saveCompanyNumber(input: { label: \"VAT\", number: $number }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveCustomerGroup($name: String!) {\n    saveCustomerGroup(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSaveCustomerGroup($name: String!) {\n    saveCustomerGroup(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveDiscountOption($name: String!) {\n    saveDiscountOption(input: { name: $name, percent: 10 }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSaveDiscountOption($name: String!) {\n    saveDiscountOption(input: { name: $name, percent: 10 }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveDivision($name: String!) {\n    saveDivision(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSaveDivision($name: String!) {\n    saveDivision(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitConnections {\n    connections(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitConnections {\n    connections(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitConnection($id: ID!) {\n    connection(id: $id) {\n      id\n      retailerName\n    }\n  }\n"): (typeof documents)["\n  query KitConnection($id: ID!) {\n    connection(id: $id) {\n      id\n      retailerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateOrder($connectionId: ID!, $linesheetId: ID!) {\n    createOrder(input: { connectionId: $connectionId, linesheetId: $linesheetId }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitCreateOrder($connectionId: ID!, $linesheetId: ID!) {\n    createOrder(input: { connectionId: $connectionId, linesheetId: $linesheetId }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetOrderLine($orderId: ID!, $styleId: ID!) {\n    setOrderLine(input: { orderId: $orderId, styleId: $styleId, size: \"M\", colour: \"Red\", quantity: 2 }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetOrderLine($orderId: ID!, $styleId: ID!) {\n    setOrderLine(input: { orderId: $orderId, styleId: $styleId, size: \"M\", colour: \"Red\", quantity: 2 }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSubmitOrder($id: ID!) {\n    submitOrder(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSubmitOrder($id: ID!) {\n    submitOrder(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitApproveOrder($id: ID!) {\n    approveOrder(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitApproveOrder($id: ID!) {\n    approveOrder(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitShipOrder($id: ID!) {\n    shipOrder(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitShipOrder($id: ID!) {\n    shipOrder(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitForceExportOrder($id: ID!) {\n    forceExportOrder(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitForceExportOrder($id: ID!) {\n    forceExportOrder(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitMarkOrderExported($id: ID!) {\n    markOrderExported(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitMarkOrderExported($id: ID!) {\n    markOrderExported(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitMergeOrders($target: ID!, $source: ID!) {\n    mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitMergeOrders($target: ID!, $source: ID!) {\n    mergeOrders(targetOrderId: $target, sourceOrderId: $source) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetRetailerOrderRestrictions($id: ID!, $minimum: Cents) {\n    setRetailerOrderRestrictions(input: { connectionId: $id, minimumOrderCents: $minimum }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetRetailerOrderRestrictions($id: ID!, $minimum: Cents) {\n    setRetailerOrderRestrictions(input: { connectionId: $id, minimumOrderCents: $minimum }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitAddClient($name: String!) {\n    addClient(retailerName: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitAddClient($name: String!) {\n    addClient(retailerName: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveEvent($name: String!) {\n    saveEvent(input: { name: $name, startsOn: \"2031-03-01\", endsOn: \"2031-03-02\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSaveEvent($name: String!) {\n    saveEvent(input: { name: $name, startsOn: \"2031-03-01\", endsOn: \"2031-03-02\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitInvoiceOrder($id: ID!) {\n    invoiceOrder(orderId: $id) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation KitInvoiceOrder($id: ID!) {\n    invoiceOrder(orderId: $id) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitInvoices {\n    invoices(first: 10) {\n      nodes {\n        id\n        number\n        amountCents\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitInvoices {\n    invoices(first: 10) {\n      nodes {\n        id\n        number\n        amountCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitAssignOrderToNewRetailer($id: ID!, $name: String!) {\n    assignOrderToNewRetailer(orderId: $id, retailerName: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitAssignOrderToNewRetailer($id: ID!, $name: String!) {\n    assignOrderToNewRetailer(orderId: $id, retailerName: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetOrderDiscount($id: ID!, $percent: Int!) {\n    setOrderDiscount(orderId: $id, percent: $percent) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetOrderDiscount($id: ID!, $percent: Int!) {\n    setOrderDiscount(orderId: $id, percent: $percent) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetOrderPoNumber($id: ID!, $po: String!) {\n    setOrderPoNumber(orderId: $id, poNumber: $po) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetOrderPoNumber($id: ID!, $po: String!) {\n    setOrderPoNumber(orderId: $id, poNumber: $po) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCancelOrderStyle($id: ID!, $styleId: ID!) {\n    cancelOrderStyle(input: { orderId: $id, styleId: $styleId }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitCancelOrderStyle($id: ID!, $styleId: ID!) {\n    cancelOrderStyle(input: { orderId: $id, styleId: $styleId }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitOrders {\n    orders(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitOrders {\n    orders(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitOrder($id: ID!) {\n    order(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query KitOrder($id: ID!) {\n    order(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetOrderDates($id: ID!) {\n    setOrderDates(input: { orderId: $id, startShip: \"2031-02-03\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetOrderDates($id: ID!) {\n    setOrderDates(input: { orderId: $id, startShip: \"2031-02-03\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitAddStyle($number: String!) {\n    addStyle(input: { styleNumber: $number, name: \"Tee\", wholesalePriceCents: 1500 }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitAddStyle($number: String!) {\n    addStyle(input: { styleNumber: $number, name: \"Tee\", wholesalePriceCents: 1500 }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCopyStyle($id: ID!, $number: String!) {\n    copyStyle(styleId: $id, styleNumber: $number) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitCopyStyle($id: ID!, $number: String!) {\n    copyStyle(styleId: $id, styleNumber: $number) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitDeleteStyle($id: ID!) {\n    deleteStyle(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitDeleteStyle($id: ID!) {\n    deleteStyle(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditStyle($id: ID!, $name: String!) {\n    editStyle(input: { styleId: $id, name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitEditStyle($id: ID!, $name: String!) {\n    editStyle(input: { styleId: $id, name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetStyleUpc($id: ID!, $upc: String) {\n    setStyleUpc(styleId: $id, upc: $upc) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetStyleUpc($id: ID!, $upc: String) {\n    setStyleUpc(styleId: $id, upc: $upc) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetStyleDivision($id: ID!, $divisionId: ID) {\n    setStyleDivision(styleId: $id, divisionId: $divisionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetStyleDivision($id: ID!, $divisionId: ID) {\n    setStyleDivision(styleId: $id, divisionId: $divisionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUploadStyleImage($id: ID!, $data: String!) {\n    uploadStyleImage(styleId: $id, contentType: \"image/png\", dataBase64: $data) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitUploadStyleImage($id: ID!, $data: String!) {\n    uploadStyleImage(styleId: $id, contentType: \"image/png\", dataBase64: $data) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRemoveStyleImage($id: ID!) {\n    removeStyleImage(imageId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitRemoveStyleImage($id: ID!) {\n    removeStyleImage(imageId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitStyleImages($id: ID!) {\n    style(id: $id) {\n      images {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query KitStyleImages($id: ID!) {\n    style(id: $id) {\n      images {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateStyleBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitCreateStyleBadge($name: String!) {\n    createStyleBadge(name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitAddStyleBadge($styleId: ID!, $badgeId: ID!) {\n    addStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitAddStyleBadge($styleId: ID!, $badgeId: ID!) {\n    addStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRemoveStyleBadge($styleId: ID!, $badgeId: ID!) {\n    removeStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitRemoveStyleBadge($styleId: ID!, $badgeId: ID!) {\n    removeStyleBadge(styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetStyleInventory($id: ID!, $available: Int!) {\n    setStyleInventory(input: { styleId: $id, size: \"M\", colour: \"Black\", available: $available }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetStyleInventory($id: ID!, $available: Int!) {\n    setStyleInventory(input: { styleId: $id, size: \"M\", colour: \"Black\", available: $available }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateLinesheet($kind: LinesheetKind!, $styleIds: [ID!]!) {\n    createLinesheet(input: { kind: $kind, name: \"Spring\", startShip: \"2031-02-01\", deliveryDates: [\"2031-02-15\"], styleIds: $styleIds }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitCreateLinesheet($kind: LinesheetKind!, $styleIds: [ID!]!) {\n    createLinesheet(input: { kind: $kind, name: \"Spring\", startShip: \"2031-02-01\", deliveryDates: [\"2031-02-15\"], styleIds: $styleIds }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetLinesheetPrivacy($id: ID!, $private: Boolean!) {\n    setLinesheetPrivacy(id: $id, private: $private) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetLinesheetPrivacy($id: ID!, $private: Boolean!) {\n    setLinesheetPrivacy(id: $id, private: $private) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitShareLinesheet($id: ID!) {\n    shareLinesheet(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitShareLinesheet($id: ID!) {\n    shareLinesheet(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetLinesheetIpadSync($id: ID!, $on: Boolean!) {\n    setLinesheetIpadSync(id: $id, syncToIpad: $on) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetLinesheetIpadSync($id: ID!, $on: Boolean!) {\n    setLinesheetIpadSync(id: $id, syncToIpad: $on) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetLinesheetStyleBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KitSetLinesheetStyleBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSetPermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiveSetPermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiveInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveResend($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiveResend($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveRevoke($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiveRevoke($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiveDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation LiveLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      wholesaleEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation LiveUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      wholesaleEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveSwitch($id: ID!) {\n    switchAccount(accountId: $id) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveSwitch($id: ID!) {\n    switchAccount(accountId: $id) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveUserCapabilities($id: ID!) {\n    user(id: $id) {\n      permissions {\n        capabilities\n        permissions\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveUserCapabilities($id: ID!) {\n    user(id: $id) {\n      permissions {\n        capabilities\n        permissions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveMyCapabilities {\n    me {\n      permissions {\n        capabilities\n        permissions\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveMyCapabilities {\n    me {\n      permissions {\n        capabilities\n        permissions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LiveAuditLog {\n          auditLog(first: 1) {\n            nodes {\n              id\n              action\n            }\n          }\n        }\n      "): (typeof documents)["\n        query LiveAuditLog {\n          auditLog(first: 1) {\n            nodes {\n              id\n              action\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LiveLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      "): (typeof documents)["\n        mutation LiveLogin($input: LoginInput!) {\n          login(input: $input) {\n            token\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MailInvite($email: String!) {\n    inviteUser(input: { email: $email }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MailInvite($email: String!) {\n    inviteUser(input: { email: $email }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MailUpdateAccount($name: String!) {\n          updateAccount(input: { name: $name }) {\n            name\n          }\n        }\n      "): (typeof documents)["\n        mutation MailUpdateAccount($name: String!) {\n          updateAccount(input: { name: $name }) {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionRulesInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n      permissions\n      sentCount\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation PermissionRulesInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n      permissions\n      sentCount\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionRulesResendInvite($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n      status\n      sentCount\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation PermissionRulesResendInvite($id: ID!) {\n    resendInvite(inviteId: $id) {\n      id\n      status\n      sentCount\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionRulesRevokeInvite($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PermissionRulesRevokeInvite($id: ID!) {\n    revokeInvite(inviteId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionRulesUpdatePermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n      permissions {\n        fullAccess\n        permissions\n        capabilities\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PermissionRulesUpdatePermissions($id: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n      id\n      permissions {\n        fullAccess\n        permissions\n        capabilities\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermissionRulesDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PermissionRulesDeleteUser($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionRulesInvites {\n    invites {\n      totalCount\n      nodes {\n        id\n        email\n        status\n        permissions\n        sentCount\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PermissionRulesInvites {\n    invites {\n      totalCount\n      nodes {\n        id\n        email\n        status\n        permissions\n        sentCount\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionRulesAuditLog($first: Int) {\n    auditLog(first: $first) {\n      totalCount\n      nodes {\n        action\n        actor {\n          id\n        }\n        target {\n          id\n        }\n        invite {\n          id\n        }\n        before\n        after\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query PermissionRulesAuditLog($first: Int) {\n    auditLog(first: $first) {\n      totalCount\n      nodes {\n        action\n        actor {\n          id\n        }\n        target {\n          id\n        }\n        invite {\n          id\n        }\n        before\n        after\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionRulesMyPermissions {\n    me {\n      permissions {\n        fullAccess\n        permissions\n        capabilities\n        decisions {\n          capability\n          allowed\n          reason\n          grantedBy\n          restrictedBy\n          feature\n          requires\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PermissionRulesMyPermissions {\n    me {\n      permissions {\n        fullAccess\n        permissions\n        capabilities\n        decisions {\n          capability\n          allowed\n          reason\n          grantedBy\n          restrictedBy\n          feature\n          requires\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermissionRulesAcceptInvite($input: AcceptInviteInput!) {\n        acceptInvite(input: $input) {\n          token\n          me {\n            user {\n              id\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PermissionRulesAcceptInvite($input: AcceptInviteInput!) {\n        acceptInvite(input: $input) {\n          token\n          me {\n            user {\n              id\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermissionRulesUser($id: ID!) {\n        user(id: $id) {\n          id\n          status\n          permissions {\n            fullAccess\n            permissions\n            narrowings\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PermissionRulesUser($id: ID!) {\n        user(id: $id) {\n          id\n          status\n          permissions {\n            fullAccess\n            permissions\n            narrowings\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query PermissionRulesMe {\n                me {\n                  name\n                }\n              }\n            "): (typeof documents)["\n              query PermissionRulesMe {\n                me {\n                  name\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionRulesUpdateAccount {\n          updateAccount(input: { wholesaleEnabled: false }) {\n            wholesaleEnabled\n          }\n        }\n      "): (typeof documents)["\n        mutation PermissionRulesUpdateAccount {\n          updateAccount(input: { wholesaleEnabled: false }) {\n            wholesaleEnabled\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionRulesUpdateAccount2 {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            wholesaleEnabled\n          }\n        }\n      "): (typeof documents)["\n        mutation PermissionRulesUpdateAccount2 {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            wholesaleEnabled\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PermissionRulesUpdateAccount3 {\n          updateAccount(input: {}) {\n            name\n            wholesaleEnabled\n          }\n        }\n      "): (typeof documents)["\n        mutation PermissionRulesUpdateAccount3 {\n          updateAccount(input: {}) {\n            name\n            wholesaleEnabled\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PermissionRulesPermissionCatalog {\n            permissionCatalog {\n              key\n              kind\n            }\n          }\n        "): (typeof documents)["\n          query PermissionRulesPermissionCatalog {\n            permissionCatalog {\n              key\n              kind\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PermissionRulesMe {\n              me {\n                name\n              }\n            }\n          "): (typeof documents)["\n            query PermissionRulesMe {\n              me {\n                name\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PermissionRulesAuditLog2($id: ID!) {\n          auditLog(targetId: $id) {\n            nodes {\n              action\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PermissionRulesAuditLog2($id: ID!) {\n          auditLog(targetId: $id) {\n            nodes {\n              action\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SmtpInvite($email: String!) {\n    inviteUser(input: { email: $email, name: \"Eve Email\" }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SmtpInvite($email: String!) {\n    inviteUser(input: { email: $email, name: \"Eve Email\" }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmtpDelivery {\n    invites {\n      nodes {\n        email\n        delivery {\n          status\n          attempts\n          lastError\n          nextAttemptAt\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmtpDelivery {\n    invites {\n      nodes {\n        email\n        delivery {\n          status\n          attempts\n          lastError\n          nextAttemptAt\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query StatementsUsers {\n      users(first: 100) {\n        totalCount\n        nodes {\n          id\n          name\n          email\n          status\n          joinedAt\n          deletedBy {\n            name\n          }\n          permissions {\n            fullAccess\n            permissions\n            capabilities\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query StatementsUsers {\n      users(first: 100) {\n        totalCount\n        nodes {\n          id\n          name\n          email\n          status\n          joinedAt\n          deletedBy {\n            name\n          }\n          permissions {\n            fullAccess\n            permissions\n            capabilities\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query StatementsAudit {\n      auditLog(first: 100) {\n        nodes {\n          action\n          actor {\n            name\n            email\n          }\n          target {\n            name\n          }\n          invite {\n            email\n            invitedBy {\n              name\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query StatementsAudit {\n      auditLog(first: 100) {\n        nodes {\n          action\n          actor {\n            name\n            email\n          }\n          target {\n            name\n          }\n          invite {\n            email\n            invitedBy {\n              name\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query StatementsAuditFive {\n      auditLog(first: 5) {\n        nodes {\n          action\n          actor {\n            name\n            email\n          }\n          target {\n            name\n          }\n          invite {\n            email\n            invitedBy {\n              name\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query StatementsAuditFive {\n      auditLog(first: 5) {\n        nodes {\n          action\n          actor {\n            name\n            email\n          }\n          target {\n            name\n          }\n          invite {\n            email\n            invitedBy {\n              name\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StatementsUsers2 {\n            users {\n              totalCount\n            }\n          }\n        "): (typeof documents)["\n          query StatementsUsers2 {\n            users {\n              totalCount\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query StatementsOrders($first: Int) {\n      stockOrders(first: $first) {\n        nodes {\n          status\n          totalCents\n          createdBy {\n            name\n            email\n          }\n          vendor {\n            name\n            email\n          }\n          warehouse {\n            name\n          }\n          lines {\n            quantity\n            variant {\n              sku\n              costCents\n              product {\n                name\n                category\n                vendor {\n                  name\n                }\n              }\n              stock {\n                onHand\n                warehouse {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query StatementsOrders($first: Int) {\n      stockOrders(first: $first) {\n        nodes {\n          status\n          totalCents\n          createdBy {\n            name\n            email\n          }\n          vendor {\n            name\n            email\n          }\n          warehouse {\n            name\n          }\n          lines {\n            quantity\n            variant {\n              sku\n              costCents\n              product {\n                name\n                category\n                vendor {\n                  name\n                }\n              }\n              stock {\n                onHand\n                warehouse {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SweepsAddStyle {\n        addStyle(input: { name: \"Victim Tee\", styleNumber: \"V-1\", wholesalePriceCents: 1000 }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation SweepsAddStyle {\n        addStyle(input: { name: \"Victim Tee\", styleNumber: \"V-1\", wholesalePriceCents: 1000 }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SweepsCreateLinesheet($styleIds: [ID!]!) {\n        createLinesheet(\n          input: { kind: ADMIN, name: \"Victim Spring\", startShip: \"2030-01-01\", deliveryDates: [\"2030-01-01\"], styleIds: $styleIds }\n        ) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation SweepsCreateLinesheet($styleIds: [ID!]!) {\n        createLinesheet(\n          input: { kind: ADMIN, name: \"Victim Spring\", startShip: \"2030-01-01\", deliveryDates: [\"2030-01-01\"], styleIds: $styleIds }\n        ) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SweepsUpdateAccount {\n        updateAccount(input: { wholesaleEnabled: true }) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation SweepsUpdateAccount {\n        updateAccount(input: { wholesaleEnabled: true }) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SweepsCreateAccount {\n          createAccount(name: \"Sam's Own\") {\n            account {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation SweepsCreateAccount {\n          createAccount(name: \"Sam's Own\") {\n            account {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SweepsUpdateAccount {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SweepsUpdateAccount {\n          updateAccount(input: { wholesaleEnabled: true }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SweepsLogin($email: String!) {\n        login(input: { email: $email, password: \"correct horse battery\" }) {\n          token\n        }\n      }\n    "): (typeof documents)["\n      mutation SweepsLogin($email: String!) {\n        login(input: { email: $email, password: \"correct horse battery\" }) {\n          token\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SweepsLogout {\n          logout\n        }\n      "): (typeof documents)["\n        mutation SweepsLogout {\n          logout\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SweepsDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SweepsDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation SweepsUpdateUserPermissions($id: ID!, $to: [PermissionKey!]!) {\n                updateUserPermissions(input: { userId: $id, permissions: $to }) {\n                  permissions {\n                    permissions\n                  }\n                }\n              }\n            "): (typeof documents)["\n              mutation SweepsUpdateUserPermissions($id: ID!, $to: [PermissionKey!]!) {\n                updateUserPermissions(input: { userId: $id, permissions: $to }) {\n                  permissions {\n                    permissions\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation SweepsDeleteUser2($id: ID!) {\n                deleteUser(userId: $id) {\n                  status\n                }\n              }\n            "): (typeof documents)["\n              mutation SweepsDeleteUser2($id: ID!) {\n                deleteUser(userId: $id) {\n                  status\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      me {\n        account {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyInvite($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        personId\n        account {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyAccept($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      token\n      me {\n        personId\n        account {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancySwitch($id: ID!) {\n    switchAccount(accountId: $id) {\n      account {\n        id\n      }\n      permissions {\n        fullAccess\n        permissions\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancySwitch($id: ID!) {\n    switchAccount(accountId: $id) {\n      account {\n        id\n      }\n      permissions {\n        fullAccess\n        permissions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyDelete($id: ID!) {\n    deleteUser(userId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyMe {\n    me {\n      personId\n      account {\n        id\n      }\n      accounts {\n        id\n      }\n      permissions {\n        fullAccess\n        permissions\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenancyMe {\n    me {\n      personId\n      account {\n        id\n      }\n      accounts {\n        id\n      }\n      permissions {\n        fullAccess\n        permissions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyAccountState {\n    account {\n      id\n      name\n      wholesaleEnabled\n    }\n    users(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        status\n        deletedAt\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n    invites(first: 100) {\n      totalCount\n      nodes {\n        id\n        email\n        name\n        status\n        permissions\n        sentCount\n        expiresAt\n        lastSentAt\n        revokedAt\n        acceptedAt\n      }\n    }\n    auditLog(first: 100) {\n      totalCount\n      nodes {\n        id\n        action\n        before\n        after\n        at\n        actor {\n          id\n          name\n          email\n        }\n        target {\n          id\n          name\n          email\n        }\n        invite {\n          id\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenancyAccountState {\n    account {\n      id\n      name\n      wholesaleEnabled\n    }\n    users(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        status\n        deletedAt\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n    invites(first: 100) {\n      totalCount\n      nodes {\n        id\n        email\n        name\n        status\n        permissions\n        sentCount\n        expiresAt\n        lastSentAt\n        revokedAt\n        acceptedAt\n      }\n    }\n    auditLog(first: 100) {\n      totalCount\n      nodes {\n        id\n        action\n        before\n        after\n        at\n        actor {\n          id\n          name\n          email\n        }\n        target {\n          id\n          name\n          email\n        }\n        invite {\n          id\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TenancyQuery($id: ID!) {\n            user(id: $id) {\n              id\n              name\n              email\n              status\n            }\n          }\n        "): (typeof documents)["\n          query TenancyQuery($id: ID!) {\n            user(id: $id) {\n              id\n              name\n              email\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TenancyUser($id: ID!) {\n            user(id: $id) {\n              name\n            }\n          }\n        "): (typeof documents)["\n          query TenancyUser($id: ID!) {\n            user(id: $id) {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TenancyMutation($input: UpdateUserPermissionsInput!) {\n          updateUserPermissions(input: $input) {\n            id\n            permissions {\n              permissions\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation TenancyMutation($input: UpdateUserPermissionsInput!) {\n          updateUserPermissions(input: $input) {\n            id\n            permissions {\n              permissions\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TenancyMutation2($id: ID!) {\n          resendInvite(inviteId: $id) {\n            id\n            email\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation TenancyMutation2($id: ID!) {\n          resendInvite(inviteId: $id) {\n            id\n            email\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TenancyMutation3($id: ID!) {\n          revokeInvite(inviteId: $id) {\n            id\n            email\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation TenancyMutation3($id: ID!) {\n          revokeInvite(inviteId: $id) {\n            id\n            email\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TenancyAuditLog($targetId: ID!) {\n              auditLog(targetId: $targetId) {\n                totalCount\n                nodes {\n                  id\n                }\n              }\n            }\n          "): (typeof documents)["\n            query TenancyAuditLog($targetId: ID!) {\n              auditLog(targetId: $targetId) {\n                totalCount\n                nodes {\n                  id\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TenancyUsers {\n            users(first: 1) {\n              nodes {\n                id\n              }\n              pageInfo {\n                endCursor\n                hasNextPage\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TenancyUsers {\n            users(first: 1) {\n              nodes {\n                id\n              }\n              pageInfo {\n                endCursor\n                hasNextPage\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TenancyUsers2($after: String) {\n            users(first: 100, after: $after) {\n              nodes {\n                id\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TenancyUsers2($after: String) {\n            users(first: 100, after: $after) {\n              nodes {\n                id\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TenancyInvitation($token: String!) {\n            invitation(token: $token) {\n              email\n              name\n            }\n          }\n        "): (typeof documents)["\n          query TenancyInvitation($token: String!) {\n            invitation(token: $token) {\n              email\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TenancyInvitation2($token: String!) {\n          invitation(token: $token) {\n            email\n            hasLogin\n          }\n        }\n      "): (typeof documents)["\n        query TenancyInvitation2($token: String!) {\n          invitation(token: $token) {\n            email\n            hasLogin\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TenancyMe2 {\n          me {\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TenancyMe2 {\n          me {\n            user {\n              id\n              name\n              email\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TenancySignUp($input: SignUpInput!) {\n          signUp(input: $input) {\n            email\n          }\n        }\n      "): (typeof documents)["\n        mutation TenancySignUp($input: SignUpInput!) {\n          signUp(input: $input) {\n            email\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TenancyInvites {\n          invites {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query TenancyInvites {\n          invites {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TenancyUsers3 {\n          users {\n            nodes {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TenancyUsers3 {\n          users {\n            nodes {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query TenancyInvites {\n              invites {\n                totalCount\n              }\n            }\n          "): (typeof documents)["\n            query TenancyInvites {\n              invites {\n                totalCount\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TenancyUpdateUserPermissions($input: UpdateUserPermissionsInput!) {\n          updateUserPermissions(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TenancyUpdateUserPermissions($input: UpdateUserPermissionsInput!) {\n          updateUserPermissions(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VocabularyInvite($input: InviteUserInput!) {\n      inviteUser(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation VocabularyInvite($input: InviteUserInput!) {\n      inviteUser(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VocabularyInvites {\n          invites {\n            totalCount\n          }\n        }\n      "): (typeof documents)["\n        query VocabularyInvites {\n          invites {\n            totalCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VocabularyUpdateAccount {\n          updateAccount(input: { name: \"X\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation VocabularyUpdateAccount {\n          updateAccount(input: { name: \"X\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VocabularySelfEdit($id: ID!) {\n          updateUserPermissions(input: { userId: $id, permissions: [OVERVIEW] }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation VocabularySelfEdit($id: ID!) {\n          updateUserPermissions(input: { userId: $id, permissions: [OVERVIEW] }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VocabularyDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation VocabularyDeleteUser($id: ID!) {\n          deleteUser(userId: $id) {\n            id\n          }\n        }\n      "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;