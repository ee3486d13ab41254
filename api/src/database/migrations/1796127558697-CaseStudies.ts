import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseStudies1796127558697 implements MigrationInterface {
  name = 'CaseStudies1796127558697';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."case_study_status" AS ENUM('DRAFT', 'PUBLISHED', 'HIDDEN')`);
    await queryRunner.query(`CREATE TYPE "public"."case_study_industry" AS ENUM('SOFTWARE', 'FINANCIAL_SERVICES', 'TELECOMMUNICATIONS', 'RETAIL', 'MANUFACTURING', 'HEALTHCARE', 'PUBLIC_SECTOR', 'EDUCATION', 'PROFESSIONAL_SERVICES', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."case_study_organization_size" AS ENUM('SIZE_1_49', 'SIZE_50_249', 'SIZE_250_999', 'SIZE_1000_4999', 'SIZE_5000_PLUS')`);
    await queryRunner.query(`CREATE TABLE "case_studies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_id" uuid NOT NULL, "status" "public"."case_study_status" NOT NULL DEFAULT 'DRAFT', "title" text NOT NULL, "summary" text NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "organization" text, "industry" "public"."case_study_industry", "organization_size" "public"."case_study_organization_size", "period_start" text, "period_end" text, "release_version" text NOT NULL, "outcomes" jsonb NOT NULL DEFAULT '[]', "links" jsonb NOT NULL DEFAULT '[]', "measure_keys" text array NOT NULL DEFAULT '{}', "category_keys" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "published_at" TIMESTAMP WITH TIME ZONE, "edited_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by" uuid, "hidden_reason" text, CONSTRAINT "PK_18a30cb83a1df4d8df5ddc6b39e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "case_studies_author_idx" ON "case_studies"  ("author_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "case_studies_published_idx" ON "case_studies"  ("status", "published_at") `);
    await queryRunner.query(`CREATE TABLE "case_study_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "content" jsonb NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9779e4b1ffce1d30e50207cf872" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "case_study_revisions_case_study_idx" ON "case_study_revisions"  ("case_study_id", "written_at") `);
    await queryRunner.query(`CREATE TABLE "case_study_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "flagger_id" uuid NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "resolution" text, CONSTRAINT "PK_7fa7301072559842966e80192bd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "case_study_flags_open_idx" ON "case_study_flags"  ("resolved_at", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "case_study_flags_case_study_flagger_key" ON "case_study_flags"  ("case_study_id", "flagger_id") `);
    await queryRunner.query(`CREATE TABLE "proposal_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "case_study_id" uuid NOT NULL, "linked_by" uuid NOT NULL, "note" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_602d34f2358ca780338d4c72d78" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "proposal_evidence_case_study_idx" ON "proposal_evidence"  ("case_study_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "proposal_evidence_proposal_case_study_key" ON "proposal_evidence"  ("proposal_id", "case_study_id") `);
    await queryRunner.query(`ALTER TABLE "case_studies" ADD CONSTRAINT "FK_d486cdb48f817f7cf5ccf6e2d3f" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_study_revisions" ADD CONSTRAINT "FK_a1682f110ba1520ead0ea5fe03c" FOREIGN KEY ("case_study_id") REFERENCES "case_studies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_study_flags" ADD CONSTRAINT "FK_dfaf375d03098e999ad712896e1" FOREIGN KEY ("case_study_id") REFERENCES "case_studies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_study_flags" ADD CONSTRAINT "FK_9ee51c6b94723818befbdf8d029" FOREIGN KEY ("flagger_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal_evidence" ADD CONSTRAINT "FK_4a63b6e0951dc2f3bbfe5a9f4b6" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal_evidence" ADD CONSTRAINT "FK_b71c879f8fb6be55c89a15894e0" FOREIGN KEY ("case_study_id") REFERENCES "case_studies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "proposal_evidence" ADD CONSTRAINT "FK_3b3742c7559a79e60a33132f07f" FOREIGN KEY ("linked_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal_evidence" DROP CONSTRAINT "FK_3b3742c7559a79e60a33132f07f"`);
    await queryRunner.query(`ALTER TABLE "proposal_evidence" DROP CONSTRAINT "FK_b71c879f8fb6be55c89a15894e0"`);
    await queryRunner.query(`ALTER TABLE "proposal_evidence" DROP CONSTRAINT "FK_4a63b6e0951dc2f3bbfe5a9f4b6"`);
    await queryRunner.query(`ALTER TABLE "case_study_flags" DROP CONSTRAINT "FK_9ee51c6b94723818befbdf8d029"`);
    await queryRunner.query(`ALTER TABLE "case_study_flags" DROP CONSTRAINT "FK_dfaf375d03098e999ad712896e1"`);
    await queryRunner.query(`ALTER TABLE "case_study_revisions" DROP CONSTRAINT "FK_a1682f110ba1520ead0ea5fe03c"`);
    await queryRunner.query(`ALTER TABLE "case_studies" DROP CONSTRAINT "FK_d486cdb48f817f7cf5ccf6e2d3f"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_evidence_proposal_case_study_key"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_evidence_case_study_idx"`);
    await queryRunner.query(`DROP TABLE "proposal_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."case_study_flags_case_study_flagger_key"`);
    await queryRunner.query(`DROP INDEX "public"."case_study_flags_open_idx"`);
    await queryRunner.query(`DROP TABLE "case_study_flags"`);
    await queryRunner.query(`DROP INDEX "public"."case_study_revisions_case_study_idx"`);
    await queryRunner.query(`DROP TABLE "case_study_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."case_studies_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_studies_author_idx"`);
    await queryRunner.query(`DROP TABLE "case_studies"`);
    await queryRunner.query(`DROP TYPE "public"."case_study_organization_size"`);
    await queryRunner.query(`DROP TYPE "public"."case_study_industry"`);
    await queryRunner.query(`DROP TYPE "public"."case_study_status"`);
  }
}
