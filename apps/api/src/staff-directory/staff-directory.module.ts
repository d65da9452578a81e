import { Module } from '@nestjs/common';
import { StaffDirectory } from './staff-directory';
import { StaffDirectoryController } from './staff-directory.controller';

@Module({ controllers: [StaffDirectoryController], providers: [StaffDirectory] })
export class StaffDirectoryModule {}
