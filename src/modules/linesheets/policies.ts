import { policy } from '../../graphql/policy.js';
import { MEMBER } from '../../graphql/scopes.js';

/**
 * Who may change which linesheet. Any member changes their own CUSTOM linesheets; an ADMIN one needs
 * the capability each policy decides once the linesheet is read. Settings restricted for every
 * linesheet are plain scopes on their field.
 */
export const LINESHEET_POLICIES = {
  create: policy(MEMBER, ['editAdminLinesheets']),
  update: policy(MEMBER, ['editAdminLinesheets']),
  archive: policy(MEMBER, ['archiveAdminLinesheets']),
  delete: policy(MEMBER, ['deleteAdminLinesheets']),
  setPrivacy: policy(MEMBER, ['editAdminLinesheetPrivacy']),
  setIpadSync: policy({ syncLinesheetsToIpad: true }),
};
