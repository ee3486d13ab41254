import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Hardening1796116802448 implements MigrationInterface {
  name = 'Hardening1796116802448';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rate_limits" ("key" text NOT NULL, "count" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8cb6aa4831e3e775ccf370521db" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "rate_limits_window_idx" ON "rate_limits"  ("window_started_at") `);
    await queryRunner.query(`CREATE TABLE "ballot_electors" ("ballot_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_be2d98b515542246a16012b707b" PRIMARY KEY ("ballot_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "ballot_electors_user_idx" ON "ballot_electors"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "governance_settings" ALTER COLUMN "minimum_window_seconds" SET DEFAULT '86400'`);
    await queryRunner.query(`ALTER TABLE "ballot_electors" ADD CONSTRAINT "FK_42698efeaa2f269bcb8d2e793ad" FOREIGN KEY ("ballot_id") REFERENCES "ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ballot_electors" ADD CONSTRAINT "FK_668ecb23d9ca3617c03478265b8" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Hand-written: votes open at the upgrade get today's standard-setters as their fixed electorate, and the
    // minimum window, which had no default, becomes the 24 hours it now defaults to.
    await queryRunner.query(
      `INSERT INTO "ballot_electors" ("ballot_id", "user_id") SELECT b."id", u."id" FROM "ballots" b CROSS JOIN "users" u WHERE b."closed_at" IS NULL AND u."role" = 'STANDARD_SETTER'`,
    );
    await queryRunner.query(
      `UPDATE "ballots" b SET "electorate" = (SELECT count(*) FROM "ballot_electors" e WHERE e."ballot_id" = b."id") WHERE b."closed_at" IS NULL`,
    );
    await queryRunner.query(`UPDATE "governance_settings" SET "minimum_window_seconds" = 86400 WHERE "minimum_window_seconds" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballot_electors" DROP CONSTRAINT "FK_668ecb23d9ca3617c03478265b8"`);
    await queryRunner.query(`ALTER TABLE "ballot_electors" DROP CONSTRAINT "FK_42698efeaa2f269bcb8d2e793ad"`);
    await queryRunner.query(`ALTER TABLE "governance_settings" ALTER COLUMN "minimum_window_seconds" DROP DEFAULT`);
    await queryRunner.query(`DROP INDEX "public"."ballot_electors_user_idx"`);
    await queryRunner.query(`DROP TABLE "ballot_electors"`);
    await queryRunner.query(`DROP INDEX "public"."rate_limits_window_idx"`);
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
