import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DecisionsFeedIndex1796128091991 implements MigrationInterface {
  name = 'DecisionsFeedIndex1796128091991';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "audit_events_proposal_status_idx" ON "audit_events"  ("created_at", "id") WHERE subject_type = 'proposal' AND action = 'proposal.status_changed'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_events_proposal_status_idx"`);
  }
}
