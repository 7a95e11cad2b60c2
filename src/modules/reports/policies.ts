import { policy } from '../../graphql/policy.js';

const REPORTS = { reports: true } as const;
const MODIFY_SHARED_PRESETS = { modifySharedPresets: true } as const;

/** Who reads reports and changes which presets. */
export const REPORT_POLICIES = {
  reports: policy(REPORTS),
  /** The private preset mutations: given a shared preset's id, they need MODIFY_SHARED_PRESETS, decided once it is read. */
  ownPresets: policy(REPORTS, ['modifySharedPresets']),
  sharedPresets: policy(MODIFY_SHARED_PRESETS),
};
