import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VendorsKeepInSync1796124500000 implements MigrationInterface {
  name = 'VendorsKeepInSync1796124500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbox_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "outbox_events_created_idx" ON "outbox_events"  ("created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."api_token_scope" AS ENUM('READ', 'READ_WRITE')`);
    await queryRunner.query(`CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_user_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" text NOT NULL, "scope" "public"."api_token_scope" NOT NULL DEFAULT 'READ_WRITE', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "api_tokens_owner_idx" ON "api_tokens"  ("owner_user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "webhook_endpoints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_user_id" uuid NOT NULL, "url" text NOT NULL, "events" text array NOT NULL, "description" text NOT NULL DEFAULT '', "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" text, "disabled_at" TIMESTAMP WITH TIME ZONE, "secret" text NOT NULL, "previous_secret" text, "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE, "failing_since" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_endpoints_owner_idx" ON "webhook_endpoints"  ("owner_user_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."webhook_delivery_status" AS ENUM('PENDING', 'SUCCEEDED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "endpoint_id" uuid NOT NULL, "event_id" uuid, "message_id" text NOT NULL, "event_type" text NOT NULL, "body" text NOT NULL, "status" "public"."webhook_delivery_status" NOT NULL DEFAULT 'PENDING', "attempt_count" integer NOT NULL DEFAULT '0', "failures" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries"  ("next_attempt_at") WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries"  ("endpoint_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "webhook_deliveries_message_key" ON "webhook_deliveries"  ("endpoint_id", "message_id") `);
    await queryRunner.query(`CREATE TABLE "webhook_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "number" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "status_code" integer, "duration_ms" integer NOT NULL, "error" text, "response_excerpt" text, CONSTRAINT "PK_2de7e7887ad97de459adab62638" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "webhook_attempts_number_key" ON "webhook_attempts"  ("delivery_id", "number") `);
    await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_8213a545b7ee18d597171cc49d5" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_c3a724f5052d22f5d01cf0ff547" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_27d1ee90033bdafe0ffe8f1be6f" FOREIGN KEY ("event_id") REFERENCES "outbox_events"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_attempts" ADD CONSTRAINT "FK_0d56d91d61b827bb2079c256538" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_attempts" DROP CONSTRAINT "FK_0d56d91d61b827bb2079c256538"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_27d1ee90033bdafe0ffe8f1be6f"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c"`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_c3a724f5052d22f5d01cf0ff547"`);
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_8213a545b7ee18d597171cc49d5"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_attempts_number_key"`);
    await queryRunner.query(`DROP TABLE "webhook_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_message_key"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_endpoint_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_due_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TYPE "public"."webhook_delivery_status"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_endpoints_owner_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
    await queryRunner.query(`DROP INDEX "public"."api_tokens_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."api_tokens_owner_idx"`);
    await queryRunner.query(`DROP TABLE "api_tokens"`);
    await queryRunner.query(`DROP TYPE "public"."api_token_scope"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_events_created_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_events"`);
  }
}
