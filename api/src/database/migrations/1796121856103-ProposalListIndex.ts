import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalListIndex1796121856103 implements MigrationInterface {
  name = 'ProposalListIndex1796121856103';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "proposals_activity_number_idx" ON "proposals"  ("last_activity_at", "number") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."proposals_activity_number_idx"`);
  }
}
