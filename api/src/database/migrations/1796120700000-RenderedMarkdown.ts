import type { MigrationInterface, QueryRunner } from 'typeorm';
import { renderMarkdown } from '../../markdown/markdown.js';

/**
 * Markdown is rendered once, when it is written, and stored beside its source. This adds the columns and renders
 * every existing row with today's renderer. When the renderer or its allow-list changes, a new migration like this
 * one re-renders all rows.
 */
export class RenderedMarkdown1796120700000 implements MigrationInterface {
  name = 'RenderedMarkdown1796120700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposals" ADD "summary_html" text`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "body_html" text`);
    await queryRunner.query(`ALTER TABLE "comment_revisions" ADD "body_html" text`);
    await rerender(queryRunner, 'proposals', 'summary', 'summary_html');
    await rerender(queryRunner, 'comments', 'body', 'body_html');
    await rerender(queryRunner, 'comment_revisions', 'body', 'body_html');
    await queryRunner.query(`ALTER TABLE "proposals" ALTER COLUMN "summary_html" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "comments" ALTER COLUMN "body_html" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "comment_revisions" ALTER COLUMN "body_html" SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comment_revisions" DROP COLUMN "body_html"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "body_html"`);
    await queryRunner.query(`ALTER TABLE "proposals" DROP COLUMN "summary_html"`);
  }
}

async function rerender(queryRunner: QueryRunner, table: string, source: string, target: string): Promise<void> {
  const rows = (await queryRunner.query(`SELECT "id", "${source}" AS source FROM "${table}"`)) as { id: string; source: string }[];
  for (const row of rows) {
    await queryRunner.query(`UPDATE "${table}" SET "${target}" = $1 WHERE "id" = $2`, [renderMarkdown(row.source), row.id]);
  }
}
