import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Search1796129936338 implements MigrationInterface {
  name = 'Search1796129936338';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposals" ADD "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B')) STORED NOT NULL`);
    // TypeORM compares a generated column's expression with the one recorded here.
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'proposals', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B')`],
    );
    await queryRunner.query(`CREATE INDEX "proposals_search_idx" ON "proposals" USING GIN ("search_vector")`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED NOT NULL`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'comments', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [`to_tsvector('english', body)`],
    );
    await queryRunner.query(`CREATE INDEX "comments_search_idx" ON "comments" USING GIN ("search_vector")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_vector' AND "table" = 'comments'`);
    await queryRunner.query(`DROP INDEX "comments_search_idx"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "search_vector"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_vector' AND "table" = 'proposals'`);
    await queryRunner.query(`DROP INDEX "proposals_search_idx"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP COLUMN "search_vector"`);
  }
}
