import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published release never changes: the database itself refuses UPDATE and DELETE on release rows,
 * whatever code (or person with psql) tries. Hand-written: triggers are not derived from entities.
 */
export class ReleasesImmutable1795458229981 implements MigrationInterface {
  name = 'ReleasesImmutable1795458229981';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION refuse_release_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'release % is published and immutable', OLD.version
          USING ERRCODE = 'integrity_constraint_violation', HINT = 'Publish a new version instead.';
      END;
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER releases_immutable BEFORE UPDATE OR DELETE ON releases
      FOR EACH ROW EXECUTE FUNCTION refuse_release_change()`);
    await queryRunner.query(`
      CREATE FUNCTION refuse_release_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'published releases are immutable' USING ERRCODE = 'integrity_constraint_violation';
      END;
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER releases_no_truncate BEFORE TRUNCATE ON releases
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_release_truncate()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS releases_no_truncate ON releases`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS releases_immutable ON releases`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS refuse_release_truncate()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS refuse_release_change()`);
  }
}
