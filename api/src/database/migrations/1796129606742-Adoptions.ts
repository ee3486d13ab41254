import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Adoptions1796129606742 implements MigrationInterface {
  name = 'Adoptions1796129606742';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "adoptions" ("organization_id" uuid NOT NULL, "release_version" text NOT NULL, "category_keys" text array NOT NULL DEFAULT '{}', "measure_keys" text array NOT NULL DEFAULT '{}', "quote" text, "link" text, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f5a69f645cf8ac830b85a7d4a28" PRIMARY KEY ("organization_id"))`);
    await queryRunner.query(`CREATE INDEX "adoptions_release_idx" ON "adoptions"  ("release_version") `);
    await queryRunner.query(`ALTER TABLE "adoptions" ADD CONSTRAINT "FK_f5a69f645cf8ac830b85a7d4a28" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "adoptions" DROP CONSTRAINT "FK_f5a69f645cf8ac830b85a7d4a28"`);
    await queryRunner.query(`DROP INDEX "public"."adoptions_release_idx"`);
    await queryRunner.query(`DROP TABLE "adoptions"`);
  }
}
