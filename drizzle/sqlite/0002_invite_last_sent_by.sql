ALTER TABLE `invites` ADD `last_sent_by_id` text REFERENCES members(id);--> statement-breakpoint
-- Existing links were sent by their inviter.
UPDATE `invites` SET `last_sent_by_id` = `invited_by_id`;
