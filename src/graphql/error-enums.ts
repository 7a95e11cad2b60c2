import { describedEnum } from './enums.js';
import { Dependency, ErrorCode, ErrorRule } from '../errors.js';
import { StreamLimit } from '../modules/live/caps.js';
import { QueryLimit } from '../security/limits.js';

// The error vocabulary as schema enums, so generated clients can match `extensions.code` and
// `extensions.rule` against types rather than strings. No field returns them.
describedEnum('ErrorCode', 'Every `extensions.code` Roster answers with', ErrorCode);
describedEnum('ErrorRule', 'Every `extensions.rule` a refusal can name', ErrorRule);
describedEnum('Limit', 'Every `extensions.limit` a BAD_REQUEST can name', { ...QueryLimit, ...StreamLimit });
describedEnum('Dependency', 'Every `extensions.dependency` an UNAVAILABLE can name', Dependency);
