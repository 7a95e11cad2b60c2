CREATE TABLE `daily_sales` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`variant_id` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`day` text NOT NULL,
	`units` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`variant_id`) REFERENCES `variants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `daily_sales_variant_warehouse_day` ON `daily_sales` (`variant_id`,`warehouse_id`,`day`);--> statement-breakpoint
CREATE INDEX `daily_sales_account_day` ON `daily_sales` (`account_id`,`day`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`vendor_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `products_account_created` ON `products` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `stock_levels` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`variant_id` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`on_hand` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`variant_id`) REFERENCES `variants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_levels_variant_warehouse` ON `stock_levels` (`variant_id`,`warehouse_id`);--> statement-breakpoint
CREATE INDEX `stock_levels_account` ON `stock_levels` (`account_id`);--> statement-breakpoint
CREATE TABLE `variants` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`product_id` text NOT NULL,
	`sku` text NOT NULL,
	`title` text NOT NULL,
	`cost_cents` integer NOT NULL,
	`price_cents` integer NOT NULL,
	`forecast_monthly_units` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `variants_account_sku` ON `variants` (`account_id`,`sku`);--> statement-breakpoint
CREATE INDEX `variants_product` ON `variants` (`product_id`);--> statement-breakpoint
CREATE TABLE `vendors` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`lead_time_days` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vendors_account_created` ON `vendors` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `warehouses` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `warehouses_account_name` ON `warehouses` (`account_id`,`name`);--> statement-breakpoint
CREATE TABLE `stock_order_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`stock_order_id` text NOT NULL,
	`variant_id` text NOT NULL,
	`quantity` integer NOT NULL,
	`unit_cost_cents` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stock_order_id`) REFERENCES `stock_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`variant_id`) REFERENCES `variants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_order_lines_order` ON `stock_order_lines` (`stock_order_id`);--> statement-breakpoint
CREATE TABLE `stock_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`vendor_id` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`status` text NOT NULL,
	`expected_month` text NOT NULL,
	`created_by_id` text NOT NULL,
	`placed_at` integer,
	`received_at` integer,
	`emailed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vendor_id`) REFERENCES `vendors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_orders_account_created` ON `stock_orders` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `wholesale_order_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`wholesale_order_id` text NOT NULL,
	`variant_id` text NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price_cents` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`wholesale_order_id`) REFERENCES `wholesale_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`variant_id`) REFERENCES `variants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `wholesale_order_lines_order` ON `wholesale_order_lines` (`wholesale_order_id`);--> statement-breakpoint
CREATE TABLE `wholesale_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`customer_name` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`status` text NOT NULL,
	`created_by_id` text NOT NULL,
	`confirmed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `wholesale_orders_account_created` ON `wholesale_orders` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `budgets` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`month` text NOT NULL,
	`category` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budgets_account_month_category` ON `budgets` (`account_id`,`month`,`category`);--> statement-breakpoint
CREATE TABLE `report_presets` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`owner_id` text NOT NULL,
	`name` text NOT NULL,
	`shared` integer NOT NULL,
	`filters` text NOT NULL,
	`updated_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_presets_account_created` ON `report_presets` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `billing_profiles` (
	`account_id` text PRIMARY KEY NOT NULL,
	`plan` text NOT NULL,
	`billing_email` text NOT NULL,
	`card_last4` text,
	`monthly_price_cents` integer NOT NULL,
	`renews_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sync_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`started_by_id` text NOT NULL,
	`variant_count` integer NOT NULL,
	`warehouse_count` integer NOT NULL,
	`finished_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`started_by_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sync_runs_account_created` ON `sync_runs` (`account_id`,`created_at`,`id`);--> statement-breakpoint
ALTER TABLE `accounts` ADD `cover_days` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `accounts` ADD `overstock_cover_days` integer DEFAULT 90 NOT NULL;--> statement-breakpoint
-- Hand-edited: existing entries get their subject from the action (SQLite needs a default to add a NOT NULL column).
ALTER TABLE `audit_log` ADD `subject_type` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `subject_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `audit_log` SET `subject_type` = CASE
  WHEN `action` LIKE 'INVITE_%' THEN 'Invite'
  WHEN `action` IN ('PERMISSIONS_CHANGED', 'USER_DELETED') THEN 'User'
  ELSE 'Account' END,
`subject_id` = CASE
  WHEN `action` LIKE 'INVITE_%' THEN `invite_id`
  WHEN `action` IN ('PERMISSIONS_CHANGED', 'USER_DELETED') THEN `target_id`
  ELSE `account_id` END;--> statement-breakpoint
CREATE INDEX `audit_log_subject` ON `audit_log` (`subject_id`,`created_at`,`id`);