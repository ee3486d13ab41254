import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReleaseChangelog1795460830325 implements MigrationInterface {
  name = 'ReleaseChangelog1795460830325';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposals" ADD "released_in" text`);
    await queryRunner.query(`ALTER TABLE "releases" ADD "previous_version" text`);
    await queryRunner.query(`ALTER TABLE "releases" ADD "changelog" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "releases" DROP COLUMN "changelog"`);
    await queryRunner.query(`ALTER TABLE "releases" DROP COLUMN "previous_version"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP COLUMN "released_in"`);
  }
}
