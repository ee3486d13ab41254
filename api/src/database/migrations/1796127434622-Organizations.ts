import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Organizations1796127434622 implements MigrationInterface {
  name = 'Organizations1796127434622';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM('VENDOR', 'PRACTITIONER', 'CONSULTANCY', 'NONPROFIT')`);
    await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."organization_kind" NOT NULL, "website" text, "description" text NOT NULL DEFAULT '', "created_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "organizations_kind_idx" ON "organizations"  ("kind", "name") `);
    await queryRunner.query(`CREATE TYPE "public"."organization_role" AS ENUM('OWNER', 'MEMBER')`);
    await queryRunner.query(`CREATE TABLE "organization_members" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."organization_role" NOT NULL DEFAULT 'MEMBER', "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4812f00736e35131a65d6032da" PRIMARY KEY ("organization_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "organization_members_user_idx" ON "organization_members"  ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."organization_invite_role" AS ENUM('OWNER', 'MEMBER')`);
    await queryRunner.query(`CREATE TABLE "organization_invites" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "token_hash" text NOT NULL, "role" "public"."organization_invite_role" NOT NULL DEFAULT 'MEMBER', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "used_by" uuid, CONSTRAINT "PK_e0799bee14bf23b82851d55fd05" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "organization_invites_organization_idx" ON "organization_invites"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "organization_invites_token_hash_key" ON "organization_invites"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "organizations" ADD CONSTRAINT "FK_88a24953b7fb00e52d96fc1e2ba" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_members" ADD CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_members" ADD CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organization_invites" ADD CONSTRAINT "FK_86ee44dc17238efe40601b14540" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization_invites" DROP CONSTRAINT "FK_86ee44dc17238efe40601b14540"`);
    await queryRunner.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6"`);
    await queryRunner.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "FK_88a24953b7fb00e52d96fc1e2ba"`);
    await queryRunner.query(`DROP INDEX "public"."organization_invites_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."organization_invites_organization_idx"`);
    await queryRunner.query(`DROP TABLE "organization_invites"`);
    await queryRunner.query(`DROP TYPE "public"."organization_invite_role"`);
    await queryRunner.query(`DROP INDEX "public"."organization_members_user_idx"`);
    await queryRunner.query(`DROP TABLE "organization_members"`);
    await queryRunner.query(`DROP TYPE "public"."organization_role"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_kind_idx"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
  }
}
