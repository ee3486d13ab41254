import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommunityLoop1796127358464 implements MigrationInterface {
  name = 'CommunityLoop1796127358464';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."email_status" AS ENUM('PENDING', 'SENT', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "email_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid, "to_address" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "unsubscribe_token" text, "dedupe_key" text NOT NULL, "status" "public"."email_status" NOT NULL DEFAULT 'PENDING', "attempt_count" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_until" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_922cad79d5a315f5d1d06b077da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "email_messages_due_idx" ON "email_messages"  ("next_attempt_at") WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "email_messages_dedupe_key" ON "email_messages"  ("dedupe_key") `);
    await queryRunner.query(`CREATE TABLE "email_signing_keys" ("id" integer NOT NULL, "secret" text NOT NULL, CONSTRAINT "PK_5437874c30e5b5cf375252f8436" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('VOTING_OPENED', 'VOTE_CLOSING_SOON', 'PROPOSAL_COMMENTED', 'PROPOSAL_STATUS_CHANGED', 'COMMENT_REPLIED', 'MENTIONED', 'COMMENT_FLAGGED', 'RELEASE_PUBLISHED', 'FOLLOWED_PROPOSAL_SUBMITTED', 'ROLE_CHANGED')`);
    await queryRunner.query(`CREATE TYPE "public"."notification_delivery" AS ENUM('IN_APP', 'EMAIL_NOW', 'DAILY_DIGEST', 'WEEKLY_DIGEST')`);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "actor_id" uuid, "title" text NOT NULL, "body" text NOT NULL DEFAULT '', "path" text NOT NULL, "dedupe_key" text NOT NULL, "delivery" "public"."notification_delivery" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "read_at" TIMESTAMP WITH TIME ZONE, "digest_message_id" uuid, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notifications_digest_pending_idx" ON "notifications"  ("recipient_id", "delivery") WHERE digest_message_id IS NULL AND delivery IN ('DAILY_DIGEST', 'WEEKLY_DIGEST')`);
    await queryRunner.query(`CREATE INDEX "notifications_unread_idx" ON "notifications"  ("recipient_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "notifications_recipient_created_idx" ON "notifications"  ("recipient_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_recipient_dedupe_key" ON "notifications"  ("recipient_id", "dedupe_key") `);
    await queryRunner.query(`CREATE TYPE "public"."follow_kind" AS ENUM('PROPOSAL', 'MEASURE', 'CATEGORY', 'RELEASES')`);
    await queryRunner.query(`CREATE TABLE "follows" ("user_id" uuid NOT NULL, "kind" "public"."follow_kind" NOT NULL, "key" text NOT NULL, "following" boolean NOT NULL DEFAULT true, "automatic" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_09d6bb9650a7bb6f335e142556b" PRIMARY KEY ("user_id", "kind", "key"))`);
    await queryRunner.query(`CREATE INDEX "follows_target_idx" ON "follows"  ("kind", "key") WHERE following`);
    await queryRunner.query(`CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "delivery" "public"."notification_delivery" NOT NULL, CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))`);
    // Existing accounts get a handle from their display name (a-z, 0-9 and '-'), numbered where two would meet.
    await queryRunner.query(`ALTER TABLE "users" ADD "handle" text`);
    await queryRunner.query(`
      WITH base AS (
        SELECT id, created_at,
               COALESCE(NULLIF(left(trim(both '-' from regexp_replace(lower(display_name), '[^a-z0-9]+', '-', 'g')), 32), ''), 'user') AS handle
          FROM users
      ), numbered AS (
        SELECT id, handle, row_number() OVER (PARTITION BY handle ORDER BY created_at, id) AS n FROM base
      )
      UPDATE users u SET handle = CASE WHEN n.n = 1 AND length(n.handle) >= 2 THEN n.handle ELSE n.handle || '-' || n.n END
        FROM numbered n WHERE n.id = u.id`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "handle" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "users" ADD "time_zone" text NOT NULL DEFAULT 'UTC'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "bio" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "users" ADD "organisation" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "users" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_handle_key" ON "users"  ("handle") `);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follows" ADD CONSTRAINT "FK_941d172275662c2b9d8b9f4270c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "FK_941d172275662c2b9d8b9f4270c"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"`);
    await queryRunner.query(`DROP INDEX "public"."users_handle_key"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "organisation"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "bio"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "time_zone"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "handle"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."follows_target_idx"`);
    await queryRunner.query(`DROP TABLE "follows"`);
    await queryRunner.query(`DROP TYPE "public"."follow_kind"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_dedupe_key"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_digest_pending_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`DROP TABLE "email_signing_keys"`);
    await queryRunner.query(`DROP INDEX "public"."email_messages_dedupe_key"`);
    await queryRunner.query(`DROP INDEX "public"."email_messages_due_idx"`);
    await queryRunner.query(`DROP TABLE "email_messages"`);
    await queryRunner.query(`DROP TYPE "public"."email_status"`);
  }
}
