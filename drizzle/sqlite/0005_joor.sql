CREATE TABLE `brand_settings` (
	`account_id` text PRIMARY KEY NOT NULL,
	`legal_name` text,
	`website` text,
	`contact_email` text,
	`about` text,
	`multiple_divisions_per_order` integer DEFAULT false NOT NULL,
	`inventory_visibility` text DEFAULT 'CONNECTED_RETAILERS' NOT NULL,
	`inventory_display` text DEFAULT 'IN_STOCK_OR_NOT' NOT NULL,
	`stripe_account_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `company_numbers` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`label` text NOT NULL,
	`number` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `company_numbers_account_created` ON `company_numbers` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `customer_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customer_groups_account_name` ON `customer_groups` (`account_id`,`name`);--> statement-breakpoint
CREATE TABLE `discount_options` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`percent` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `discount_options_account_name` ON `discount_options` (`account_id`,`name`);--> statement-breakpoint
CREATE TABLE `divisions` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `divisions_account_name` ON `divisions` (`account_id`,`name`);--> statement-breakpoint
CREATE TABLE `connections` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`retailer_name` text NOT NULL,
	`status` text NOT NULL,
	`region_id` text,
	`company_number_id` text,
	`customer_group_id` text,
	`minimum_order_cents` integer,
	`retailer_may_edit_orders` integer DEFAULT false NOT NULL,
	`billing_address` text,
	`shipping_address` text,
	`budget_cents` integer,
	`buyers` text NOT NULL,
	`currencies` text NOT NULL,
	`customer_code` text,
	`discount_percent` integer,
	`doors` text NOT NULL,
	`payment_methods` text NOT NULL,
	`sales_reps` text NOT NULL,
	`shipping_methods` text NOT NULL,
	`warehouses` text NOT NULL,
	`removed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_number_id`) REFERENCES `company_numbers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_group_id`) REFERENCES `customer_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `connections_account_created` ON `connections` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `connections_region` ON `connections` (`region_id`);--> statement-breakpoint
CREATE TABLE `member_regions` (
	`member_id` text NOT NULL,
	`region_id` text NOT NULL,
	PRIMARY KEY(`member_id`, `region_id`),
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `member_regions_region` ON `member_regions` (`region_id`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regions_account_name` ON `regions` (`account_id`,`name`);--> statement-breakpoint
CREATE TABLE `style_badge_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`style_id` text NOT NULL,
	`badge_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`style_id`) REFERENCES `styles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`badge_id`) REFERENCES `style_badges`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `style_badge_assignments_style_badge` ON `style_badge_assignments` (`style_id`,`badge_id`);--> statement-breakpoint
CREATE TABLE `style_badges` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `style_badges_account_name` ON `style_badges` (`account_id`,`name`);--> statement-breakpoint
CREATE TABLE `style_images` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`style_id` text NOT NULL,
	`content_type` text NOT NULL,
	`data_base64` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`style_id`) REFERENCES `styles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `style_images_style` ON `style_images` (`style_id`);--> statement-breakpoint
CREATE TABLE `style_inventory` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`style_id` text NOT NULL,
	`size` text NOT NULL,
	`colour` text NOT NULL,
	`available` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`style_id`) REFERENCES `styles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `style_inventory_style_size_colour` ON `style_inventory` (`style_id`,`size`,`colour`);--> statement-breakpoint
CREATE TABLE `styles` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`style_number` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`wholesale_price_cents` integer NOT NULL,
	`upc` text,
	`division_id` text,
	`deleted_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`division_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `styles_account_number` ON `styles` (`account_id`,`style_number`);--> statement-breakpoint
CREATE INDEX `styles_account_created` ON `styles` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `linesheet_styles` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`linesheet_id` text NOT NULL,
	`style_id` text NOT NULL,
	`badge_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`linesheet_id`) REFERENCES `linesheets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`style_id`) REFERENCES `styles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`badge_id`) REFERENCES `style_badges`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `linesheet_styles_linesheet_style` ON `linesheet_styles` (`linesheet_id`,`style_id`);--> statement-breakpoint
CREATE TABLE `linesheets` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`owner_id` text NOT NULL,
	`start_ship` text NOT NULL,
	`delivery_dates` text NOT NULL,
	`private` integer DEFAULT false NOT NULL,
	`sync_to_ipad` integer DEFAULT false NOT NULL,
	`shared_at` integer,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `linesheets_account_created` ON `linesheets` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`name` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`location` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_account_created` ON `events` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`order_id` text NOT NULL,
	`connection_id` text NOT NULL,
	`number` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`issued_by_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`connection_id`) REFERENCES `connections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoices_account_created` ON `invoices` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `invoices_order` ON `invoices` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`order_id` text NOT NULL,
	`style_id` text NOT NULL,
	`size` text NOT NULL,
	`colour` text NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price_cents` integer NOT NULL,
	`discount_percent` integer DEFAULT 0 NOT NULL,
	`cancelled_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`style_id`) REFERENCES `styles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `order_lines_order` ON `order_lines` (`order_id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`connection_id` text NOT NULL,
	`linesheet_id` text NOT NULL,
	`status` text NOT NULL,
	`generated_po_number` text NOT NULL,
	`po_number` text NOT NULL,
	`start_ship` text NOT NULL,
	`delivery_date` text NOT NULL,
	`discount_percent` integer DEFAULT 0 NOT NULL,
	`merged_into_id` text,
	`export_requested_at` integer,
	`exported_at` integer,
	`submitted_at` integer,
	`created_by_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`connection_id`) REFERENCES `connections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`linesheet_id`) REFERENCES `linesheets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `orders_account_created` ON `orders` (`account_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `orders_connection` ON `orders` (`connection_id`);