import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseStudyNotifications1796138988316 implements MigrationInterface {
  name = 'CaseStudyNotifications1796138988316';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One type serves notifications.kind and notification_preferences.kind: one new value for both.
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'FOLLOWED_CASE_STUDY_PUBLISHED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE "kind" = 'FOLLOWED_CASE_STUDY_PUBLISHED'`);
    await queryRunner.query(`DELETE FROM "notification_preferences" WHERE "kind" = 'FOLLOWED_CASE_STUDY_PUBLISHED'`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM('VOTING_OPENED', 'VOTE_CLOSING_SOON', 'PROPOSAL_COMMENTED', 'PROPOSAL_STATUS_CHANGED', 'COMMENT_REPLIED', 'MENTIONED', 'COMMENT_FLAGGED', 'RELEASE_PUBLISHED', 'FOLLOWED_PROPOSAL_SUBMITTED', 'ROLE_CHANGED')`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
  }
}
