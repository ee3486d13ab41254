import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessments1796118000000 implements MigrationInterface {
  name = 'Assessments1796118000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."assessment_status" AS ENUM('IN_PROGRESS', 'COMPLETED')`);
    await queryRunner.query(`CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "release_version" text NOT NULL, "status" "public"."assessment_status" NOT NULL DEFAULT 'IN_PROGRESS', "time_split" jsonb NOT NULL DEFAULT '[]', "answers" jsonb NOT NULL DEFAULT '[]', "other_measures" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, "share_token_hash" text, "shared_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "assessments_share_token_hash_key" ON "assessments"  ("share_token_hash") `);
    await queryRunner.query(`CREATE INDEX "assessments_owner_created_idx" ON "assessments"  ("owner_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "assessment_contributors" ("user_id" uuid NOT NULL, "release_version" text NOT NULL, CONSTRAINT "PK_cd4668cf6a466f12200c0a10f8e" PRIMARY KEY ("user_id", "release_version"))`);
    await queryRunner.query(`CREATE TYPE "public"."benchmark_metric" AS ENUM('COVERAGE', 'TIME')`);
    await queryRunner.query(`CREATE TABLE "assessment_benchmark_bins" ("release_version" text NOT NULL, "metric" "public"."benchmark_metric" NOT NULL, "category_key" text NOT NULL, "value" smallint NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "assessment_benchmark_bins_count_range" CHECK (count >= 0), CONSTRAINT "assessment_benchmark_bins_value_range" CHECK (value BETWEEN 0 AND 100), CONSTRAINT "PK_d95e92d1c43d0e8ae6da334f7de" PRIMARY KEY ("release_version", "metric", "category_key", "value"))`);
    await queryRunner.query(`ALTER TABLE "assessments" ADD CONSTRAINT "FK_22868dda2afa5e700be17653da1" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_contributors" ADD CONSTRAINT "FK_ee6103c803389408e9c3b9bc447" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment_contributors" DROP CONSTRAINT "FK_ee6103c803389408e9c3b9bc447"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "FK_22868dda2afa5e700be17653da1"`);
    await queryRunner.query(`DROP TABLE "assessment_benchmark_bins"`);
    await queryRunner.query(`DROP TYPE "public"."benchmark_metric"`);
    await queryRunner.query(`DROP TABLE "assessment_contributors"`);
    await queryRunner.query(`DROP INDEX "public"."assessments_owner_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assessments_share_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "assessments"`);
    await queryRunner.query(`DROP TYPE "public"."assessment_status"`);
  }
}
