import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalsAndComments1795458900733 implements MigrationInterface {
  name = 'ProposalsAndComments1795458900733';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."proposal_status" AS ENUM('DRAFT', 'DISCUSSION', 'VOTING', 'ACCEPTED', 'REJECTED', 'MERGED', 'RELEASED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" integer NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "status" "public"."proposal_status" NOT NULL DEFAULT 'DRAFT', "author_id" uuid NOT NULL, "base_revision" integer NOT NULL, "changes" jsonb NOT NULL, "touched_categories" text array NOT NULL DEFAULT '{}', "touched_measures" text array NOT NULL DEFAULT '{}', "merged_revision" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db524c8db8e126a38a2f16d8cac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "proposals_author_idx" ON "proposals"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "proposals_status_activity_idx" ON "proposals"  ("status", "last_activity_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "proposals_number_key" ON "proposals"  ("number") `);
    await queryRunner.query(
      `CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "edited_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by" uuid, "hidden_reason" text, CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "comments_proposal_idx" ON "comments"  ("proposal_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "comment_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "body" text NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bc0332e55296986d300413ff053" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "comment_revisions_comment_idx" ON "comment_revisions"  ("comment_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "comment_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "flagger_id" uuid NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "resolution" text, CONSTRAINT "PK_8cfc54ed41b4270f518003c45e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "comment_flags_open_idx" ON "comment_flags"  ("resolved_at", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "comment_flags_comment_flagger_key" ON "comment_flags"  ("comment_id", "flagger_id") `);
    await queryRunner.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_8af17413dd39a475692dec170d0" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_5fdbb8267cecb08f138f2530ce2" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_d6f93329801a93536da4241e386" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_revisions" ADD CONSTRAINT "FK_4eecc11a07ab668994e90b29e2e" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_flags" ADD CONSTRAINT "FK_4902c7e19d3593232f22b9efd00" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comment_flags" DROP CONSTRAINT "FK_4902c7e19d3593232f22b9efd00"`);
    await queryRunner.query(`ALTER TABLE "comment_revisions" DROP CONSTRAINT "FK_4eecc11a07ab668994e90b29e2e"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_d6f93329801a93536da4241e386"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_5fdbb8267cecb08f138f2530ce2"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_8af17413dd39a475692dec170d0"`);
    await queryRunner.query(`DROP INDEX "public"."comment_flags_comment_flagger_key"`);
    await queryRunner.query(`DROP INDEX "public"."comment_flags_open_idx"`);
    await queryRunner.query(`DROP TABLE "comment_flags"`);
    await queryRunner.query(`DROP INDEX "public"."comment_revisions_comment_idx"`);
    await queryRunner.query(`DROP TABLE "comment_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."comments_proposal_idx"`);
    await queryRunner.query(`DROP TABLE "comments"`);
    await queryRunner.query(`DROP INDEX "public"."proposals_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."proposals_status_activity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."proposals_author_idx"`);
    await queryRunner.query(`DROP TABLE "proposals"`);
    await queryRunner.query(`DROP TYPE "public"."proposal_status"`);
  }
}
