import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizationTokens1796130257208 implements MigrationInterface {
  name = 'OrganizationTokens1796130257208';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_tokens" ADD "owner_organization_id" uuid`);
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_8213a545b7ee18d597171cc49d5"`);
    await queryRunner.query(`DROP INDEX "public"."api_tokens_owner_idx"`);
    await queryRunner.query(`ALTER TABLE "api_tokens" ALTER COLUMN "owner_user_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "api_tokens_organization_idx" ON "api_tokens"  ("owner_organization_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "api_tokens_owner_idx" ON "api_tokens"  ("owner_user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_one_owner" CHECK ((owner_user_id IS NULL) <> (owner_organization_id IS NULL))`);
    await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_8213a545b7ee18d597171cc49d5" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_1e1d3b2464df8ece2c5fb0f65e7" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_1e1d3b2464df8ece2c5fb0f65e7"`);
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_8213a545b7ee18d597171cc49d5"`);
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "api_tokens_one_owner"`);
    await queryRunner.query(`DROP INDEX "public"."api_tokens_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."api_tokens_organization_idx"`);
    await queryRunner.query(`ALTER TABLE "api_tokens" ALTER COLUMN "owner_user_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "api_tokens_owner_idx" ON "api_tokens" USING btree ("created_at", "owner_user_id") `);
    await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_8213a545b7ee18d597171cc49d5" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP COLUMN "owner_organization_id"`);
  }
}
