import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '@ocmf/standard';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity.js';

/** A product of a VENDOR organisation, whose owners report what of the standard it implements. */
@Entity('products')
@Index('products_organization_idx', ['organizationId', 'name'])
export class ProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A product's current implementation report: the release it implements. Declaring another release replaces it. */
@Entity('implementation_reports')
@Index('implementation_reports_release_idx', ['releaseVersion'])
export class ImplementationReportEntity {
  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @OneToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product: Relation<ProductEntity>;

  @Column({ name: 'release_version', type: 'text' })
  releaseVersion: string;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt: Date;
}

/** One measure of a report: how far the product implements it. */
@Entity('implementation_measures')
@Index('implementation_measures_measure_idx', ['measureKey', 'status'])
export class ImplementationMeasureEntity {
  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @PrimaryColumn({ name: 'measure_key', type: 'text' })
  measureKey: string;

  @ManyToOne(() => ImplementationReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', referencedColumnName: 'productId' })
  report: Relation<ImplementationReportEntity>;

  @Column({ type: 'enum', enum: IMPLEMENTATION_STATUSES, enumName: 'implementation_status' })
  status: ImplementationStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  link: string | null;

  /** Its place in the report as saved. */
  @Column({ type: 'integer' })
  position: number;
}
