CREATE TABLE "brand_settings" (
	"account_id" text PRIMARY KEY NOT NULL,
	"legal_name" text,
	"website" text,
	"contact_email" text,
	"about" text,
	"multiple_divisions_per_order" boolean DEFAULT false NOT NULL,
	"inventory_visibility" text DEFAULT 'CONNECTED_RETAILERS' NOT NULL,
	"inventory_display" text DEFAULT 'IN_STOCK_OR_NOT' NOT NULL,
	"stripe_account_id" text,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "company_numbers" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"label" text NOT NULL,
	"number" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_groups" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "discount_options" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"percent" integer NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "divisions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connections" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"retailer_name" text NOT NULL,
	"status" text NOT NULL,
	"region_id" text,
	"company_number_id" text,
	"customer_group_id" text,
	"minimum_order_cents" integer,
	"retailer_may_edit_orders" boolean DEFAULT false NOT NULL,
	"billing_address" text,
	"shipping_address" text,
	"budget_cents" integer,
	"buyers" jsonb NOT NULL,
	"currencies" jsonb NOT NULL,
	"customer_code" text,
	"discount_percent" integer,
	"doors" jsonb NOT NULL,
	"payment_methods" jsonb NOT NULL,
	"sales_reps" jsonb NOT NULL,
	"shipping_methods" jsonb NOT NULL,
	"warehouses" jsonb NOT NULL,
	"removed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_regions" (
	"member_id" text NOT NULL,
	"region_id" text NOT NULL,
	CONSTRAINT "member_regions_member_id_region_id_pk" PRIMARY KEY("member_id","region_id")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "style_badge_assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"style_id" text NOT NULL,
	"badge_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "style_badges" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "style_images" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"style_id" text NOT NULL,
	"content_type" text NOT NULL,
	"data_base64" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "style_inventory" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"style_id" text NOT NULL,
	"size" text NOT NULL,
	"colour" text NOT NULL,
	"available" integer NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "styles" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"style_number" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"wholesale_price_cents" integer NOT NULL,
	"upc" text,
	"division_id" text,
	"deleted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linesheet_styles" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"linesheet_id" text NOT NULL,
	"style_id" text NOT NULL,
	"badge_id" text,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linesheets" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"owner_id" text NOT NULL,
	"start_ship" text NOT NULL,
	"delivery_dates" jsonb NOT NULL,
	"private" boolean DEFAULT false NOT NULL,
	"sync_to_ipad" boolean DEFAULT false NOT NULL,
	"shared_at" timestamp (3) with time zone,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"name" text NOT NULL,
	"starts_on" text NOT NULL,
	"ends_on" text NOT NULL,
	"location" text,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"order_id" text NOT NULL,
	"connection_id" text NOT NULL,
	"number" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"issued_by_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"order_id" text NOT NULL,
	"style_id" text NOT NULL,
	"size" text NOT NULL,
	"colour" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_cents" integer NOT NULL,
	"discount_percent" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"connection_id" text NOT NULL,
	"linesheet_id" text NOT NULL,
	"status" text NOT NULL,
	"generated_po_number" text NOT NULL,
	"po_number" text NOT NULL,
	"start_ship" text NOT NULL,
	"delivery_date" text NOT NULL,
	"discount_percent" integer DEFAULT 0 NOT NULL,
	"merged_into_id" text,
	"export_requested_at" timestamp (3) with time zone,
	"exported_at" timestamp (3) with time zone,
	"submitted_at" timestamp (3) with time zone,
	"created_by_id" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "brand_settings" ADD CONSTRAINT "brand_settings_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_numbers" ADD CONSTRAINT "company_numbers_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_groups" ADD CONSTRAINT "customer_groups_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discount_options" ADD CONSTRAINT "discount_options_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "divisions" ADD CONSTRAINT "divisions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_company_number_id_company_numbers_id_fk" FOREIGN KEY ("company_number_id") REFERENCES "public"."company_numbers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_customer_group_id_customer_groups_id_fk" FOREIGN KEY ("customer_group_id") REFERENCES "public"."customer_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_regions" ADD CONSTRAINT "member_regions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_regions" ADD CONSTRAINT "member_regions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "style_badge_assignments" ADD CONSTRAINT "style_badge_assignments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "style_badge_assignments" ADD CONSTRAINT "style_badge_assignments_style_id_styles_id_fk" FOREIGN KEY ("style_id") REFERENCES "public"."styles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "style_badge_assignments" ADD CONSTRAINT "style_badge_assignments_badge_id_style_badges_id_fk" FOREIGN KEY ("badge_id") REFERENCES "public"."style_badges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "style_badges" ADD CONSTRAINT "style_badges_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "style_images" ADD CONSTRAINT "style_images_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "style_images" ADD CONSTRAINT "style_images_style_id_styles_id_fk" FOREIGN KEY ("style_id") REFERENCES "public"."styles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "style_inventory" ADD CONSTRAINT "style_inventory_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "style_inventory" ADD CONSTRAINT "style_inventory_style_id_styles_id_fk" FOREIGN KEY ("style_id") REFERENCES "public"."styles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "styles" ADD CONSTRAINT "styles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "styles" ADD CONSTRAINT "styles_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linesheet_styles" ADD CONSTRAINT "linesheet_styles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linesheet_styles" ADD CONSTRAINT "linesheet_styles_linesheet_id_linesheets_id_fk" FOREIGN KEY ("linesheet_id") REFERENCES "public"."linesheets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linesheet_styles" ADD CONSTRAINT "linesheet_styles_style_id_styles_id_fk" FOREIGN KEY ("style_id") REFERENCES "public"."styles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linesheet_styles" ADD CONSTRAINT "linesheet_styles_badge_id_style_badges_id_fk" FOREIGN KEY ("badge_id") REFERENCES "public"."style_badges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linesheets" ADD CONSTRAINT "linesheets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linesheets" ADD CONSTRAINT "linesheets_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_issued_by_id_members_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_style_id_styles_id_fk" FOREIGN KEY ("style_id") REFERENCES "public"."styles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_linesheet_id_linesheets_id_fk" FOREIGN KEY ("linesheet_id") REFERENCES "public"."linesheets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_created_by_id_members_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "company_numbers_account_created" ON "company_numbers" USING btree ("account_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_groups_account_name" ON "customer_groups" USING btree ("account_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "discount_options_account_name" ON "discount_options" USING btree ("account_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "divisions_account_name" ON "divisions" USING btree ("account_id","name");--> statement-breakpoint
CREATE INDEX "connections_account_created" ON "connections" USING btree ("account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "connections_region" ON "connections" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "member_regions_region" ON "member_regions" USING btree ("region_id");--> statement-breakpoint
CREATE UNIQUE INDEX "regions_account_name" ON "regions" USING btree ("account_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "style_badge_assignments_style_badge" ON "style_badge_assignments" USING btree ("style_id","badge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "style_badges_account_name" ON "style_badges" USING btree ("account_id","name");--> statement-breakpoint
CREATE INDEX "style_images_style" ON "style_images" USING btree ("style_id");--> statement-breakpoint
CREATE UNIQUE INDEX "style_inventory_style_size_colour" ON "style_inventory" USING btree ("style_id","size","colour");--> statement-breakpoint
CREATE UNIQUE INDEX "styles_account_number" ON "styles" USING btree ("account_id","style_number");--> statement-breakpoint
CREATE INDEX "styles_account_created" ON "styles" USING btree ("account_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "linesheet_styles_linesheet_style" ON "linesheet_styles" USING btree ("linesheet_id","style_id");--> statement-breakpoint
CREATE INDEX "linesheets_account_created" ON "linesheets" USING btree ("account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "events_account_created" ON "events" USING btree ("account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "invoices_account_created" ON "invoices" USING btree ("account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "invoices_order" ON "invoices" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "order_lines_order" ON "order_lines" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "orders_account_created" ON "orders" USING btree ("account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_connection" ON "orders" USING btree ("connection_id");