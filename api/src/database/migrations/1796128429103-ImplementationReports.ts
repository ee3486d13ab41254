import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImplementationReports1796128429103 implements MigrationInterface {
  name = 'ImplementationReports1796128429103';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "products" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "products_organization_idx" ON "products"  ("organization_id", "name") `);
    await queryRunner.query(`CREATE TABLE "implementation_reports" ("product_id" uuid NOT NULL, "release_version" text NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7c4da9ef8008e00df4250c29dfa" PRIMARY KEY ("product_id"))`);
    await queryRunner.query(`CREATE INDEX "implementation_reports_release_idx" ON "implementation_reports"  ("release_version") `);
    await queryRunner.query(`CREATE TYPE "public"."implementation_status" AS ENUM('SUPPORTED', 'PARTIAL', 'PLANNED', 'NOT_SUPPORTED')`);
    await queryRunner.query(`CREATE TABLE "implementation_measures" ("product_id" uuid NOT NULL, "measure_key" text NOT NULL, "status" "public"."implementation_status" NOT NULL, "note" text, "link" text, "position" integer NOT NULL, CONSTRAINT "PK_e2b7996fc7f532334a02c4e7bf2" PRIMARY KEY ("product_id", "measure_key"))`);
    await queryRunner.query(`CREATE INDEX "implementation_measures_measure_idx" ON "implementation_measures"  ("measure_key", "status") `);
    await queryRunner.query(`ALTER TABLE "products" ADD CONSTRAINT "FK_2d404aa7aa4a0404eafd1840915" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "implementation_reports" ADD CONSTRAINT "FK_7c4da9ef8008e00df4250c29dfa" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "implementation_measures" ADD CONSTRAINT "FK_b24e95386238d1e1b3fab41cc8f" FOREIGN KEY ("product_id") REFERENCES "implementation_reports"("product_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "implementation_measures" DROP CONSTRAINT "FK_b24e95386238d1e1b3fab41cc8f"`);
    await queryRunner.query(`ALTER TABLE "implementation_reports" DROP CONSTRAINT "FK_7c4da9ef8008e00df4250c29dfa"`);
    await queryRunner.query(`ALTER TABLE "products" DROP CONSTRAINT "FK_2d404aa7aa4a0404eafd1840915"`);
    await queryRunner.query(`DROP INDEX "public"."implementation_measures_measure_idx"`);
    await queryRunner.query(`DROP TABLE "implementation_measures"`);
    await queryRunner.query(`DROP TYPE "public"."implementation_status"`);
    await queryRunner.query(`DROP INDEX "public"."implementation_reports_release_idx"`);
    await queryRunner.query(`DROP TABLE "implementation_reports"`);
    await queryRunner.query(`DROP INDEX "public"."products_organization_idx"`);
    await queryRunner.query(`DROP TABLE "products"`);
  }
}
