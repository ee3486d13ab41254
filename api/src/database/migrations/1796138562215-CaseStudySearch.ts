import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseStudySearch1796138562215 implements MigrationInterface {
  name = 'CaseStudySearch1796138562215';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_studies" ADD "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B') || setweight(to_tsvector('english', body), 'C')) STORED NOT NULL`);
    // TypeORM compares a generated column's expression with the one recorded here.
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'case_studies', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B') || setweight(to_tsvector('english', body), 'C')`],
    );
    await queryRunner.query(`CREATE INDEX "case_studies_search_idx" ON "case_studies" USING GIN ("search_vector")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_vector' AND "table" = 'case_studies'`);
    await queryRunner.query(`DROP INDEX "case_studies_search_idx"`);
    await queryRunner.query(`ALTER TABLE "case_studies" DROP COLUMN "search_vector"`);
  }
}
