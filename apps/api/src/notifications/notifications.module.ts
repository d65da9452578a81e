import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationOutboxEntity } from '@entente/persistence';
import { NotificationOutboxCounts } from './notification-outbox-counts';
import { NotificationsController } from './notifications.controller';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationOutboxEntity])],
  controllers: [NotificationsController],
  providers: [NotificationOutboxCounts],
})
export class NotificationsModule {}
