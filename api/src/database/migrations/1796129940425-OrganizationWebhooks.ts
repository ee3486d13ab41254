import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizationWebhooks1796129940425 implements MigrationInterface {
  name = 'OrganizationWebhooks1796129940425';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD "owner_organization_id" uuid`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_c3a724f5052d22f5d01cf0ff547"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_endpoints_owner_idx"`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" ALTER COLUMN "owner_user_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "webhook_endpoints_organization_idx" ON "webhook_endpoints"  ("owner_organization_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "webhook_endpoints_owner_idx" ON "webhook_endpoints"  ("owner_user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_one_owner" CHECK ((owner_user_id IS NULL) <> (owner_organization_id IS NULL))`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_c3a724f5052d22f5d01cf0ff547" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_bad73ecf38d7479c1cff322b604" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_bad73ecf38d7479c1cff322b604"`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_c3a724f5052d22f5d01cf0ff547"`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_one_owner"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_endpoints_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_endpoints_organization_idx"`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" ALTER COLUMN "owner_user_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "webhook_endpoints_owner_idx" ON "webhook_endpoints" USING btree ("created_at", "owner_user_id") `);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_c3a724f5052d22f5d01cf0ff547" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_endpoints" DROP COLUMN "owner_organization_id"`);
  }
}
