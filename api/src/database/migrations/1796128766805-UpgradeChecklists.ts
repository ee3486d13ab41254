import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UpgradeChecklists1796128766805 implements MigrationInterface {
  name = 'UpgradeChecklists1796128766805';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "upgrade_checklists" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "from_version" text NOT NULL, "to_version" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_87610d13d292c96e085f99a6280" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "upgrade_checklists_open_key" ON "upgrade_checklists"  ("product_id") WHERE closed_at IS NULL`);
    await queryRunner.query(`CREATE TYPE "public"."checklist_change" AS ENUM('ADDED', 'CHANGED', 'MOVED', 'RETIRED')`);
    await queryRunner.query(`CREATE TABLE "upgrade_checklist_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "checklist_id" uuid NOT NULL, "position" integer NOT NULL, "measure_key" text NOT NULL, "measure_name" text NOT NULL, "change" "public"."checklist_change" NOT NULL, "fields" text array NOT NULL DEFAULT '{}', "description" text NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "done_by" uuid, CONSTRAINT "PK_0a8117777697ad3b33f784a99bd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "upgrade_checklist_items_checklist_idx" ON "upgrade_checklist_items"  ("checklist_id", "position") `);
    await queryRunner.query(`ALTER TABLE "upgrade_checklists" ADD CONSTRAINT "FK_17ecb714c5ead5a631f4a04dbea" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "upgrade_checklist_items" ADD CONSTRAINT "FK_9d7b25d5a978128cbbe354f05c7" FOREIGN KEY ("checklist_id") REFERENCES "upgrade_checklists"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "upgrade_checklist_items" DROP CONSTRAINT "FK_9d7b25d5a978128cbbe354f05c7"`);
    await queryRunner.query(`ALTER TABLE "upgrade_checklists" DROP CONSTRAINT "FK_17ecb714c5ead5a631f4a04dbea"`);
    await queryRunner.query(`DROP INDEX "public"."upgrade_checklist_items_checklist_idx"`);
    await queryRunner.query(`DROP TABLE "upgrade_checklist_items"`);
    await queryRunner.query(`DROP TYPE "public"."checklist_change"`);
    await queryRunner.query(`DROP INDEX "public"."upgrade_checklists_open_key"`);
    await queryRunner.query(`DROP TABLE "upgrade_checklists"`);
  }
}
