import { describedEnum } from './enums.js';
import { ErrorCode, ErrorRule } from './errors.js';

// The error vocabulary as schema enums, so generated clients can match `extensions.code` and
// `extensions.rule` against types rather than strings. No field returns them.
describedEnum('ErrorCode', 'Every `extensions.code` Roster answers with', ErrorCode);
describedEnum('ErrorRule', 'Every `extensions.rule` a refusal can name', ErrorRule);
