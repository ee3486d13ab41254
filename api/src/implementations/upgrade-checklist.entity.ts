import { CHECKLIST_CHANGES, type ChecklistChange } from '@ocmf/standard';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProductEntity } from './product.entity.js';

/**
 * What a product on an older release must look at to reach the newest one. A product has at most one open
 * checklist; a newer release or a new report closes it and opens the next (items already done stay done).
 */
@Entity('upgrade_checklists')
@Index('upgrade_checklists_open_key', ['productId'], { unique: true, where: 'closed_at IS NULL' })
export class UpgradeChecklistEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @ManyToOne(() => ProductEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product: Relation<ProductEntity>;

  @Column({ name: 'from_version', type: 'text' })
  fromVersion: string;

  @Column({ name: 'to_version', type: 'text' })
  toVersion: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set when the product declares the newer release, or a later checklist replaces this one. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

@Entity('upgrade_checklist_items')
@Index('upgrade_checklist_items_checklist_idx', ['checklistId', 'position'])
export class UpgradeChecklistItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'checklist_id', type: 'uuid' })
  checklistId: string;

  @ManyToOne(() => UpgradeChecklistEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'checklist_id' })
  checklist: Relation<UpgradeChecklistEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'measure_key', type: 'text' })
  measureKey: string;

  @Column({ name: 'measure_name', type: 'text' })
  measureName: string;

  @Column({ type: 'enum', enum: CHECKLIST_CHANGES, enumName: 'checklist_change' })
  change: ChecklistChange;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ name: 'done_by', type: 'uuid', nullable: true })
  doneBy: string | null;
}
