import { Migration } from '@mikro-orm/migrations';

// Pins were created before notices existed: now a pin's notice must exist, and a notice
// with pins cannot be deleted.

export class Migration20261128000410_pin_notice_fk extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      update activos_pinplano p set notice_id = null
       where notice_id is not null and not exists (select 1 from mantenimiento_aviso a where a.id = p.notice_id);
      alter table activos_pinplano add constraint activos_pinplano_notice_id_foreign
        foreign key (notice_id) references mantenimiento_aviso (id) on update cascade on delete restrict;
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      alter table activos_pinplano drop constraint if exists activos_pinplano_notice_id_foreign;
    `);
  }
}
