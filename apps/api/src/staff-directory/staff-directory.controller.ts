import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, Param, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Person } from '@entente/domain';
import { ReaderOf } from '../auth/reader-of.decorator';
import { NotificationPreferencesDto, StaffContactDto, StaffEntryDto } from './staff-contact.dto';
import { StaffDirectory } from './staff-directory';
import { StaffIdParams } from './staff-id.params';

function requireAdministrator(reader: Person): void {
  if (reader.role !== 'administrator') throw new ForbiddenException(`${reader.role} may not keep the staff directory`);
}

/**
 * The staff directory (issue 16): who is told of what by the notifier, at which address, in which
 * language and how often. Administrators keep the entries; each person sets their own preferences.
 */
@ApiTags('staff directory')
@ApiBearerAuth()
@Controller()
export class StaffDirectoryController {
  constructor(private readonly directory: StaffDirectory) {}

  @Get('staff-directory')
  @ApiOperation({ summary: 'Every entry of the staff directory (administrators)' })
  @ApiOkResponse({ type: [StaffContactDto] })
  @ApiForbiddenResponse({ description: 'Only administrators keep the directory.' })
  list(@ReaderOf() reader: Person) {
    requireAdministrator(reader);
    return this.directory.list();
  }

  @Put('staff-directory/:staffId')
  @ApiOperation({ summary: 'Adds or replaces a person’s entry (administrators)' })
  @ApiOkResponse({ type: StaffContactDto })
  @ApiForbiddenResponse({ description: 'Only administrators keep the directory.' })
  keep(@ReaderOf() reader: Person, @Param() { staffId }: StaffIdParams, @Body() entry: StaffEntryDto) {
    requireAdministrator(reader);
    return this.directory.keep(staffId, entry);
  }

  @Delete('staff-directory/:staffId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Removes a person’s entry: they are told of nothing more (administrators)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No entry for that id.' })
  @ApiForbiddenResponse({ description: 'Only administrators keep the directory.' })
  async remove(@ReaderOf() reader: Person, @Param() { staffId }: StaffIdParams): Promise<void> {
    requireAdministrator(reader);
    await this.directory.remove(staffId);
  }

  @Get('me/notification-preferences')
  @ApiOperation({ summary: 'The signed-in person’s own entry: how they are told' })
  @ApiOkResponse({ type: StaffContactDto })
  @ApiNotFoundResponse({ description: 'Not in the staff directory yet: an administrator adds them.' })
  mine(@ReaderOf() reader: Person) {
    return this.directory.entry(reader.id);
  }

  @Put('me/notification-preferences')
  @ApiOperation({ summary: 'Sets the signed-in person’s language and rhythm (at once, or the 8:30 digest)' })
  @ApiOkResponse({ type: StaffContactDto })
  @ApiNotFoundResponse({ description: 'Not in the staff directory yet: an administrator adds them.' })
  prefer(@ReaderOf() reader: Person, @Body() preferences: NotificationPreferencesDto) {
    return this.directory.prefer(reader.id, preferences);
  }
}
