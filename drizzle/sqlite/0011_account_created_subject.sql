-- ACCOUNT_CREATED is about its account (subject type Account): its subject id was the creator's member id.
UPDATE `audit_log` SET `subject_id` = `account_id` WHERE `action` = 'ACCOUNT_CREATED';
