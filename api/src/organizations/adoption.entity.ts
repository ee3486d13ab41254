import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';

/** "We use OCMF": a practitioner, consultancy or non-profit's declaration, one per organisation (the latest). */
@Entity('adoptions')
@Index('adoptions_release_idx', ['releaseVersion'])
export class AdoptionEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @OneToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity>;

  @Column({ name: 'release_version', type: 'text' })
  releaseVersion: string;

  /** The categories it uses whole, by key. */
  @Column({ name: 'category_keys', type: 'text', array: true, default: () => "'{}'" })
  categoryKeys: string[];

  /** The measures it uses, by key. */
  @Column({ name: 'measure_keys', type: 'text', array: true, default: () => "'{}'" })
  measureKeys: string[];

  @Column({ type: 'text', nullable: true })
  quote: string | null;

  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ name: 'declared_at', type: 'timestamptz' })
  declaredAt: Date;
}
