ALTER TABLE "orders" ADD COLUMN "retailer_discount_percent" integer;--> statement-breakpoint
-- Orders placed before this migration were placed, and invoiced, without a retailer discount, and stay so (a draft follows its retailer).
UPDATE "orders" SET "retailer_discount_percent" = 0 WHERE "status" <> 'DRAFT';
