import type { Kit } from '../kit/index.js';
import * as account from '../kit/operations/account.js';
import * as op from '../kit/operations/styles.js';
import type { Area, Exercise } from './exercise.js';

// JOOR styles, inventory and linesheets.

let kit: Kit;
let unique = 0;
const next = () => `${process.pid}-${++unique}`;
const fixtures = { styleId: '', badgeId: '', divisionId: '' };
/** The smallest PNG: its signature is what the upload checks. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const style = async () => (await kit.ok(op.AddStyle, { number: `S-${next()}` })).addStyle.id;
const adminLinesheet = async () => (await kit.ok(op.CreateLinesheet, { kind: 'ADMIN', styleIds: [fixtures.styleId] })).createLinesheet.id;
const badged = async () => {
  const id = await style();
  await kit.ok(op.AddStyleBadge, { styleId: id, badgeId: fixtures.badgeId });
  return id;
};

const exercises: Exercise[] = [
  { covers: ['Mutation.addStyle'], document: op.AddStyle, variables: () => ({ number: `S-${next()}` }) },
  { covers: ['Mutation.copyStyle'], document: op.CopyStyle, variables: () => ({ id: fixtures.styleId, number: `C-${next()}` }) },
  { covers: ['Mutation.deleteStyle'], document: op.DeleteStyle, variables: async () => ({ id: await style() }) },
  { covers: ['Mutation.editStyle'], document: op.EditStyle, variables: () => ({ id: fixtures.styleId, name: `Tee ${next()}` }) },
  {
    covers: ['Mutation.setStyleUpc'],
    document: op.SetStyleUpc,
    variables: async () => ({ id: await style(), upc: String(100_000_000_000 + ++unique) }),
  },
  {
    covers: ['Mutation.setStyleDivision'],
    document: op.SetStyleDivision,
    variables: async () => ({ id: await style(), divisionId: fixtures.divisionId }),
  },
  { covers: ['Mutation.uploadStyleImage'], document: op.UploadStyleImage, variables: async () => ({ id: await style(), data: PNG }) },
  {
    covers: ['Mutation.removeStyleImage'],
    document: op.RemoveStyleImage,
    variables: async () => ({ id: (await kit.ok(op.UploadStyleImage, { id: await style(), data: PNG })).uploadStyleImage.id }),
  },
  { covers: ['Mutation.createStyleBadge'], document: op.CreateStyleBadge, variables: () => ({ name: `Badge ${next()}` }) },
  {
    covers: ['Mutation.addStyleBadge'],
    document: op.AddStyleBadge,
    variables: async () => ({ styleId: await style(), badgeId: fixtures.badgeId }),
  },
  {
    covers: ['Mutation.removeStyleBadge'],
    document: op.RemoveStyleBadge,
    variables: async () => ({ styleId: await badged(), badgeId: fixtures.badgeId }),
  },
  {
    covers: ['Mutation.setStyleInventory'],
    document: op.SetStyleInventory,
    variables: () => ({ id: fixtures.styleId, available: ++unique }),
  },
  { covers: ['Mutation.shareLinesheet'], document: op.ShareLinesheet, variables: async () => ({ id: await adminLinesheet() }) },
  {
    covers: ['Mutation.setLinesheetIpadSync'],
    document: op.SetLinesheetIpadSync,
    variables: async () => ({ id: await adminLinesheet(), on: true }),
  },
  {
    covers: ['Mutation.setLinesheetStyleBadge'],
    document: op.SetLinesheetStyleBadge,
    variables: async () => ({ linesheetId: await adminLinesheet(), styleId: fixtures.styleId, badgeId: fixtures.badgeId }),
  },
  {
    covers: [
      'Mutation.createLinesheet',
      'Mutation.updateLinesheet',
      'Mutation.archiveLinesheet',
      'Mutation.deleteLinesheet',
      'Mutation.setLinesheetPrivacy',
    ],
    provenBy: [
      {
        file: 'test/joor/linesheets.test.ts',
        test: 'each RESTRICT toggle refuses exactly what it names on an ADMIN linesheet, naming the entry, and nothing is written',
      },
      { file: 'test/joor/linesheets.test.ts', test: 'RESTRICT_EDIT_ADMIN_LINESHEETS: refused an ADMIN linesheet, allowed a CUSTOM one' },
      {
        file: 'test/joor/linesheets.test.ts',
        test: 'RESTRICT_EDIT_ADMIN_LINESHEET_PRIVACY: refused an ADMIN linesheet, allowed their own CUSTOM one',
      },
    ],
  },
];

export const styles: Area = {
  async setUp(areaKit) {
    kit = areaKit;
    fixtures.styleId = await style();
    fixtures.badgeId = (await kit.ok(op.CreateStyleBadge, { name: 'Best Seller' })).createStyleBadge.id;
    fixtures.divisionId = (await kit.ok(account.SaveDivision, { name: 'Menswear' })).saveDivision.id;
  },
  exercises,
};
